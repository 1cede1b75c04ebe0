package io.ccmlint.rules.k8s;

/** Where the Kubernetes rules' requirements come from (the source documents in seeds/). */
final class K8sSources {
    static final String IRSA = "AWS EKS user guide, IAM roles for service accounts: annotation eks.amazonaws.com/role-arn"
            + " and the role's trust policy sub system:serviceaccount:<namespace>:<name> (seed 001, seed 003)";
    static final String FSGROUP = "Harness docs, GitOps cluster with IAM role (seed 003): \"Patch the deployments to set the"
            + " securityContext/fsGroup to 999 so the user of the docker image can actually use IAM Authenticator\";"
            + " AWS pod-identity-webhook README, usage with non-root container user";
    static final String DELEGATE_SAMPLE = "Harness docs, AWS connector settings reference (seed 002): sample delegate YAML"
            + " for EKS; Harness delegate Helm chart harness-delegate-ng";
    static final String ARGOCD_CLUSTER = "Harness docs, GitOps cluster with IAM role (seed 003): cluster Secret with"
            + " awsAuthConfig; Argo CD declarative setup, Clusters";
    static final String KUBECONFIG = "Harness docs, AWS connector settings reference (seed 002): kubeconfig with"
            + " aws-iam-authenticator, which takes the role to assume and the external ID as arguments";
    static final String RBAC = "Kubernetes RBAC documentation; Harness delegate least-privilege docs (CLUSTER_VIEWER,"
            + " namespace Role) and seed 002's sample ClusterRoleBinding to cluster-admin";
    static final String POD_SECURITY = "Kubernetes pod security standards (restricted); seed 002's delegate runs as root";

    static final String ROLE_ARN_ANNOTATION = "eks.amazonaws.com/role-arn";

    private K8sSources() {
    }
}
