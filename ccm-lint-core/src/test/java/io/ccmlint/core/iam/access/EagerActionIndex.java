package io.ccmlint.core.iam.access;

import io.ccmlint.core.aws.catalog.IamAction;
import io.ccmlint.core.aws.catalog.IamCatalog;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The action numbering as it was before it became lazy ({@link ActionIndex}): every service of the
 * catalog parsed and every action numbered up front. Kept as the oracle the lazy one must agree with.
 */
final class EagerActionIndex {
    
    private static final int MEMO_LIMIT = 50_000;

    private final String[] names;                      // index -> service:Action as the catalog spells it
    private final Map<String, Integer> byLowerName;    // lower-case service:action -> index
    private final Map<String, int[]> services;         // lower-case prefix -> [first, end)
    private final Map<String, BitSet> memo = new ConcurrentHashMap<>();
    private final IamCatalog catalog;
    /** Every name is ASCII and unique in lower case: a literal ASCII pattern is then a lookup. */
    private final boolean asciiNames;

    EagerActionIndex(IamCatalog catalog) {
        this.catalog = catalog;
        List<String> all = new ArrayList<>();
        services = new HashMap<>();
        for (String prefix : new TreeSet<>(catalog.prefixes())) {
            IamCatalog.Service s = catalog.service(prefix).orElseThrow();
            int first = all.size();
            TreeSet<String> sorted = new TreeSet<>();
            for (IamAction a : s.actions()) {
                sorted.add(a.fullName());
            }
            all.addAll(sorted);
            services.put(prefix.toLowerCase(Locale.ROOT), new int[] {first, all.size()});
        }
        names = all.toArray(String[]::new);
        byLowerName = new HashMap<>(names.length * 2);
        boolean ascii = true;
        for (int i = 0; i < names.length; i++) { // loops, not streams: this runs on 22,000 names in every JVM that asks
            ascii &= isAscii(names[i]);
            ascii &= byLowerName.put(names[i].toLowerCase(Locale.ROOT), i) == null; // and no two names equal but for case
        }
        asciiNames = ascii;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return names.length;
    }

    String name(int index) {
        return names[index];
    }

    /** The index of an action ({@code ec2:DescribeRegions}, any case), or -1 when the catalog has none. */
    int indexOf(String action) {
        Integer i = byLowerName.get(action.toLowerCase(Locale.ROOT));
        return i == null ? -1 : i;
    }

    /** The service prefix of an index, lower case. */
    String serviceOf(int index) {
        String n = names[index];
        return n.substring(0, n.indexOf(':')).toLowerCase(Locale.ROOT);
    }

    /** How many actions service {@code prefix} has. */
    int serviceSize(String prefix) {
        int[] r = services.get(prefix);
        return r == null ? 0 : r[1] - r[0];
    }

    /** The actions an Action pattern matches (callers must not change the set). */
    BitSet matching(String pattern) {
        String key = pattern.toLowerCase(Locale.ROOT);
        BitSet known = memo.get(key);
        if (known != null) {
            return known;
        }
        BitSet out = compute(key);
        if (memo.size() < MEMO_LIMIT) {
            memo.putIfAbsent(key, out);
        }
        return out;
    }

    /** The catalog's own matching ({@link IamCatalog#matching}), as bits; {@code *} without a walk. */
    private BitSet compute(String pattern) {
        if (asciiNames && !pattern.isEmpty() && literalAscii(pattern)) { // most Action values (11,628 of the 12,914 distinct ones of the managed policies)
            BitSet one = new BitSet();
            Integer i = byLowerName.get(pattern);
            if (i != null) {
                one.set(i);
            }
            return one;
        }
        BitSet out = new BitSet(names.length);
        if (pattern.chars().allMatch(c -> c == '*')) {
            out.set(0, names.length);
            return out;
        }
        for (IamAction a : catalog.matching(pattern)) {
            Integer i = byLowerName.get(a.fullName().toLowerCase(Locale.ROOT));
            if (i != null) {
                out.set(i);
            }
        }
        return out;
    }

    /**
     * True when a lower-case pattern has no wildcard and only ASCII characters: it matches at most the
     * one action of that name, found by lookup. (With ASCII on both sides, the case-insensitive match
     * of the catalog's matcher is equality in lower case; other characters, such as U+017F, may match an
     * ASCII letter there, so they take the scan.)
     */
    private static boolean literalAscii(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
