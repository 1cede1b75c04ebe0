package io.ccmlint.rules.connector;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The features a CCM ({@code CEAws}) connector enables and what each needs on the connector's role:
 * one table for CCM504 (which checks the least each feature calls) and CCM102's fix (which narrows
 * a wildcard to the full documented lists). Research domain.md §4: Harness CCM docs,
 * terraform-aws-harness-ccm.
 */
public final class CcmFeatures {
    /**
     * One feature.
     *
     * @param needs       the least it calls (on "*"): a role missing one of these surely lacks the
     *                    feature's policy
     * @param permissions its full documented permission list, or null when the documented
     *                    permissions are themselves broad (ec2:*, a managed policy): no narrower list
     */
    public record Feature(String name, List<String> needs, List<String> permissions) {
    }

    /** Every CCM role also gets this (terraform-aws-harness-ccm HarnessGetRolePolicy). */
    public static final String EVERY_ROLE = "iam:SimulatePrincipalPolicy";

    private static final Map<String, Feature> FEATURES = new LinkedHashMap<>();

    static {
        add(new Feature("BILLING", List.of("cur:DescribeReportDefinitions"),
                List.of("s3:GetBucketLocation", "s3:ListBucket", "s3:GetObject", "s3:PutObject",
                        "s3:PutObjectAcl", "cur:DescribeReportDefinitions", "organizations:Describe*", "organizations:List*")));
        add(new Feature("VISIBILITY", List.of("ec2:DescribeRegions", "ec2:DescribeInstances"),
                List.of("ecs:ListClusters*", "ecs:DescribeClusters", "ecs:ListServices",
                        "ecs:DescribeServices", "ecs:DescribeContainerInstances", "ecs:ListTasks", "ecs:ListContainerInstances",
                        "ecs:DescribeTasks", "ec2:DescribeInstances*", "ec2:DescribeRegions", "cloudwatch:GetMetricData",
                        "ec2:DescribeVolumes", "ec2:DescribeSnapshots", "rds:DescribeDBSnapshots", "rds:DescribeDBInstances",
                        "rds:DescribeDBClusters", "rds:DescribeDBSnapshotAttributes", "ce:GetRightsizingRecommendation")));
        add(new Feature("OPTIMIZATION", List.of("ec2:StartInstances", "ec2:StopInstances"), null));
        add(new Feature("GOVERNANCE", List.of("ec2:DescribeInstances"), null));
        add(new Feature("COMMITMENT_ORCHESTRATOR", List.of("ec2:DescribeReservedInstances", "ce:GetSavingsPlansUtilization"),
                List.of("ec2:DescribeReservedInstancesOfferings",
                        "ce:GetSavingsPlansUtilization", "ce:GetReservationUtilization", "ec2:DescribeInstanceTypeOfferings",
                        "ce:GetDimensionValues", "ce:GetSavingsPlansUtilizationDetails", "ec2:DescribeReservedInstances",
                        "ce:GetReservationCoverage", "ce:GetSavingsPlansCoverage", "savingsplans:DescribeSavingsPlans",
                        "organizations:DescribeOrganization", "ce:GetCostAndUsage", "rds:DescribeReservedDBInstances*",
                        "pricing:GetProducts", "ec2:PurchaseReservedInstancesOffering",
                        "ec2:GetReservedInstancesExchangeQuote", "ec2:AcceptReservedInstancesExchangeQuote",
                        "ec2:DescribeReservedInstancesModifications", "ec2:ModifyReservedInstances",
                        "savingsplans:DescribeSavingsPlansOfferings", "savingsplans:CreateSavingsPlan",
                        "rds:PurchaseReservedDBInstancesOffering")));
        add(new Feature("CLUSTER_ORCHESTRATOR", List.of("ec2:RunInstances", "ec2:CreateFleet"),
                List.of("ec2:CreateLaunchTemplate", "ec2:CreateFleet",
                        "ec2:RunInstances", "ec2:CreateTags", "ec2:TerminateInstances", "ec2:DeleteLaunchTemplate",
                        "ec2:DescribeLaunchTemplates", "ec2:DescribeInstances", "ec2:DescribeSecurityGroups",
                        "ec2:DescribeSubnets", "ec2:DescribeInstanceTypes", "ec2:DescribeInstanceTypeOfferings",
                        "ec2:DescribeAvailabilityZones", "ec2:DescribeSpotPriceHistory", "ec2:DescribeImages",
                        "ec2:GetSpotPlacementScores", "iam:PassRole", "iam:CreateInstanceProfile", "iam:TagInstanceProfile",
                        "iam:DeleteInstanceProfile", "iam:GetInstanceProfile", "iam:ListInstanceProfiles",
                        "iam:AddRoleToInstanceProfile", "iam:RemoveRoleFromInstanceProfile", "ssm:GetParameter",
                        "pricing:GetProducts", "eks:DescribeCluster")));
    }

    /** The feature names, in the documented order. */
    public static final List<String> NAMES = List.copyOf(FEATURES.keySet());

    private CcmFeatures() {
    }

    private static void add(Feature f) {
        FEATURES.put(f.name(), f);
    }

    /** The feature of that exact name, or null. */
    public static Feature get(String name) {
        return FEATURES.get(name);
    }

    /** The items of the connector's {@code features_enabled}, or null when it has no list. */
    public static List<Node> items(HarnessConnector c) {
        return Connectors.items(c.setting("features_enabled"));
    }

    /** A feature item's name: a known string, else null (an unresolved expression could be any feature). */
    static String name(Node item) {
        return item instanceof ScalarNode s ? Connectors.text(s.scalar()) : null;
    }

    /**
     * The names the connector enables, or an empty list when one item is not a known string (an
     * unresolved expression could be any feature, so nothing can be concluded from the others).
     */
    public static List<String> names(HarnessConnector c) {
        List<Node> items = items(c);
        List<String> out = new ArrayList<>();
        for (Node item : items == null ? List.<Node>of() : items) {
            String name = name(item);
            if (name == null) {
                return List.of();
            }
            out.add(name);
        }
        return out;
    }
}
