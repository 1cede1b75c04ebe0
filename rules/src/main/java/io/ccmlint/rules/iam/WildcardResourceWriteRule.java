package io.ccmlint.rules.iam;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.catalog.AccessLevel;
import io.ccmlint.core.aws.catalog.IamAction;
import io.ccmlint.core.aws.catalog.IamCatalog;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
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
@AutoService(Rule.class)
@RuleInfo(id = "CCM103", slug = "wildcard-resource-write", title = "Write actions on every resource",
        severity = Severity.WARNING,
        sources = {
            @Source(title = "AWS IAM User Guide: Security best practices in IAM",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html"),
            @Source(title = "AWS Service Authorization Reference",
                    url = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference.html")})
public final class WildcardResourceWriteRule implements Rule {
    /**
     * iam:PassRole and sts:AssumeRole: reported by CCM104 and CCM105, which say more about them. By
     * their parts, not {@link IamAction#fullName}, which builds a string: "iam:*" grants hundreds
     * of actions, each asked here.
     */
    static boolean ownRule(IamAction action) {
        return action.service().equals("iam") && action.name().equals("PassRole")
                || action.service().equals("sts") && action.name().equals("AssumeRole");
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
            // Indexed loops: this runs for every action of every statement on "*", and C1 allocates
            // each for-each's iterator.
            List<IamAction> writes = new ArrayList<>();
            Set<IamAction> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<AccessLevel> levels = EnumSet.noneOf(AccessLevel.class);
            List<Scalar> actions = IamPolicies.allowedActions(s);
            for (int i = 0; i < actions.size(); i++) {
                List<IamAction> scopable = catalog.scopableWrites(actions.get(i).known());
                for (int j = 0; j < scopable.size(); j++) {
                    IamAction action = scopable.get(j);
                    if (!ownRule(action) && seen.add(action)) {
                        writes.add(action);
                        if (levels.size() < 2) {
                            // a write's level is Write or Permissions management: once both are in,
                            // the thousands more that "*" grants add none
                            levels.add(action.level());
                        }
                    }
                }
            }
            if (writes.isEmpty()) {
                return;
            }
            List<String> labels = new ArrayList<>();
            for (AccessLevel l : levels) {
                labels.add(l.label().toLowerCase(Locale.ROOT));
            }
            Collections.sort(labels);
            String kinds = String.join(" and ", labels);
            context.report(stars.get(0).span(), "\"Resource\": \"*\" lets " + writes.size() + " " + kinds + " action"
                    + (writes.size() == 1 ? "" : "s") + " (" + IamPolicies.sample(writes, 4, IamAction::fullName)
                    + ") act on every matching resource of the account; scope Resource to the ARNs they need");
        });
    }
}
