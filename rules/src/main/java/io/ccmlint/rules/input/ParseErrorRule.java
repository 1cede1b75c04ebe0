package io.ccmlint.rules.input;

import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.rules.Sources;

/** CCM001: a file of a known format that cannot be read. The engine records failures; this rule reports them. */
public final class ParseErrorRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM001", "parse-error", "File cannot be parsed",
            Severity.ERROR, Category.INPUT,
            "A JSON, YAML or Terraform file that does not parse is invisible to every other check, and the tool that"
                    + " consumes it (IAM, kubectl, Harness, Terraform) will reject it too. The finding points at the"
                    + " place the parser stopped; the rest of the run goes on.",
            Sources.CCM_LINT, FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (ParseFailure f : context.workspace().parseFailures()) {
            context.report(f.span(), f.message());
        }
    }
}
