package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.edit.YamlPodSecurityEditor;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.model.k8s.PodSpec;
import io.ccmlint.core.model.k8s.ServiceAccountRole;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Nodes;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CCM303: a non-root pod using an IRSA service account (annotated with a role ARN, or an eksctl IAM
 * service account) without a pod {@code securityContext.fsGroup}: it cannot read the projected
 * web-identity token.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM303", slug = "fsgroup-missing", title = "Non-root IRSA pod without fsGroup",
        severity = Severity.ERROR, fix = FixKind.SAFE,
        reportsOn = {WorkspacePart.KUBERNETES},
        sources = {
            @Source(title = "Harness: Create a GitOps cluster with IAM role",
                    url = "https://developer.harness.io/docs/continuous-delivery/gitops/create-cluster-with-iam"),
            @Source(title = "aws/amazon-eks-pod-identity-webhook: README",
                    url = "https://github.com/aws/amazon-eks-pod-identity-webhook")})
public final class FsGroupMissingRule implements Rule {
    /** Images whose user is known, and its uid: Argo CD's images run as argocd, uid 999. */
    private static final List<KnownImage> KNOWN = List.of(
            new KnownImage(Pattern.compile("(^|.*/)argoproj/argocd(-[a-z]+)?([:@].*)?"), 999, "Argo CD"));

    private record KnownImage(Pattern pattern, long uid, String what) {
    }

    @Override
    public void check(RuleContext context) {
        var k8s = context.workspace().kubernetes();
        for (PodSpec pod : k8s.podSpecs()) {
            MapNode podSc = pod.securityContext();
            if (podSc != null && podSc.has("fsGroup")) {
                continue;
            }
            String saName = pod.serviceAccountName();
            // an annotated ServiceAccount manifest, or an eksctl IAM service account (eksctl annotates it)
            ServiceAccountRole irsa = k8s.irsaRole(pod.owner().namespace(), saName);
            if (irsa == null) {
                continue;
            }
            Long podUser = podSc == null ? null : Nodes.integer(podSc.get("runAsUser"));
            boolean podNonRoot = podSc != null && Nodes.isTrue(podSc.get("runAsNonRoot"));
            Long gid = null;
            String why = null;
            for (PodSpec.Container c : pod.mainContainers()) {
                MapNode sc = c.securityContext();
                Long user = sc != null && Nodes.integer(sc.get("runAsUser")) != null ? Nodes.integer(sc.get("runAsUser")) : podUser;
                boolean nonRootFlag = sc != null && sc.has("runAsNonRoot") ? Nodes.isTrue(sc.get("runAsNonRoot")) : podNonRoot;
                KnownImage known = known(c.imageText());
                if (user != null && user == 0) {
                    continue;
                }
                if (user != null) {
                    why = "container " + c.name() + " runs as uid " + user;
                    gid = known != null ? Long.valueOf(known.uid()) : user;
                } else if (known != null) {
                    why = "container " + c.name() + " runs the " + known.what() + " image as uid " + known.uid();
                    gid = known.uid();
                } else if (nonRootFlag) {
                    why = "container " + c.name() + " runs as non-root (runAsNonRoot: true)";
                } else {
                    continue;
                }
                break;
            }
            if (why == null) {
                continue;
            }
            String message = pod.owner().describe() + " uses service account " + saName + " (IRSA " + irsaRole(irsa)
                    + ") and " + why + ", but the pod's securityContext has no fsGroup: the"
                    + " projected AWS token cannot be read" + (gid == null ? "; set fsGroup to the container's group"
                    : "; set fsGroup: " + gid);
            Fix fix = null;
            if (gid != null) {
                Optional<List<TextEdit>> edits = YamlPodSecurityEditor.addFsGroup(pod, gid);
                if (edits.isPresent()) {
                    fix = Fix.safe("add fsGroup: " + gid + " to the pod securityContext", edits.get());
                }
            }
            context.report(pod.keySpan(), message, fix);
        }
    }

    /** The role as the annotation names it; for eksctl, also where eksctl declares it. */
    private static String irsaRole(ServiceAccountRole irsa) {
        return irsa.manifest() != null ? irsa.role() : irsa.role() + ", " + irsa.origin();
    }

    private static KnownImage known(String image) {
        if (image == null) {
            return null;
        }
        for (KnownImage k : KNOWN) {
            if (k.pattern().matcher(image).matches()) {
                return k;
            }
        }
        return null;
    }
}
