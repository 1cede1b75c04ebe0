package io.ccmlint.core.aws.catalog;

import java.util.List;
import java.util.Set;

/**
 * One IAM action of the catalog.
 *
 * @param service its service prefix, e.g. {@code ec2}
 * @param name the action as AWS spells it, e.g. {@code DescribeRegions}
 * @param levels its access levels (AWS gives some actions two, e.g. Permissions management and Write)
 * @param resourceTypes the resource types it can be scoped to; empty when it accepts only {@code "*"}
 * @param conditionKeys the condition keys it supports (action level)
 */
public record IamAction(String service, String name, Set<AccessLevel> levels, List<ResourceUse> resourceTypes,
                        List<String> conditionKeys) {
    private static final List<AccessLevel> MOST_POWERFUL_FIRST = List.of(AccessLevel.PERMISSIONS_MANAGEMENT, AccessLevel.WRITE,
            AccessLevel.TAGGING, AccessLevel.READ, AccessLevel.LIST);

    public IamAction {
        levels = Set.copyOf(levels);
        resourceTypes = List.copyOf(resourceTypes);
        conditionKeys = List.copyOf(conditionKeys);
    }

    /** {@code service:Name}. */
    public String fullName() {
        return service + ":" + name;
    }

    /** Write or Permissions management: the levels that change something. */
    public boolean writes() {
        return levels.contains(AccessLevel.WRITE) || levels.contains(AccessLevel.PERMISSIONS_MANAGEMENT);
    }

    /** True when the action cannot be scoped to a resource: only {@code "Resource": "*"} works for it. */
    public boolean onlyStar() {
        return resourceTypes.isEmpty();
    }

    /** The level to name in a message: the most powerful one. */
    public AccessLevel level() {
        // the action's one or two levels, ranked, rather than five set look-ups: CCM103 asks this of
        // every write action "*" or "s3:*" grants, thousands per statement
        AccessLevel best = null;
        for (AccessLevel l : levels) {
            if (best == null || MOST_POWERFUL_FIRST.indexOf(l) < MOST_POWERFUL_FIRST.indexOf(best)) {
                best = l;
            }
        }
        return best == null ? AccessLevel.READ : best;
    }

    /** A resource type an action can be scoped to, and whether the action requires it. */
    public record ResourceUse(ResourceType type, boolean required) {
    }
}
