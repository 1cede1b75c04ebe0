package io.ccmlint.rules.iam;

import io.ccmlint.core.aws.catalog.AccessLevel;
import io.ccmlint.core.aws.catalog.IamAction;
import io.ccmlint.core.aws.catalog.IamCatalog;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CCM103: write or permissions-management actions allowed on {@code "Resource": "*"}. Reported
 * once per statement, at the {@code "*"}, naming the actions.
 */
public final class WildcardResourceWriteRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM103", "wildcard-resource-write", "Write actions on every resource",
            Severity.WARNING, Category.IAM_POLICY,
            "An Allow of actions that change or delete resources, or change permissions, on \"Resource\": \"*\" lets"
                    + " the role act on every such resource of the account, not only the ones it manages"
                    + " (ec2:TerminateInstances on \"*\" terminates any instance). Scope Resource to the ARNs the"
                    + " actions need. The access level of each action comes from the bundled IAM action catalog; read"
                    + " and list actions, and actions that accept only \"*\" (they have no resource type), are not"
                    + " reported, nor iam:PassRole and sts:AssumeRole (CCM104, CCM105). Statements with a Condition are left"
                    + " alone: a condition may scope them.",
            IamPolicies.CATALOG_SOURCE + "; AWS IAM User Guide, security best practices (grant least privilege)",
            FixKind.NONE);

    /** Reported by CCM104 and CCM105, which say more about them. */
    private static final Set<String> OWN_RULES = Set.of("iam:PassRole", "sts:AssumeRole");

    private static boolean ownRule(IamAction action) {
        return (action.service().equals("iam") || action.service().equals("sts")) && OWN_RULES.contains(action.fullName());
    }

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        IamPolicies.eachStatement(context.workspace(), (p, s) -> {
            List<Scalar> stars = IamPolicies.starResources(s);
            if (stars.isEmpty() || s.hasConditions()) {
                return;
            }
            IamCatalog catalog = IamCatalog.get();
            // The catalog holds one IamAction per action, so identity tells duplicates apart without
            // building every name: "*" on "*" names thousands of actions and the message shows four.
            List<IamAction> writes = new ArrayList<>();
            Set<IamAction> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<AccessLevel> levels = EnumSet.noneOf(AccessLevel.class);
            for (Scalar a : IamPolicies.allowedActions(s)) {
                for (IamAction action : catalog.scopableWrites(a.known())) {
                    if (!ownRule(action) && seen.add(action)) {
                        writes.add(action);
                        levels.add(action.level());
                    }
                }
            }
            if (writes.isEmpty()) {
                return;
            }
            String kinds = String.join(" and ", levels.stream().map(l -> l.label().toLowerCase(Locale.ROOT)).sorted().toList());
            context.report(stars.get(0).span(), "\"Resource\": \"*\" lets " + writes.size() + " " + kinds + " action"
                    + (writes.size() == 1 ? "" : "s") + " (" + IamPolicies.sample(writes, 4, IamAction::fullName)
                    + ") act on every matching resource of the account; scope Resource to the ARNs they need");
        });
    }
}
