package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.k8s.K8sModel;
import io.ccmlint.core.model.k8s.K8sObject;
import io.ccmlint.core.model.k8s.PodSpec;
import io.ccmlint.core.model.k8s.SecretEntry;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.rules.Substitutions;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CCM311: a Harness delegate container without {@code ACCOUNT_ID}, an https
 * {@code MANAGER_HOST_AND_PORT}, {@code DELEGATE_NAME} or a token from a Secret; memory below
 * 2048Mi (warning).
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM311", slug = "delegate-config", title = "Harness delegate misconfigured",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.KUBERNETES},
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "harness/delegate-helm-chart: the Harness delegate Helm chart",
                    url = "https://github.com/harness/delegate-helm-chart")})
public final class DelegateConfigRule implements Rule {
    private static final Pattern DELEGATE_IMAGE = Pattern.compile("(^|.*/)harness/delegate([:@].*)?");
    private static final Pattern QUANTITY = Pattern.compile("(\\d+(?:\\.\\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T|)");
    private static final long MIN_MI = 2048;

    @Override
    public void check(RuleContext context) {
        K8sModel k8s = context.workspace().kubernetes();
        for (PodSpec pod : k8s.podSpecs()) {
            for (PodSpec.Container c : pod.mainContainers()) {
                if (c.imageText() == null || !DELEGATE_IMAGE.matcher(c.imageText()).matches()) {
                    continue;
                }
                check(context, k8s, pod, c);
            }
        }
    }

    private static void check(RuleContext context, K8sModel k8s, PodSpec pod, PodSpec.Container c) {
        String who = "delegate container " + c.name() + " of " + pod.owner().describe();
        Span at = c.node().get("name") != null ? c.node().get("name").span() : c.image().span();
        Map<String, Node> env = new LinkedHashMap<>(); // name -> literal value node (null when valueFrom)
        boolean complete = true;
        boolean tokenFromSecret = false;
        for (PodSpec.EnvFrom from : c.envFrom()) {
            if (from.kind().equals("secretRef")) {
                tokenFromSecret = true;
            } else {
                K8sObject cm = k8s.find("ConfigMap", pod.owner().namespace(), from.name());
                if (cm == null) {
                    complete = false; // variables come from a ConfigMap this workspace does not hold
                } else {
                    for (SecretEntry e : K8sModel.configMapEntries(cm)) {
                        env.put(e.key(), e.node());
                    }
                }
            }
        }
        for (PodSpec.EnvVar e : c.env()) {
            if (e.name() == null) {
                continue;
            }
            env.put(e.name(), e.value());
            if ((e.name().equals("DELEGATE_TOKEN") || e.name().equals("ACCOUNT_SECRET")) && e.valueFrom() != null
                    && e.secretKeyRef() != null) {
                tokenFromSecret = true;
            }
            if ((e.name().equals("DELEGATE_TOKEN") || e.name().equals("ACCOUNT_SECRET")) && e.value() != null) {
                tokenFromSecret = true; // a literal token is CCM309's finding
            }
        }
        if (complete) {
            for (String required : new String[] {"ACCOUNT_ID", "DELEGATE_NAME"}) {
                if (!env.containsKey(required)) {
                    context.report(at, who + " has no " + required + " in its environment; the delegate cannot register");
                }
            }
            if (!env.containsKey("MANAGER_HOST_AND_PORT")) {
                context.report(at, who + " has no MANAGER_HOST_AND_PORT (e.g. https://app.harness.io); the delegate"
                        + " does not know where to connect");
            }
            if (!tokenFromSecret) {
                context.report(at, who + " gets no DELEGATE_TOKEN from a Secret (envFrom secretRef or secretKeyRef);"
                        + " the delegate cannot authenticate");
            }
        }
        Node manager = env.get("MANAGER_HOST_AND_PORT");
        String url = Nodes.text(manager);
        if (url != null && !url.isBlank() && !url.startsWith("https://") && !Substitutions.present(url)) {
            context.report(manager.span(), who + ": MANAGER_HOST_AND_PORT " + url + " is not an https URL; the"
                    + " delegate connects to Harness over https (e.g. https://app.harness.io)");
        }
        Node memory = c.resource("limits", "memory");
        if (memory == null) {
            memory = c.resource("requests", "memory");
        }
        Long mi = mebibytes(Nodes.text(memory));
        if (mi != null && mi < MIN_MI) {
            context.report(context.finding(memory.span(), who + " has " + Nodes.text(memory) + " of memory; the"
                    + " delegate needs at least 2048Mi").severity(Severity.WARNING));
        }
    }

    /** A memory quantity in MiB, or null when it cannot be read. */
    static Long mebibytes(String q) {
        if (q == null) {
            return null;
        }
        Matcher m = QUANTITY.matcher(q.strip());
        if (!m.matches()) {
            return null;
        }
        BigDecimal n = new BigDecimal(m.group(1));
        BigDecimal bytes = switch (m.group(2)) {
            case "Ki" -> n.multiply(BigDecimal.valueOf(1024L));
            case "Mi" -> n.multiply(BigDecimal.valueOf(1024L * 1024));
            case "Gi" -> n.multiply(BigDecimal.valueOf(1024L * 1024 * 1024));
            case "Ti" -> n.multiply(BigDecimal.valueOf(1024L * 1024 * 1024 * 1024));
            case "k" -> n.multiply(BigDecimal.valueOf(1000L));
            case "M" -> n.multiply(BigDecimal.valueOf(1000L * 1000));
            case "G" -> n.multiply(BigDecimal.valueOf(1000L * 1000 * 1000));
            case "T" -> n.multiply(BigDecimal.valueOf(1000L * 1000 * 1000 * 1000));
            default -> n;
        };
        return bytes.divide(BigDecimal.valueOf(1024L * 1024), java.math.RoundingMode.DOWN).longValue();
    }
}
