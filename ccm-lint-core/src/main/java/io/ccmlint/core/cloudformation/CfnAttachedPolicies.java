package io.ccmlint.core.cloudformation;

import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code AWS::IAM::Policy} and {@code AWS::IAM::ManagedPolicy} resources of one scenario by the
 * roles, users and groups their {@code Roles}, {@code Users} and {@code Groups} name ({@code !Ref X},
 * {@code !GetAtt X.Arn}, the name, a role's ARN): a principal's policies are looked up, not searched
 * for among every resource (a template of 40,000 roles took 42 s that way).
 */
final class CfnAttachedPolicies {
    /** A policy resource naming a principal, and the list entry that names it: where it is attached. */
    record Named(CfnModels.Evaluated policy, Span at) {
    }

    /** A naming entry and the index of its policy in the scenario's order. */
    private record Entry(int index, Named named) {
    }

    private final Map<String, List<Entry>> byKey = new HashMap<>();

    CfnAttachedPolicies(Map<String, CfnModels.Evaluated> present) {
        int index = -1;
        for (CfnModels.Evaluated p : present.values()) {
            String type = p.resource().type();
            if (!type.equals(CfnModels.POLICY) && !type.equals(CfnModels.MANAGED_POLICY)) {
                continue;
            }
            index++;
            for (String list : List.of("Roles", "Users", "Groups")) {
                for (Node n : Nodes.list(p.properties() == null ? null : p.properties().get(list))) {
                    if (n instanceof ScalarNode s) {
                        index(list, new Entry(index, new Named(p, s.span())), s);
                    }
                }
            }
        }
    }

    private void index(String list, Entry named, ScalarNode s) {
        String ref = s.scalar().reference();
        if (ref != null) {
            put(list + " ref " + (ref.endsWith(".Arn") ? ref.substring(0, ref.length() - ".Arn".length()) : ref), named);
        }
        String text = s.scalar().known();
        if (text != null) {
            put(list + " name " + text, named);
            String inArn = list.equals("Roles") ? RoleArns.nameIn(text) : null;
            if (inArn != null) {
                put(list + " name " + inArn, named);
            }
        }
    }

    private void put(String key, Entry named) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(named);
    }

    /**
     * The policies whose {@code list} ({@code Roles}, {@code Users}, {@code Groups}) names
     * {@code principal}, by its logical ID or its {@code nameProperty} ({@code RoleName}...), in the
     * scenario's order; each once, at the first entry naming it.
     */
    List<Named> naming(String list, CfnModels.Evaluated principal, String nameProperty) {
        TreeMap<Integer, Named> found = new TreeMap<>();
        add(found, byKey.get(list + " ref " + principal.resource().logicalId()));
        String awsName = principal.properties() == null ? null : Nodes.text(principal.properties().get(nameProperty));
        if (awsName != null) {
            add(found, byKey.get(list + " name " + awsName));
        }
        return List.copyOf(found.values());
    }

    private static void add(TreeMap<Integer, Named> found, List<Entry> entries) {
        for (Entry e : entries == null ? List.<Entry>of() : entries) {
            Named before = found.get(e.index());
            if (before == null || e.named().at().compareTo(before.at()) < 0) {
                found.put(e.index(), e.named());
            }
        }
    }
}
