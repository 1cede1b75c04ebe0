package io.ccmlint.rules.input;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.schema.SchemaValidator;
import io.ccmlint.core.schema.SchemaViolation;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;

/** CCM002: a document that breaks its JSON Schema from {@code schemas/}. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM002", slug = "schema-violation", title = "Document breaks its schema",
        severity = Severity.ERROR,
        sources = {
            @Source(title = "AWS IAM User Guide: Grammar of the IAM JSON policy language",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html"),
            @Source(title = "JSON Schema",
                    url = "https://json-schema.org/"),
            @Source(title = "harness/harness-schema: Harness pipeline JSON Schema",
                    url = "https://github.com/harness/harness-schema")})
public final class SchemaViolationRule implements Rule {
    /**
     * Every IAM policy read from a JSON-shaped tree (JSON or YAML files, jsonencode, heredocs) is
     * checked against the IAM grammar. A value Terraform computes (not {@linkplain
     * io.ccmlint.core.value.Scalar#isKnown() known} here) is not reported.
     */
    @Override
    public void check(RuleContext context) {
        for (PolicyDocument p : context.workspace().policies()) {
            if (p.tree() == null) {
                continue;
            }
            for (SchemaViolation v : SchemaValidator.validate("iam-policy.schema.json", p.tree())) {
                if (!unknownValue(p.tree().at(v.pointer()))) {
                    context.report(v.span(), v.message() + " (at " + (v.pointer().isEmpty() ? "/" : v.pointer()) + ")");
                }
            }
        }
        harness(context);
    }

    /**
     * Harness pipeline, trigger and connector YAML against our own schemas. What a dedicated rule
     * reports (identifiers: CCM407, IaC commands: CCM402, CCM features: CCM504) is left to it, so
     * one mistake gives one finding.
     */
    private static void harness(RuleContext context) {
        for (io.ccmlint.core.workspace.ParsedFile f : context.workspace().files()) {
            for (io.ccmlint.core.workspace.ParsedFile.Document d : f.documents()) {
                String schema = harnessSchema(d);
                if (schema == null) {
                    continue;
                }
                for (SchemaViolation v : SchemaValidator.validate(schema, d.root())) {
                    if (!DEDICATED.matcher(v.pointer()).find() && !expression(d.root().at(v.pointer()))) {
                        context.report(v.span(), v.message() + " (at " + (v.pointer().isEmpty() ? "/" : v.pointer()) + ")");
                    }
                }
            }
        }
    }

    private static final java.util.regex.Pattern DEDICATED =
            java.util.regex.Pattern.compile("/identifier$|/spec/command$|/featuresEnabled/\\d+$");

    private static String harnessSchema(io.ccmlint.core.workspace.ParsedFile.Document d) {
        return switch (d.kind()) {
            case HARNESS_PIPELINE -> "harness-pipeline-iacm.schema.json";
            case HARNESS_TRIGGER -> "harness-trigger-cron.schema.json";
            case HARNESS_CONNECTOR -> {
                Node type = d.root().at("/connector/type");
                String t = type == null ? null : type.asText();
                yield "Aws".equals(t) ? "harness-connector-aws.schema.json"
                        : "CEAws".equals(t) ? "harness-connector-ceaws.schema.json" : null;
            }
            default -> null;
        };
    }

    private static boolean expression(Node n) {
        return n != null && n.asText() != null && n.asText().contains("<+");
    }

    /** A value Terraform computes: the schema saw a string there, but what it will be is not known. */
    private static boolean unknownValue(Node n) {
        return n instanceof ScalarNode s && !s.scalar().isKnown();
    }
}
