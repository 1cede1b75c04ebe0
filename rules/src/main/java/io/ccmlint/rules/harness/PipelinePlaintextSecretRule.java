package io.ccmlint.rules.harness;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.harness.Pipeline;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.rules.Credentials;
import io.ccmlint.rules.Substitutions;
import java.util.regex.Pattern;

/**
 * CCM406: a secret-looking literal in a pipeline, where {@code <+secrets.getValue("id")>} belongs.
 * Findings are sensitive: the value is never shown.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM406", slug = "pipeline-plaintext-secret", title = "Secret in plain text in a pipeline",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.HARNESS_PIPELINES},
        sources = @Source(title = "Harness: Add and reference text secrets",
                url = "https://developer.harness.io/docs/platform/secrets/add-use-text-secrets"))
public final class PipelinePlaintextSecretRule implements Rule {
    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|secret|token|api_?key|private_?key|access_?key|credential).*");
    private static final Pattern NOT_A_VALUE_NAME = Pattern.compile("(?i).*(ref|name|id|identifier|type|path|file|url)$");
    /**
     * A value that reads as a name, not a secret: lowercase words joined by {@code _}, {@code -} or
     * {@code .} ({@code JWT_SECRET: github_app_jwt} names the Harness secret a step writes).
     */
    private static final Pattern NAME_LIKE = Pattern.compile("[a-z]+(?:[_.-][a-z0-9]+)+");

    @Override
    public void check(RuleContext context) {
        for (Pipeline p : context.workspace().harness().pipelines()) {
            walk(context, p.node(), null);
        }
    }

    private void walk(RuleContext context, Node n, String name) {
        if (n instanceof MapNode m) {
            String variableName = m.get("name") != null && m.has("value") ? m.get("name").asText() : null;
            boolean secretVariable = "Secret".equals(m.get("type") == null ? null : m.get("type").asText());
            for (MapNode.Entry e : m.entries()) {
                if (e.key().equals("value") && variableName != null) {
                    if (!secretVariable) {
                        walk(context, e.value(), variableName);
                    }
                } else {
                    walk(context, e.value(), e.key());
                }
            }
        } else if (n instanceof ListNode l) {
            l.items().forEach(i -> walk(context, i, name));
        } else if (n instanceof ScalarNode s && s.scalar().value() instanceof String v) {
            String text = v.strip();
            if (Substitutions.present(text)) {
                return;
            }
            if (Credentials.ANY.matcher(text).find()) {
                report(context, s, "a credential (AWS access key, Harness token or private key)");
            } else if (name != null && SECRET_NAME.matcher(name).matches() && !NOT_A_VALUE_NAME.matcher(name).matches()
                    && text.length() >= 8 && !text.contains(" ") && !NAME_LIKE.matcher(text).matches()
                    && !Credentials.isStandIn(text)) {
                report(context, s, "\"" + name + "\" in plain text");
            }
        }
    }

    private static void report(RuleContext context, ScalarNode s, String what) {
        context.report(context.finding(s.span(), "the pipeline holds " + what + "; reference a Harness secret with"
                + " <+secrets.getValue(\"id\")> instead").sensitive());
    }
}
