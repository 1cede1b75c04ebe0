package io.ccmlint.core.iam.access;

import io.ccmlint.core.aws.catalog.IamAction;
import io.ccmlint.core.aws.catalog.IamCatalog;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Every action of the bundled catalog numbered once, so that what a statement allows is a
 * {@link BitSet} and putting policies together is a few word operations rather than pattern
 * matching per request. Services are numbered in prefix order, each one's actions in name order,
 * so a service is one run of bits.
 *
 * <p>Where each service's run starts comes from the catalog's action counts, known without parsing
 * a service; a service's actions are numbered when it is first asked about. A run that only asks
 * about {@code ec2:DescribeRegions} parses EC2 alone, and {@code *} or a NotAction's complement
 * needs only the total.
 */
final class ActionIndex {
    private static volatile ActionIndex instance;
    private static final int MEMO_LIMIT = 50_000;

    private final IamCatalog catalog;
    private final String[] prefixes;                 // service number -> lower-case prefix, sorted
    private final int[] starts;                      // service number -> its first index; starts[prefixes.length]: the size
    private final Map<String, Integer> numbers;      // lower-case prefix -> service number
    private final AtomicReferenceArray<Run> runs;    // service number -> its actions, null until first asked
    private final Map<String, BitSet> memo = new ConcurrentHashMap<>();
    /** Every prefix is ASCII: a literal ASCII pattern then names only actions of the service its prefix spells. */
    private final boolean asciiPrefixes;

    /**
     * One service's actions in index order.
     *
     * @param byLowerName lower-case service:action -> index within the run
     * @param asciiNames every name is ASCII and unique in lower case: a literal ASCII pattern is then a lookup
     */
    private record Run(String[] names, Map<String, Integer> byLowerName, boolean asciiNames) {
    }

    ActionIndex(IamCatalog catalog) {
        this.catalog = catalog;
        prefixes = new TreeSet<>(catalog.prefixes()).toArray(String[]::new);
        starts = new int[prefixes.length + 1];
        numbers = new HashMap<>(prefixes.length * 2);
        boolean ascii = true;
        for (int s = 0; s < prefixes.length; s++) {
            starts[s + 1] = starts[s] + catalog.actionCount(prefixes[s]);
            numbers.put(prefixes[s], s);
            ascii &= isAscii(prefixes[s]);
        }
        asciiPrefixes = ascii;
        runs = new AtomicReferenceArray<>(prefixes.length);
    }

    static ActionIndex get() {
        ActionIndex i = instance;
        if (i == null) {
            synchronized (ActionIndex.class) {
                i = instance;
                if (i == null) {
                    i = new ActionIndex(IamCatalog.get());
                    instance = i;
                }
            }
        }
        return i;
    }

    int size() {
        return starts[prefixes.length];
    }

    String name(int index) {
        int s = serviceAt(index);
        return run(s).names[index - starts[s]];
    }

    /** The index of an action ({@code ec2:DescribeRegions}, any case), or -1 when the catalog has none. */
    int indexOf(String action) {
        String key = action.toLowerCase(Locale.ROOT);
        int colon = key.indexOf(':');
        Integer s = colon < 0 ? null : numbers.get(key.substring(0, colon));
        if (s == null) {
            return -1;
        }
        Integer i = run(s).byLowerName.get(key);
        return i == null ? -1 : starts[s] + i;
    }

    /** The service prefix of an index, lower case. */
    String serviceOf(int index) {
        return prefixes[serviceAt(index)];
    }

    /** Where the run of the service of {@code index} ends (exclusive). */
    int serviceEnd(int index) {
        return starts[serviceAt(index) + 1];
    }

    /** How many actions service {@code prefix} (lower case) has. */
    int serviceSize(String prefix) {
        Integer s = numbers.get(prefix);
        return s == null ? 0 : starts[s + 1] - starts[s];
    }

    /** How many services have had their actions numbered (a question about one action numbers one). */
    int servicesNumbered() {
        int n = 0;
        for (int s = 0; s < runs.length(); s++) {
            n += runs.get(s) == null ? 0 : 1;
        }
        return n;
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

    /** The catalog's own matching ({@link IamCatalog#matching}), as bits; a service's run or all of them without a walk. */
    private BitSet compute(String pattern) {
        BitSet out = new BitSet();
        if (pattern.chars().allMatch(c -> c == '*')) { // "" too
            out.set(0, size());
            return out;
        }
        int colon = pattern.indexOf(':');
        String servicePart = colon < 0 ? pattern : pattern.substring(0, colon);
        boolean literalService = colon >= 0 && servicePart.indexOf('*') < 0 && servicePart.indexOf('?') < 0;
        Integer s = literalService ? numbers.get(servicePart) : null;
        if (literalAscii(pattern)) { // most Action values (11,628 of the 12,914 distinct ones of the managed policies)
            if (s == null) { // no ':' (every name has one), or a service the catalog lacks
                return out;
            }
            Run run = run(s);
            if (asciiPrefixes && run.asciiNames) {
                Integer i = run.byLowerName.get(pattern);
                if (i != null) {
                    out.set(starts[s] + i);
                }
                return out;
            }
        }
        if (literalService && allStars(pattern, colon + 1)) { // svc:*, every action of one service
            if (s != null) {
                out.set(starts[s], starts[s + 1]);
            }
            return out;
        }
        for (IamAction a : catalog.matching(pattern)) {
            int i = indexOf(a.fullName());
            if (i >= 0) {
                out.set(i);
            }
        }
        return out;
    }

    /** The service whose run holds {@code index}: the last one starting at or before it (services without actions have empty runs). */
    private int serviceAt(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int lo = 0;
        int hi = prefixes.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Service {@code s}'s actions, numbered on first use; two threads may both number it, either (equal) run is kept. */
    private Run run(int s) {
        Run r = runs.get(s);
        if (r == null) {
            r = number(s);
            if (!runs.compareAndSet(s, null, r)) {
                r = runs.get(s);
            }
        }
        return r;
    }

    private Run number(int s) {
        TreeSet<String> sorted = new TreeSet<>();
        for (IamAction a : catalog.service(prefixes[s]).orElseThrow().actions()) {
            sorted.add(a.fullName());
        }
        String[] names = sorted.toArray(String[]::new);
        int counted = starts[s + 1] - starts[s];
        if (names.length != counted) { // the runs after it would be numbered wrong
            throw new IllegalStateException("IAM action catalog: service " + prefixes[s] + " has " + names.length
                    + " distinct actions, its text counts " + counted);
        }
        Map<String, Integer> byLowerName = new HashMap<>(names.length * 2);
        boolean ascii = true;
        for (int i = 0; i < names.length; i++) {
            ascii &= isAscii(names[i]);
            ascii &= byLowerName.put(names[i].toLowerCase(Locale.ROOT), i) == null; // and no two names equal but for case
        }
        return new Run(names, byLowerName, ascii);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code s} from {@code from} on is one or more {@code *}. */
    private static boolean allStars(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) != '*') {
                return false;
            }
        }
        return true;
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
