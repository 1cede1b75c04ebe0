package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.k8s.K8sModel;
import io.ccmlint.core.model.k8s.K8sObject;
import io.ccmlint.core.model.k8s.Kubeconfig;
import io.ccmlint.core.model.k8s.PodSpec;
import io.ccmlint.core.model.k8s.SecretEntry;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.rules.Credentials;
import io.ccmlint.rules.Substitutions;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CCM309: credentials written in plain text in Kubernetes manifests and kubeconfigs. Findings are
 * sensitive: no output shows the source text, and messages never contain the value.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM309", slug = "plaintext-secret", title = "Credential in plain text",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.KUBERNETES},
        sources = {
            @Source(title = "Kubernetes: Good practices for Kubernetes Secrets",
                    url = "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"),
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference")})
public final class PlaintextSecretRule implements Rule {
    private static final Pattern SECRET_KEY_NAME = Pattern.compile("(?i).*secret_?access_?key.*");
    /** Names of the delegate's and upgrader's tokens (and the legacy delegate's account secret). */
    private static final Set<String> TOKEN_NAMES = Set.of("DELEGATE_TOKEN", "UPGRADER_TOKEN", "ACCOUNT_SECRET",
            "DELEGATE_ACCOUNT_SECRET", "HARNESS_API_KEY", "HARNESS_PLATFORM_API_KEY");

    @Override
    public void check(RuleContext context) {
        K8sModel k8s = context.workspace().kubernetes();
        Set<Span> reported = new HashSet<>();
        for (PodSpec pod : k8s.podSpecs()) {
            for (PodSpec.Container c : pod.containers()) {
                for (PodSpec.EnvVar e : c.env()) {
                    if (e.name() != null && e.literal() != null && e.literal().known() != null) {
                        named(context, reported, e.name(), e.literal().span(), e.literal().known(),
                                "env " + e.name() + " of container " + c.name() + " in " + pod.owner().describe());
                    }
                }
            }
        }
        for (K8sObject o : k8s.objects()) {
            boolean secret = o.is("Secret");
            boolean configMap = o.is("ConfigMap");
            if (!secret && !configMap) {
                continue;
            }
            for (SecretEntry e : secret ? K8sModel.secretEntries(o) : K8sModel.configMapEntries(o)) {
                if (e.value() == null) {
                    continue;
                }
                String where = e.key() + " of " + o.describe();
                // base64 is no protection: a token under its name in data is as readable as in stringData
                named(context, reported, e.key(), e.node().span(), e.value(), e.encoded() ? where + " (base64-encoded)" : where);
            }
        }
        for (K8sObject o : k8s.objects()) {
            if (!o.is("Secret")) {
                Nodes.scalars(o.root(), s -> scalar(context, reported, s, o.describe()));
            }
        }
        for (Kubeconfig kc : k8s.kubeconfigs()) {
            Nodes.scalars(kc.root(), s -> scalar(context, reported, s, "kubeconfig " + kc.file().displayPath()));
        }
    }

    private static void scalar(RuleContext context, Set<Span> reported, ScalarNode s, String where) {
        if (s.scalar().value() instanceof String text) {
            patterns(context, reported, s.span(), text, where);
        }
    }

    /** A literal under a name that says what it is: a delegate token, an AWS secret key; else the patterns. */
    private static void named(RuleContext context, Set<Span> reported, String name, Span at, String value, String where) {
        String v = value.strip();
        if (Credentials.isStandIn(v) || Substitutions.present(v)) {
            return;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (TOKEN_NAMES.contains(upper)) {
            report(context, reported, at, where + " holds a token in plain text; load it from a Secret"
                    + " (envFrom secretRef or secretKeyRef) created outside this repository");
        } else if (SECRET_KEY_NAME.matcher(name).matches() && Credentials.SECRET_KEY.matcher(v).matches()) {
            report(context, reported, at, where + " holds an AWS secret access key in plain text; use IRSA"
                    + " or a Secret created outside this repository");
        } else {
            patterns(context, reported, at, v, where);
        }
    }

    private static void patterns(RuleContext context, Set<Span> reported, Span span, String value, String where) {
        if (!Credentials.mayHoldKeyOrToken(value)) {
            return;
        }
        if (Credentials.ACCESS_KEY_ID.matcher(value).find()) {
            report(context, reported, span, where + " holds an AWS access key id in plain text; use IRSA or a Secret"
                    + " created outside this repository, and rotate the key");
        } else if (Credentials.HARNESS_TOKEN.matcher(value).find()) {
            report(context, reported, span, where + " holds a Harness API token in plain text; keep it in a Secret"
                    + " and rotate the token");
        }
    }

    private static void report(RuleContext context, Set<Span> reported, Span span, String message) {
        if (reported.add(span)) {
            context.report(context.finding(span, message).sensitive());
        }
    }
}
