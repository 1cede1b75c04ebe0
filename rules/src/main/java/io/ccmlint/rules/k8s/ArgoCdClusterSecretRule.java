package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.model.k8s.K8sModel;
import io.ccmlint.core.model.k8s.K8sObject;
import io.ccmlint.core.model.k8s.SecretEntry;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.EmbeddedJson;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.ScalarNode;
import java.util.Optional;

/**
 * CCM312: an Argo CD cluster Secret whose {@code config} is not JSON, lacks
 * {@code awsAuthConfig.clusterName}, or has an invalid {@code roleARN}; or without {@code server}.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM312", slug = "argocd-cluster-secret", title = "Argo CD cluster secret is invalid",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.KUBERNETES},
        sources = {
            @Source(title = "Harness: Create a GitOps cluster with IAM role",
                    url = "https://developer.harness.io/docs/continuous-delivery/gitops/create-cluster-with-iam"),
            @Source(title = "Argo CD: Declarative Setup: Clusters",
                    url = "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#clusters")})
public final class ArgoCdClusterSecretRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (K8sObject secret : context.workspace().kubernetes().objects("Secret")) {
            if (!"cluster".equals(secret.label("argocd.argoproj.io/secret-type"))) {
                continue;
            }
            String who = "Argo CD cluster secret " + secret.namespace() + "/" + secret.name();
            SecretEntry server = null;
            SecretEntry config = null;
            for (SecretEntry e : K8sModel.secretEntries(secret)) {
                if (e.key().equals("server")) {
                    server = e;
                } else if (e.key().equals("config")) {
                    config = e;
                }
            }
            if (server == null || server.value() == null || server.value().isBlank()) {
                context.report(server == null ? secret.anchor() : server.node().span(), who
                        + " has no server: Argo CD does not know the cluster's API endpoint");
            }
            if (config == null) {
                context.report(secret.anchor(), who + " has no config: Argo CD requires it (JSON; {} at least)");
                continue;
            }
            if (config.value() == null) {
                continue; // data that is not base64: not ours to judge
            }
            checkConfig(context, who, config);
        }
    }

    private static void checkConfig(RuleContext context, String who, SecretEntry config) {
        Node tree;
        boolean exact;
        try {
            Optional<Node> located = located(config);
            exact = located.isPresent();
            tree = exact ? located.get() : new JsonTreeReader().read(SourceFile.of("config", config.value()));
        } catch (ParseProblem p) {
            context.report(config.node().span(), who + ": config is not valid JSON (" + p.getMessage() + ")");
            return;
        }
        if (!(tree instanceof MapNode root)) {
            context.report(config.node().span(), who + ": config must be a JSON object");
            return;
        }
        MapNode.Entry aws = root.entry("awsAuthConfig");
        if (aws == null) {
            return;
        }
        Span fallback = config.node().span();
        if (!(aws.value() instanceof MapNode auth)) {
            context.report(exact ? aws.keySpan() : fallback, who + ": awsAuthConfig must be an object");
            return;
        }
        String cluster = Nodes.text(auth.get("clusterName"));
        if (cluster == null || cluster.isBlank()) {
            context.report(exact ? aws.keySpan() : fallback, who + ": awsAuthConfig has no clusterName; Argo CD"
                    + " needs the EKS cluster's name to get a token for it");
        }
        Node role = auth.get("roleARN");
        if (role instanceof ScalarNode s && s.scalar().value() instanceof String arn && !Placeholders.isPlaceholder(arn)) {
            String problem = RoleArns.problem(arn);
            if (problem != null) {
                context.report(exact ? role.span() : fallback, who + ": awsAuthConfig.roleARN is not a valid IAM"
                        + " role ARN: " + problem);
            }
        }
    }

    /**
     * The config read with spans inside the YAML string, so findings point at the value at fault;
     * empty for base64 {@code data} (no place in the file maps to the decoded text).
     */
    private static Optional<Node> located(SecretEntry config) throws ParseProblem {
        if (config.encoded() || !(config.node() instanceof ScalarNode s)) {
            return Optional.empty();
        }
        return EmbeddedJson.inYaml(new JsonTreeReader(), s);
    }
}
