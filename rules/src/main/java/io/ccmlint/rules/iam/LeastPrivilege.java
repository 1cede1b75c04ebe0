package io.ccmlint.rules.iam;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.rules.connector.CcmFeatures;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The documented action lists CCM102's fix narrows a wildcard to, and how the purpose of a policy
 * is known. Nothing here is guessed from the wildcard alone: the purpose comes from the CCM
 * connector whose role holds the policy, from the Harness connector role the policy belongs to,
 * or from the policy's own name.
 */
final class LeastPrivilege {
    private LeastPrivilege() {
    }

    /** The EC2 actions of a Harness EC2 deployment, plus DescribeRegions, which every connector needs (AWS connector settings reference). */
    static final List<String> HARNESS_EC2 = List.of("ec2:DescribeRegions", "ec2:DescribeInstances",
            "ec2:DescribeInstanceStatus", "ec2:DescribeSecurityGroups", "ec2:DescribeVpcs", "ec2:DescribeSubnets",
            "ec2:DescribeTags", "ec2:RunInstances", "ec2:TerminateInstances", "ec2:StartInstances", "ec2:StopInstances",
            "ec2:RebootInstances");
    /** The ECS actions of a Harness ECS deployment (Harness's ECS deployments overview). */
    static final List<String> HARNESS_ECS = List.of("ecs:ListClusters", "ecs:DescribeClusters", "ecs:ListServices",
            "ecs:DescribeServices", "ecs:UpdateService", "ecs:RegisterTaskDefinition", "ecs:ListTaskDefinitions",
            "ecs:DescribeTaskDefinition", "ecs:RunTask", "ecs:ListTasks", "ecs:DescribeTasks");
    /** AWS connector settings reference: read from S3 is AmazonS3ReadOnlyAccess. */
    static final List<String> S3_READ = List.of("s3:Get*", "s3:List*");
    /** AWS connector settings reference: HarnessS3Write, "custom policy for pushing to S3". */
    static final List<String> S3_WRITE = List.of("s3:*Object");
    /** AWS connector settings reference: the bucket-level and object-level declarations for reading and writing. */
    static final List<String> S3_READ_WRITE = List.of("s3:ListBucket", "s3:GetObject", "s3:PutObject", "s3:DeleteObject");

    /** A narrower list and where it comes from. */
    record Narrower(List<String> actions, String why) {
    }

    /**
     * The documented actions that can replace {@code wildcard} ({@code "*"} or {@code "svc:*"}) in a
     * statement of {@code policy}, or null when the purpose is not known.
     */
    static Narrower narrower(Workspace ws, PolicyDocument policy, Statement statement, String wildcard) {
        String service = wildcard.equals("*") ? null : IamPolicies.service(wildcard);
        // 1. a CCM connector's role: the lists of its enabled features
        HarnessConnector c = index(ws).ccmConnectorHolding.get(policy.span());
        if (c != null) {
            List<String> features = CcmFeatures.names(c);
            // an unknown feature, or one whose documented permissions are broad: no narrower list
            if (features.isEmpty() || features.stream().anyMatch(f -> CcmFeatures.get(f) == null
                    || CcmFeatures.get(f).permissions() == null)) {
                return null;
            }
            Set<String> all = new LinkedHashSet<>();
            for (String f : features) {
                all.addAll(CcmFeatures.get(f).permissions());
            }
            all.add(CcmFeatures.EVERY_ROLE);
            List<String> pick = all.stream().filter(a -> service == null || IamPolicies.service(a).equals(service)).toList();
            return pick.isEmpty() ? null : new Narrower(pick, "what " + String.join(", ", features)
                    + " of CCM connector " + c.name() + " needs");
        }
        String names = (policy.name() + " " + (statement.sid() == null || statement.sid().known() == null ? "" : statement.sid().known())).toLowerCase(Locale.ROOT);
        // 2. S3, from the policy's purpose as its name or Sid says it (the AWS connector settings reference's policies)
        if ("s3".equals(service)) {
            boolean read = names.contains("read") || names.contains("download") || names.contains("pull");
            boolean write = names.contains("write") || names.contains("upload") || names.contains("push");
            if (read && write) {
                return new Narrower(S3_READ_WRITE, "the S3 read and write actions of Harness's AWS connector settings reference");
            }
            if (write) {
                return new Narrower(S3_WRITE, "the Harness S3 write policy (HarnessS3Write)");
            }
            if (read) {
                return new Narrower(S3_READ, "the Harness S3 read policy (AmazonS3ReadOnlyAccess)");
            }
            return null;
        }
        // 3. EC2 / ECS in a Harness connector role's policy: Harness's EC2 and ECS deployment lists
        boolean connectorPolicy = index(ws).connectorRolePolicies.contains(policy.span());
        if (connectorPolicy && "ec2".equals(service)) {
            return new Narrower(HARNESS_EC2, "the EC2 actions of a Harness EC2 deployment");
        }
        if (connectorPolicy && "ecs".equals(service)) {
            return new Narrower(HARNESS_ECS, "the ECS actions of a Harness ECS deployment");
        }
        return null;
    }

    /**
     * Which roles hold which policies, computed once per run: asked for every wildcard finding, a
     * walk over every connector's roles made a 85,000-file run quadratic. A role holds a policy
     * when one of its policies has the policy's span (the same document, or the same text).
     */
    private static final class Index {
        /** Policy span → the first CCM ({@code CEAws}) connector, in workspace order, whose role holds it. */
        final Map<io.ccmlint.core.source.Span, HarnessConnector> ccmConnectorHolding = new java.util.HashMap<>();
        /** Spans of the policies of the roles a Harness connector uses. */
        final Set<io.ccmlint.core.source.Span> connectorRolePolicies = new java.util.HashSet<>();

        Index(Workspace ws) {
            for (HarnessConnector c : ws.connectors()) {
                if ("CEAws".equals(c.type())) {
                    for (Role r : ws.rolesOf(c)) {
                        r.policies().forEach(x -> ccmConnectorHolding.putIfAbsent(x.span(), c));
                    }
                }
            }
            for (Role r : ws.connectorRoles()) {
                r.policies().forEach(x -> connectorRolePolicies.add(x.span()));
            }
        }
    }

    private static Index index(Workspace ws) {
        return ws.derived(Index.class, Index::new);
    }
}
