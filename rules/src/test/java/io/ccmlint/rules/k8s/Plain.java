package io.ccmlint.rules.k8s;

import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A located tree as plain maps, lists and values, to compare documents before and after a fix. */
final class Plain {
    private Plain() {
    }

    static Object of(Node n) {
        if (n instanceof MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach(e -> out.put(e.key(), of(e.value())));
            return out;
        }
        if (n instanceof ListNode l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(of(i)));
            return out;
        }
        return n == null ? null : ((ScalarNode) n).scalar().value();
    }

    /** A copy of {@code plain} with {@code key: value} added to the map at {@code pointer}. */
    @SuppressWarnings("unchecked")
    static Object with(Object plain, String pointer, String key, Object value) {
        Map<String, Object> root = (Map<String, Object>) plain;
        Map<String, Object> target = root;
        for (String part : pointer.substring(1).split("/")) {
            target = (Map<String, Object>) target.get(part);
        }
        target.put(key, value);
        return root;
    }
}
