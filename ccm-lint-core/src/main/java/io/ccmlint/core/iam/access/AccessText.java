package io.ccmlint.core.iam.access;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Sets of actions in words, grouped by service, with wildcards expanded into counts:
 * {@code iam:PassRole, lambda:* (87 actions), s3: 3 actions (GetObject, ListBucket, PutObject)}.
 */
public final class AccessText {
    private static final int NAMED = 3;

    private AccessText() {
    }

    static String actions(BitSet actions, Collection<String> otherActions) {
        ActionIndex index = ActionIndex.get();
        List<String> parts = new ArrayList<>();
        if (actions.cardinality() == index.size()) {
            parts.add("* (all " + index.size() + " actions)");
        } else {
            for (int i = actions.nextSetBit(0); i >= 0; ) {
                String service = index.serviceOf(i);
                int end = index.serviceEnd(i);
                int total = index.serviceSize(service);
                if (total > 1 && actions.nextClearBit(i) >= end && i == end - total) { // all of it: no name to read
                    parts.add(service + ":* (" + total + " actions)");
                } else {
                    List<String> names = new ArrayList<>();
                    for (int j = i; j >= 0 && j < end; j = actions.nextSetBit(j + 1)) {
                        String n = index.name(j);
                        names.add(n.substring(n.indexOf(':') + 1));
                    }
                    parts.add(service(service, names));
                }
                i = actions.nextSetBit(end);
            }
        }
        otherActions.forEach(a -> parts.add(a + " (not in the action catalog)"));
        return String.join(", ", parts);
    }

    /** Some of a service's actions (all of them is told before, without naming them). */
    private static String service(String service, List<String> names) {
        if (names.size() == 1) {
            return service + ":" + names.get(0);
        }
        String shown = String.join(", ", names.subList(0, Math.min(NAMED, names.size())));
        String more = names.size() > NAMED ? ", ..." : "";
        return service + ": " + names.size() + " actions (" + shown + more + ")";
    }
}
