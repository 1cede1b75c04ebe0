package io.ccmlint.core.aws.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Defined keys for lookup: literal ones by name; templates by the prefix before their first
 * ':' (lower case), so a key is matched only against its own service's templates, and those
 * whose prefix is itself a template ({@code token.actions.githubusercontent.com/${SubPath}:actor})
 * against all.
 */
final class KeyIndex {
    private final Map<String, Set<String>> literal = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<Map.Entry<String, Set<String>>>> byPrefix = new HashMap<>();
    private final List<Map.Entry<String, Set<String>>> anyPrefix = new ArrayList<>();

    KeyIndex(Map<String, Set<String>> defined) {
        defined.forEach((key, types) -> {
            if (!KeyNames.isTemplate(key)) {
                literal.put(key, types);
                return;
            }
            String prefix = KeyNames.prefix(key);
            if (prefix == null || KeyNames.isTemplate(prefix)) {
                anyPrefix.add(Map.entry(key, types));
            } else {
                byPrefix.computeIfAbsent(prefix.toLowerCase(Locale.ROOT), p -> new ArrayList<>()).add(Map.entry(key, types));
            }
        });
    }

    /** The types of every definition that names {@code key}, or empty when none does. */
    Optional<Set<String>> lookup(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        Set<String> types = new HashSet<>();
        boolean found = false;
        Set<String> exact = literal.get(key);
        if (exact != null) {
            types.addAll(exact);
            found = true;
        }
        String prefix = KeyNames.prefix(key);
        List<Map.Entry<String, Set<String>>> candidates = prefix == null ? List.of()
                : byPrefix.getOrDefault(prefix.toLowerCase(Locale.ROOT), List.of());
        for (List<Map.Entry<String, Set<String>>> list : List.of(candidates, anyPrefix)) {
            for (Map.Entry<String, Set<String>> e : list) {
                if (KeyNames.names(e.getKey(), key)) {
                    types.addAll(e.getValue());
                    found = true;
                }
            }
        }
        types.remove("");
        return found ? Optional.of(types) : Optional.empty();
    }
}
