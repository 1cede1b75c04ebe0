package io.ccmlint.rules.k8s;

/** The service-account annotation through which EKS gives a pod an IAM role (IRSA). */
final class IrsaAnnotation {
    static final String ROLE_ARN = "eks.amazonaws.com/role-arn";

    private IrsaAnnotation() {
    }
}
