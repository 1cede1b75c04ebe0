package io.ccmlint.core.terraform;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** The summary's note on the module calls not followed: how many, and why, with what to do. */
final class NotFollowedNote {
    private NotFollowedNote() {
    }

    /** @param reasons one reason per call not followed */
    static String of(Collection<String> reasons) {
        Map<String, Integer> byReason = new TreeMap<>();
        reasons.forEach(r -> byReason.merge(r, 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        b.append(reasons.size()).append(reasons.size() == 1 ? " Terraform module call" : " Terraform module calls")
                .append(" not followed (what they give is unknown): ");
        String sep = "";
        for (Map.Entry<String, Integer> e : byReason.entrySet()) {
            b.append(sep).append(e.getValue()).append(' ').append(e.getKey());
            sep = ", ";
        }
        return b.toString();
    }
}
