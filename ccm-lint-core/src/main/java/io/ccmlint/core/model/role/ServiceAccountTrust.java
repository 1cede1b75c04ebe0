package io.ccmlint.core.model.role;

import io.ccmlint.core.iam.Wildcard;
import io.ccmlint.core.model.k8s.ServiceAccountRole;
import io.ccmlint.core.source.Span;

/**
 * The trust of a role that a tool writes for one Kubernetes service account, where the workspace
 * holds no trust policy text: eksctl's role for an {@code iam.serviceAccounts} entry trusts the
 * cluster's OIDC provider for exactly {@code system:serviceaccount:<namespace>:<name>}
 * ({@code StringLike} on {@code <namespace>:<subjectPattern>} when the entry sets one); its role for a
 * pod identity association trusts {@code pods.eks.amazonaws.com}, and EKS gives it to that service
 * account only. The cluster's OIDC provider is not known here (its ID is AWS's), so a subject of
 * any cluster counts.
 *
 * @param via IRSA (web identity) or EKS Pod Identity
 * @param namespace the service account's namespace
 * @param name the service account's name
 * @param subjectPattern eksctl's {@code subjectPattern} (IAM wildcards), or null
 * @param span where the service account is declared (its name in the eksctl entry)
 * @param origin what writes the trust, for messages (e.g. "eksctl iam.serviceAccounts in cluster.yaml")
 */
public record ServiceAccountTrust(ServiceAccountRole.Via via, String namespace, String name, String subjectPattern,
                                  Span span, String origin) {
    /** The subject the trust's {@code sub} condition tests (a pattern when {@link #subjectPattern} is set). */
    public String subject() {
        return "system:serviceaccount:" + namespace + ":" + (subjectPattern != null ? subjectPattern : name);
    }

    /**
     * True when a web identity of service account {@code ns/n} may assume the role (IRSA); never for
     * a pod identity role, whose trust admits {@code pods.eks.amazonaws.com} only.
     */
    public boolean admitsWebIdentity(String ns, String n) {
        if (via != ServiceAccountRole.Via.IRSA) {
            return false;
        }
        String s = "system:serviceaccount:" + ns + ":" + n;
        return subjectPattern == null ? s.equals(subject()) : Wildcard.matches(subject(), s, false);
    }

    /** {@code namespace/name} (or {@code namespace/pattern}). */
    public String serviceAccount() {
        return namespace + "/" + (subjectPattern != null ? subjectPattern : name);
    }
}
