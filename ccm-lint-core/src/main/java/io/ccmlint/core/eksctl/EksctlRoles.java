package io.ccmlint.core.eksctl;

import io.ccmlint.core.aws.ManagedPolicies;
import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.model.k8s.ServiceAccountRole;
import io.ccmlint.core.edit.YamlPolicyEditor;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.model.role.RoleEditor;
import io.ccmlint.core.model.role.ServiceAccountTrust;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles eksctl creates for a {@link ClusterConfig}, as eksctl's CloudFormation builder makes
 * them (pkg/cfn/builder: iam.go, iam_helper.go), and the service accounts that get a role.
 *
 * <p>A role for an IAM service account or a pod identity association has the ARNs to attach (AWS
 * managed ones as managed policies, customer ones unresolved), the inline document (a policy of
 * the workspace, so the CCM1xx rules check it where it is written), and the well-known policies:
 * those that are AWS managed policies by their ARN (at the flag, which is all the source writes),
 * the others unresolved (eksctl generates their statements; they are not modelled, so no rule
 * decides what such a role may do without them). Its trust has no text here: a {@link
 * ServiceAccountTrust}. A node group gets a role when it asks for policies of its own; eksctl's
 * default node policies join it as it adds them.
 */
final class EksctlRoles {
    /** Well-known policies (and node group addon policies) that are AWS managed policies. */
    private static final Map<String, String> MANAGED_FLAGS = Map.of(
            "imageBuilder", "AmazonEC2ContainerRegistryPowerUser",
            "ebsCSIController", "service-role/AmazonEBSCSIDriverPolicy",
            "ebs", "service-role/AmazonEBSCSIDriverPolicy",
            "cloudWatch", "CloudWatchAgentServerPolicy");
    private static final String WORKER_NODE = "AmazonEKSWorkerNodePolicy";
    private static final String CNI = "AmazonEKS_CNI_Policy";
    private static final String PULL_ONLY = "AmazonEC2ContainerRegistryPullOnly";
    private static final String SSM = "AmazonSSMManagedInstanceCore";

    private EksctlRoles() {
    }

    /** Adds the cluster's roles, their inline policies and its service accounts' roles to {@code out}. */
    static void add(ClusterConfig c, Workspace.Builder out) {
        String file = c.file().displayPath();
        for (IamServiceAccount sa : c.serviceAccounts()) {
            String origin = "eksctl iam.serviceAccounts in " + file;
            String ns = sa.namespaceText();
            String name = sa.name().known();
            if (sa.attachRoleArn() != null) {
                if (!sa.roleOnly()) {
                    out.serviceAccountRole(new ServiceAccountRole(ServiceAccountRole.Via.IRSA, ns, name, sa.attachRoleArn(),
                            RoleArns.roleName(sa.attachRoleArn().known()), sa.attachRoleArn().span(), origin));
                }
                continue; // eksctl uses that role as it is
            }
            String roleName = sa.roleName() == null ? null : sa.roleName().known();
            Span at = sa.name().span();
            ServiceAccountTrust trust = new ServiceAccountTrust(ServiceAccountRole.Via.IRSA, ns, name,
                    sa.subjectPattern() == null ? null : sa.subjectPattern().known(), at, origin);
            role(c, "eksctl/" + c.clusterName() + "/serviceaccount/" + ns + "/" + name, at, roleName, trust,
                    sa.policies(), "attachPolicy", sa.permissionsBoundary(), out);
            if (!sa.roleOnly()) {
                out.serviceAccountRole(new ServiceAccountRole(ServiceAccountRole.Via.IRSA, ns, name, null, roleName, at, origin));
            }
        }
        for (PodIdentityAssociation pia : c.podIdentityAssociations()) {
            String origin = "eksctl pod identity association in " + file;
            String ns = pia.namespace().known();
            String name = pia.serviceAccountName().known();
            if (pia.roleArn() != null) {
                out.serviceAccountRole(new ServiceAccountRole(ServiceAccountRole.Via.POD_IDENTITY, ns, name, pia.roleArn(),
                        RoleArns.roleName(pia.roleArn().known()), pia.roleArn().span(), origin));
                continue;
            }
            String roleName = pia.roleName() == null ? null : pia.roleName().known();
            Span at = pia.serviceAccountName().span();
            ServiceAccountTrust trust = new ServiceAccountTrust(ServiceAccountRole.Via.POD_IDENTITY, ns, name, null, at, origin);
            role(c, "eksctl/" + c.clusterName() + "/podidentity/" + ns + "/" + name, at, roleName, trust,
                    pia.policies(), "permissionPolicy", pia.permissionsBoundary(), out);
            out.serviceAccountRole(new ServiceAccountRole(ServiceAccountRole.Via.POD_IDENTITY, ns, name, null, roleName, at, origin));
        }
        for (NodeGroupIam ng : c.nodeGroups()) {
            AttachedPolicies p = ng.policies();
            if (!ng.createsRole() || p.arns().isEmpty() && p.inline() == null) {
                continue; // an existing role, or eksctl's default node role
            }
            Span at = ng.name() != null ? ng.name().span() : ng.iam().keySpan();
            String group = ng.name() == null ? "?" : ng.name().known();
            role(c, "eksctl/" + c.clusterName() + "/nodegroup/" + group, at,
                    ng.instanceRoleName() == null ? null : ng.instanceRoleName().known(), null,
                    withNodeDefaults(c, ng), "attachPolicy", ng.permissionsBoundary(), out);
        }
    }

    private static void role(ClusterConfig c, String name, Span at, String awsName, ServiceAccountTrust trust,
                             AttachedPolicies p, String inlineKey, Scalar boundary, Workspace.Builder out) {
        List<PolicyDocument> policies = new ArrayList<>();
        if (p.inline() != null) {
            PolicyDocument doc = PolicyReader.read(name + " " + inlineKey, c.file(), p.inline(),
                    new YamlPolicyEditor(c.file(), p.inline()));
            policies.add(doc);
            out.policy(doc);
        }
        List<Scalar> managed = new ArrayList<>();
        List<Scalar> unresolved = new ArrayList<>(p.unreadable());
        for (Scalar arn : p.arns()) {
            (ManagedPolicies.isManagedArn(arn.known()) ? managed : unresolved).add(arn);
        }
        for (MapNode.Entry flag : p.flags()) {
            String policy = MANAGED_FLAGS.get(flag.key());
            if (policy != null) {
                managed.add(generatedArn(c, policy, flag.keySpan()));
            } else {
                unresolved.add(flag.name()); // statements eksctl generates: not modelled
            }
        }
        out.roles().add(new Role(name, at, awsName, null, policies, managed, unresolved, null, null, RoleEditor.NONE, trust,
                boundary));
    }

    /**
     * A node group's policies with eksctl's defaults (makeManagedPolicies): without ARNs of its own
     * it gets the worker node policy, the CNI policy (unless the cluster has OIDC), ECR pull (managed
     * node groups) and SSM; an unmanaged node group always gets ECR pull, unless image builder gives
     * it ECR power user; a default the ARNs name again is not added twice.
     */
    private static AttachedPolicies withNodeDefaults(ClusterConfig c, NodeGroupIam ng) {
        AttachedPolicies p = ng.policies();
        Set<String> defaults = new LinkedHashSet<>();
        if (p.arns().isEmpty()) {
            defaults.add(WORKER_NODE);
            if (!Boolean.TRUE.equals(c.withOidcEnabled())) {
                defaults.add(CNI);
            }
            if (ng.managed()) {
                defaults.add(PULL_ONLY);
            }
            defaults.add(SSM);
        }
        boolean imageBuilder = p.flags().stream().anyMatch(f -> f.key().equals("imageBuilder"));
        if (!imageBuilder && !ng.managed()) {
            defaults.add(PULL_ONLY);
        }
        for (Scalar arn : p.arns()) {
            String known = arn.known();
            defaults.removeIf(d -> known.endsWith("/" + d));
        }
        List<Scalar> arns = new ArrayList<>(p.arns());
        for (String d : defaults) {
            arns.add(generatedArn(c, d, ng.iam().keySpan()));
        }
        return new AttachedPolicies(arns, p.inline(), p.flags(), p.unreadable());
    }

    /**
     * The ARN of an AWS managed policy eksctl attaches although the file does not write it, located
     * at what makes eksctl attach it. Its span is not the ARN's text: no edit may rewrite it.
     */
    private static Scalar generatedArn(ClusterConfig c, String policy, Span at) {
        return Scalar.known("arn:" + c.partition() + ":iam::aws:policy/" + policy, at, ScalarStyle.YAML_PLAIN);
    }
}
