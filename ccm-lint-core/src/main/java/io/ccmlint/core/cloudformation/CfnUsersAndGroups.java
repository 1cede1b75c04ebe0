package io.ccmlint.core.cloudformation;

import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.model.principal.Principals;
import io.ccmlint.core.model.principal.PrincipalKind;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code AWS::IAM::User} and {@code AWS::IAM::Group} resources of one template as principals:
 * their {@code Policies}, {@code ManagedPolicyArns}, the policy resources whose {@code Users} or
 * {@code Groups} name them, a user's {@code PermissionsBoundary}, and a user's groups (its
 * {@code Groups}, and {@code AWS::IAM::UserToGroupAddition}s) whose policies it has too. Like roles,
 * one principal per distinct form across the template's scenarios.
 */
final class CfnUsersAndGroups {
    /** A user or group as one scenario makes it. */
    private record Form(CfnModels.Evaluated resource, PrincipalKind kind, String awsName, List<PolicyAttachment> own,
                        PolicyAttachment boundary, List<Membership> groups) {
        /** What tells it from its other forms: the model, not the properties that make none of it (tags, path). */
        List<Object> key() {
            return Arrays.asList(awsName, own, boundary, groups);
        }
    }

    /**
     * A user in a group: the group's logical ID and its form's key in that scenario when the
     * template defines it, else null and the group as written.
     *
     * @param at the entry that makes it a member (of the user's {@code Groups}, of an addition's {@code Users})
     */
    private record Membership(String groupId, List<Object> groupKey, Scalar written, Span at) {
    }

    private final CfnModels models;
    private final ScenarioForms<Form> users = new ScenarioForms<>();
    private final ScenarioForms<Form> groups = new ScenarioForms<>();

    CfnUsersAndGroups(CfnModels models) {
        this.models = models;
    }

    /** Reads the users and groups of scenario {@code i}. */
    void scenario(int i, Map<String, CfnModels.Evaluated> present, CfnAttachedPolicies attached) {
        Map<String, List<Object>> groupKeys = new HashMap<>();
        Map<String, String> groupsByName = new HashMap<>();
        Map<String, String> usersByName = new HashMap<>();
        for (CfnModels.Evaluated e : present.values()) {
            String type = e.resource().type();
            if (type.equals(CfnModels.GROUP)) {
                Form f = new Form(e, PrincipalKind.GROUP, Nodes.text(e.get("GroupName")),
                        models.attachments(e, "GroupName", "Groups", present, attached), null, List.of());
                groups.add(e.resource().logicalId(), f.key(), f, i);
                groupKeys.put(e.resource().logicalId(), f.key());
                index(groupsByName, f);
            } else if (type.equals(CfnModels.USER)) {
                index(usersByName, new Form(e, PrincipalKind.USER, Nodes.text(e.get("UserName")), List.of(), null, List.of()));
            }
        }
        Map<String, List<Membership>> added = additions(present, usersByName, groupsByName, groupKeys);
        for (CfnModels.Evaluated e : present.values()) {
            if (e.resource().type().equals(CfnModels.USER)) {
                List<Membership> in = new ArrayList<>();
                for (Node g : Nodes.list(e.get("Groups"))) {
                    if (g instanceof ScalarNode s) {
                        in.add(membership(s.scalar(), s.span(), groupsByName, groupKeys));
                    }
                }
                in.addAll(added.getOrDefault(e.resource().logicalId(), List.of()));
                Form f = new Form(e, PrincipalKind.USER, Nodes.text(e.get("UserName")),
                        models.attachments(e, "UserName", "Users", present, attached), models.boundary(e, present), in);
                users.add(e.resource().logicalId(), f.key(), f, i);
            }
        }
    }

    /** The memberships {@code AWS::IAM::UserToGroupAddition}s make, by the user's logical ID. */
    private static Map<String, List<Membership>> additions(Map<String, CfnModels.Evaluated> present, Map<String, String> usersByName,
                                                           Map<String, String> groupsByName, Map<String, List<Object>> groupKeys) {
        Map<String, List<Membership>> out = new HashMap<>();
        for (CfnModels.Evaluated e : present.values()) {
            if (!e.resource().type().equals(CfnModels.USER_TO_GROUP) || !(e.get("GroupName") instanceof ScalarNode group)) {
                continue;
            }
            for (Node u : Nodes.list(e.get("Users"))) {
                String user = u instanceof ScalarNode s ? idOf(s.scalar(), usersByName) : null;
                if (user != null) {
                    out.computeIfAbsent(user, k -> new ArrayList<>()).add(membership(group.scalar(), u.span(), groupsByName, groupKeys));
                }
            }
        }
        return out;
    }

    private static Membership membership(Scalar group, Span at, Map<String, String> groupsByName, Map<String, List<Object>> groupKeys) {
        String id = idOf(group, groupsByName);
        return id == null ? new Membership(null, null, group, at) : new Membership(id, groupKeys.get(id), group, at);
    }

    /**
     * The logical ID of the user or group a value names ({@code !Ref X}, its name), of those
     * {@code byName} indexes; null for one the template does not define.
     */
    private static String idOf(Scalar v, Map<String, String> byName) {
        String ref = v.reference();
        if (ref != null && byName.containsKey("id " + ref)) {
            return ref;
        }
        return v.isKnown() ? byName.get("name " + v.known()) : null;
    }

    /** Indexes a user or group of a scenario by its logical ID (as {@code id X}) and its name. */
    private static void index(Map<String, String> byName, Form f) {
        String id = f.resource().resource().logicalId();
        byName.put("id " + id, id);
        if (f.awsName() != null) {
            byName.putIfAbsent("name " + f.awsName(), id);
        }
    }

    /** Adds the users, then the groups, each form once, a user with its groups' policies. */
    void add(List<Scenario> scenarios, Workspace.Builder out) {
        Map<List<Object>, String> groupAddresses = new HashMap<>();
        List<IamPrincipal> groupPrincipals = new ArrayList<>();
        groups.forEach(scenarios, (f, when) -> {
            String address = ScenarioForms.name(f.resource().resource().logicalId(), when);
            groupAddresses.put(Arrays.asList(f.resource().resource().logicalId(), f.key()), address);
            groupPrincipals.add(principal(f, address, f.own()));
        });
        users.forEach(scenarios, (f, when) -> {
            List<PolicyAttachment> all = new ArrayList<>(f.own());
            for (Membership m : f.groups()) {
                Form group = m.groupId() == null ? null : groups.get(m.groupId(), m.groupKey());
                if (group == null) {
                    all.add(new PolicyAttachment(null, m.at(), m.written(), m.written().display(), m.at()));
                } else {
                    String address = groupAddresses.get(Arrays.asList(m.groupId(), m.groupKey()));
                    group.own().forEach(p -> all.add(p.through(address, m.at())));
                }
            }
            out.userOrGroup(principal(f, ScenarioForms.name(f.resource().resource().logicalId(), when), all));
        });
        groupPrincipals.forEach(out::userOrGroup);
    }

    private static IamPrincipal principal(Form f, String address, List<PolicyAttachment> policies) {
        return new IamPrincipal(f.kind(), address, f.awsName(), null, f.resource().resource().entry().keySpan(),
                Principals.once(policies), f.boundary(), null);
    }
}
