package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.model.principal.PrincipalKind;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.terraform.eval.Value;
import java.util.Optional;
import java.util.function.Function;

/**
 * Puts users in groups: {@code aws_iam_user_group_membership} (one user, its {@code groups}) and
 * {@code aws_iam_group_membership} (one group, its {@code users}). Each membership is located at
 * the list entry that makes it: adding a user to a group is that one line.
 */
final class GroupMemberships {
    private GroupMemberships() {
    }

    /** Reads one instance of a membership resource; {@code eval} evaluates an attribute in that instance. */
    static void read(TerraformPrincipals principals, ModuleTree.Instance in, HclBlock b, Function<HclAttribute, Value> eval) {
        if (TerraformExtractor.type(b).equals("aws_iam_user_group_membership")) {
            Optional<PrincipalParts> user = TerraformExtractor.attr(b, "user")
                    .flatMap(a -> principals.find(PrincipalKind.USER, in, eval.apply(a)));
            Optional<Value> groups = TerraformExtractor.attr(b, "groups").map(eval);
            if (user.isPresent() && groups.isPresent()) {
                for (Value g : TerraformPrincipals.items(groups.get())) {
                    member(principals, in, user.get(), g, g.span());
                }
            }
        } else {
            Optional<Value> group = TerraformExtractor.attr(b, "group").map(eval);
            Optional<Value> users = TerraformExtractor.attr(b, "users").map(eval);
            if (group.isPresent() && users.isPresent()) {
                for (Value u : TerraformPrincipals.items(users.get())) {
                    principals.find(PrincipalKind.USER, in, u).ifPresent(user -> member(principals, in, user, group.get(), u.span()));
                }
            }
        }
    }

    /** A group this tree does not define is kept as written: what it grants is unknown, never nothing. */
    private static void member(TerraformPrincipals principals, ModuleTree.Instance in, PrincipalParts user, Value group, Span at) {
        if (group instanceof Value.Null) {
            return;
        }
        user.groups.add(new PrincipalParts.Membership(principals.find(PrincipalKind.GROUP, in, group).orElse(null),
                ValueNodes.located(group), at));
    }
}
