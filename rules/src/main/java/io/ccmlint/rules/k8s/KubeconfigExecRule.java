package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.k8s.Kubeconfig;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CCM313: a kubeconfig {@code exec} plugin on {@code client.authentication.k8s.io/v1alpha1}
 * (removed from kubectl), or {@code aws-iam-authenticator} without the role ({@code -r}) while a
 * connector reaches that cluster's account through a cross-account role.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM313", slug = "kubeconfig-exec", title = "kubeconfig exec plugin misconfigured",
        severity = Severity.WARNING, fix = FixKind.SAFE,
        reportsOn = {WorkspacePart.KUBERNETES},
        sources = {
            @Source(title = "Kubernetes: client-go credential plugins",
                    url = "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins"),
            @Source(title = "kubernetes-sigs/aws-iam-authenticator: README",
                    url = "https://github.com/kubernetes-sigs/aws-iam-authenticator"),
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference")})
public final class KubeconfigExecRule implements Rule {
    static final String REMOVED = "client.authentication.k8s.io/v1alpha1";
    static final String CURRENT = "client.authentication.k8s.io/v1beta1";
    private static final Pattern CLUSTER_ARN = Pattern.compile("arn:aws[a-z-]*:eks:[a-z0-9-]+:(\\d{12}):cluster/.+");

    @Override
    public void check(RuleContext context) {
        List<String> crossAccounts = crossAccountRoleAccounts(context);
        for (Kubeconfig kc : context.workspace().kubernetes().kubeconfigs()) {
            for (Kubeconfig.User u : kc.users()) {
                Kubeconfig.Exec exec = u.exec();
                if (exec == null) {
                    continue;
                }
                ScalarNode api = exec.apiVersion();
                if (api != null && REMOVED.equals(Nodes.text(api))) {
                    Fix fix = ValueEdits.replace(api.scalar(), CURRENT).map(e -> Fix.safe("use " + CURRENT, List.of(e)))
                            .orElse(null);
                    context.report(api.span(), "user " + u.name() + " runs its exec plugin with " + REMOVED
                            + ", which Kubernetes 1.24 removed; use " + CURRENT, fix);
                }
                String command = exec.command();
                if (command == null || !command.replaceAll(".*/", "").equals("aws-iam-authenticator")) {
                    continue;
                }
                List<String> args = exec.argValues();
                boolean hasRole = args.stream().anyMatch(a -> a.equals("-r") || a.equals("--role")
                        || a.startsWith("--role=") || a.startsWith("-r="));
                String account = clusterAccount(u.name());
                if (!hasRole && account != null && crossAccounts.contains(account)) {
                    context.report(exec.node().get("command").span(), "user " + u.name() + " runs aws-iam-authenticator"
                            + " without -r <role ARN>, but an AWS connector reaches account " + account
                            + " through a cross-account role: add the role (and -e <external ID> if the trust needs one)");
                }
            }
        }
    }

    private static String clusterAccount(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = CLUSTER_ARN.matcher(name);
        return m.matches() ? m.group(1) : null;
    }

    /** Accounts of the roles that AWS connectors assume through cross-account access, where known. */
    private static List<String> crossAccountRoleAccounts(RuleContext context) {
        List<String> out = new java.util.ArrayList<>();
        for (HarnessConnector c : context.workspace().connectors()) {
            if (!"Aws".equals(c.type())) {
                continue;
            }
            for (HarnessConnector.RoleUse use : c.roleArns()) {
                if (use.how().contains("cross_account") && use.arn().value() instanceof String arn) {
                    String account = RoleArns.account(arn);
                    if (account != null) {
                        out.add(account);
                    }
                }
            }
        }
        return out;
    }
}
