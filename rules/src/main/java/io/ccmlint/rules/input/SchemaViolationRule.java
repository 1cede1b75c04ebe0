package io.ccmlint.rules.input;

import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.schema.SchemaValidator;
import io.ccmlint.core.schema.SchemaViolation;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.rules.Sources;
import java.util.Map;

/** CCM002: a document that breaks its JSON Schema from {@code schemas/}. */
public final class SchemaViolationRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM002", "schema-violation", "Document breaks its schema",
            Severity.ERROR, Category.INPUT,
            "AWS rejects a policy that breaks the IAM policy grammar (an Effect other than Allow or Deny, an element"
                    + " name with a typo, an action without a service prefix) only when it is applied, which in a"
                    + " pipeline is late. The schemas in schemas/ encode the grammar; the finding points at the"
                    + " offending value.",
            Sources.IAM_GRAMMAR, FixKind.NONE);

    /** Which schema validates which kind of document. */
    private static final Map<FileKind, String> SCHEMAS = Map.of(FileKind.IAM_POLICY, "iam-policy.schema.json");

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (ParsedFile file : context.workspace().files()) {
            for (ParsedFile.Document doc : file.documents()) {
                String schema = SCHEMAS.get(doc.kind());
                if (schema != null) {
                    for (SchemaViolation v : SchemaValidator.validate(schema, doc.root())) {
                        context.report(v.span(), v.message() + " (at " + (v.pointer().isEmpty() ? "/" : v.pointer()) + ")");
                    }
                }
            }
        }
    }
}
