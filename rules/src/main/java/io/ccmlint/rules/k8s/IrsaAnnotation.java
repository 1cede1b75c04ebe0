package io.ccmlint.rules.k8s;

/** The service-account annotation through which EKS gives a pod an IAM role (IRSA). */
final class IrsaAnnotation {
    static final String ROLE_ARN = io.ccmlint.core.model.k8s.ServiceAccountRole.ROLE_ARN_ANNOTATION;

    private IrsaAnnotation() {
    }
}
