package io.ccmlint.core.model.k8s;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;

/**
 * A Kubernetes service account that gets an AWS IAM role, and how: an {@value #ROLE_ARN_ANNOTATION}
 * annotation on a ServiceAccount manifest, an eksctl {@code iam.serviceAccounts} entry (eksctl creates
 * the service account annotated with the role), or an eksctl pod identity association (EKS hands
 * the role to the service account's pods). Other sources add theirs through the workspace builder.
 *
 * @param via how a pod of the service account gets the role's credentials
 * @param namespace the service account's namespace
 * @param name the service account's name
 * @param roleArn the role's ARN as written (the annotation, eksctl's {@code attachRoleARN} or
 *                {@code roleARN}), or null when the tool creates the role and its ARN is not written here
 * @param roleName the role's AWS name when known (from the ARN, or eksctl's {@code roleName}), else null
 * @param span where the binding is written: the annotation value, the ARN, or the eksctl entry's name
 * @param origin what declares it, for messages (e.g. "eksctl iam.serviceAccounts in cluster.yaml")
 * @param manifest the annotated ServiceAccount, or null when another tool declares the binding
 */
public record ServiceAccountRole(Via via, String namespace, String name, Scalar roleArn, String roleName, Span span,
                                 String origin, K8sObject manifest) {
    /** A binding another tool (eksctl) declares. */
    public ServiceAccountRole(Via via, String namespace, String name, Scalar roleArn, String roleName, Span span,
                              String origin) {
        this(via, namespace, name, roleArn, roleName, span, origin, null);
    }

    /** The service-account annotation through which EKS gives a pod an IAM role (IRSA). */
    public static final String ROLE_ARN_ANNOTATION = "eks.amazonaws.com/role-arn";

    /** How a pod gets the role. */
    public enum Via {
        /** IAM roles for service accounts: a web identity of the cluster's OIDC provider. */
        IRSA,
        /** EKS Pod Identity: the role trusts {@code pods.eks.amazonaws.com}. */
        POD_IDENTITY
    }

    /** {@code namespace/name}. */
    public String serviceAccount() {
        return namespace + "/" + name;
    }

    /** For messages: "role" and its ARN, else its name; else "the role eksctl creates" (as {@link #origin} says). */
    public String role() {
        if (roleArn != null && roleArn.known() != null) {
            return "role " + roleArn.known();
        }
        return roleName != null ? "role " + roleName : "the role eksctl creates";
    }
}
