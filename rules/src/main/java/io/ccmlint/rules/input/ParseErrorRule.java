package io.ccmlint.rules.input;

import com.google.auto.service.AutoService;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.workspace.ParseFailure;

/** CCM001: a file of a known format that cannot be read. The engine records failures; this rule reports them. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM001", slug = "parse-error", title = "File cannot be parsed",
        severity = Severity.ERROR)
public final class ParseErrorRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (ParseFailure f : context.workspace().parseFailures()) {
            context.report(f.span(), f.message());
        }
    }
}
