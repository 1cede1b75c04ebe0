package io.ccmlint.core.aws.catalog;

import io.ccmlint.core.iam.ConditionOperator.Family;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Condition keys as the catalog defines them: which keys are global, which an action supports
 * (itself or through a resource type it uses), and each key's type and multiplicity.
 *
 * <p>Key names are matched as IAM matches them, without regard to case; a defined key with a
 * placeholder ({@code aws:ResourceTag/${TagKey}}, {@code s3:ExistingObjectTag/<key>},
 * {@code kms:EncryptionContext:${EncryptionContextKey}}) stands for every key with some non-empty
 * text in its place ({@code aws:ResourceTag/team}; a tag key may itself hold {@code /} or {@code :}),
 * but not for the bare prefix ({@code aws:ResourceTag}).
 *
 * <p>Types are only given for keys of AWS's own namespaces: {@code aws:} and the service prefixes
 * of the catalog. Keys of an identity provider ({@code saml:}, {@code accounts.google.com:},
 * {@code <oidc-provider>:sub}) are the provider's claims: the catalog lists some under AWS STS,
 * but their shape is the provider's ({@code saml:mail} and {@code cognito-identity.amazonaws.com:amr}
 * are lists, typed {@code String} there), so nothing is known of them here.
 */
public final class ConditionKeys {
    /**
     * Types the catalog lacks, from AWS's page "AWS global condition context keys": aws:EpochTime
     * "works with date operators or numeric operators".
     */
    private static final Map<String, String> ALSO = Map.of("aws:EpochTime", "Numeric");

    private static volatile ConditionKeys instance;

    private final IamCatalog catalog;
    private final KeyIndex globals;
    private final KeyIndex all;
    private final Map<String, Optional<KeyType>> typeMemo = new ConcurrentHashMap<>();
    private final Map<String, Optional<KeyType>> globalMemo = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> usedKeys = new ConcurrentHashMap<>();

    private ConditionKeys(IamCatalog catalog) {
        this.catalog = catalog;
        this.globals = new KeyIndex(withDocumentedTypes(single(catalog.globalConditionKeys()), Set.of()));
        this.all = new KeyIndex(withDocumentedTypes(catalog.conditionKeyTypes(), catalog.multivaluedInUse()));
    }

    /** The keys of the bundled catalog. */
    public static ConditionKeys get() {
        ConditionKeys k = instance;
        if (k == null) {
            synchronized (ConditionKeys.class) {
                k = instance;
                if (k == null) {
                    k = new ConditionKeys(IamCatalog.get());
                    instance = k;
                }
            }
        }
        return k;
    }

    /** The keys of another catalog (tests). */
    static ConditionKeys of(IamCatalog catalog) {
        return new ConditionKeys(catalog);
    }

    /** The type of a key: its catalog types (normally one, {@code String}, {@code ArrayOfString}...). */
    public record KeyType(Set<String> types) {
        public KeyType {
            types = Set.copyOf(types);
        }

        /** True when some definition makes it multivalued (an {@code ArrayOf...} type). */
        public boolean multiValued() {
            return types.stream().anyMatch(t -> t.startsWith("ArrayOf"));
        }

        /** True when every definition makes it single-valued: at most one value in a request. */
        public boolean singleValued() {
            return !types.isEmpty() && !multiValued();
        }

        /**
         * The operator families its types are compared with ({@code ArrayOfString} is compared with
         * String operators), or empty when some type is not one ccm-lint knows: then nothing is
         * known of the key's operators.
         */
        public Set<Family> families() {
            Set<Family> out = java.util.EnumSet.noneOf(Family.class);
            for (String t : types) {
                var f = familyOf(t.startsWith("ArrayOf") ? t.substring("ArrayOf".length()) : t);
                if (f == null) {
                    return Set.of();
                }
                out.add(f);
            }
            return out;
        }

        /** For messages: {@code String}, or {@code Date or Numeric}. */
        public String describe() {
            return String.join(" or ", new java.util.TreeSet<>(types));
        }

        private static Family familyOf(String t) {
            return switch (t) {
                case "String" -> Family.STRING;
                case "Numeric" -> Family.NUMERIC;
                case "Date" -> Family.DATE;
                case "Bool" -> Family.BOOL;
                case "Binary" -> Family.BINARY;
                case "IPAddress" -> Family.IP_ADDRESS;
                case "ARN" -> Family.ARN;
                default -> null;
            };
        }
    }

    /** The global key {@code key} names ({@code aws:SourceIp}, {@code aws:PrincipalTag/team}), with its type. */
    public Optional<KeyType> global(String key) {
        if (key == null) {
            return Optional.empty();
        }
        // memoized as type() is: CCM114 asks it of every condition key of every statement, and a
        // look-up walks a case-insensitive tree and the key's service's templates
        Optional<KeyType> known = globalMemo.get(key);
        if (known != null) {
            return known;
        }
        Optional<KeyType> t = globals.lookup(key).map(KeyType::new);
        if (globalMemo.size() < IamCatalog.MEMO_LIMIT) {
            globalMemo.putIfAbsent(key, t);
        }
        return t;
    }

    /**
     * The type of {@code key}: every definition of it in the catalog, global or of any service.
     * Empty when no definition names it, and for keys outside AWS's namespaces (see the class
     * comment).
     */
    public Optional<KeyType> type(String key) {
        if (key == null || !awsNamespace(key)) {
            return Optional.empty();
        }
        Optional<KeyType> known = typeMemo.get(key);
        if (known != null) {
            return known;
        }
        Optional<KeyType> t = all.lookup(key).map(KeyType::new);
        if (typeMemo.size() < IamCatalog.MEMO_LIMIT) {
            typeMemo.putIfAbsent(key, t);
        }
        return t;
    }

    /** True when some definition of the catalog names {@code key} (see {@link #type}). */
    public boolean defined(String key) {
        return type(key).isPresent();
    }

    /**
     * True when {@code key}'s prefix is {@code aws} or a service prefix of the catalog: a namespace
     * whose keys the catalog lists (else it is an identity provider's, or a service it lacks).
     */
    public boolean awsNamespace(String key) {
        String prefix = prefix(key);
        return prefix != null && (prefix.equalsIgnoreCase("aws") || catalog.hasService(prefix));
    }

    /** The part before the first {@code :}, or null when there is none. */
    public static String prefix(String key) {
        return KeyNames.prefix(key);
    }

    /** True when the defined key {@code defined} (perhaps a template) names {@code key}, as IAM compares keys. */
    public boolean names(String defined, String key) {
        return KeyNames.names(defined, key);
    }

    /**
     * True when {@code action} supports {@code key}: one of its own condition keys, or a key of a
     * resource type it uses, names it. Global keys count only where the action or its resource
     * types list them (as they list {@code aws:ResourceTag/${TagKey}}); ask {@link #global} for the rest.
     */
    public boolean actionSupports(IamAction action, String key) {
        for (String k : action.conditionKeys()) {
            if (KeyNames.names(k, key)) {
                return true;
            }
        }
        for (IamAction.ResourceUse use : action.resourceTypes()) {
            for (String k : use.type().conditionKeys()) {
                if (KeyNames.names(k, key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the actions of a statement support a condition key. */
    public enum Support {
        /** A global key, or a key some matched action supports. */
        SUPPORTED,
        /** No action the patterns match supports it: the key is never in their requests. */
        UNSUPPORTED,
        /** The catalog cannot tell: an action or service it does not know, a key of another namespace. */
        UNKNOWN
    }

    /**
     * Whether the actions {@code actionPatterns} match (Action values as written, IAM wildcards
     * allowed) support {@code key}: a global key always; else a key some matched action supports
     * ({@link #actionSupports}). A pattern over every service ({@code *}, {@code *:Get*}) matches
     * some action of every service, so there any key the catalog defines counts. Unknown when a
     * pattern matches nothing the catalog knows (a newer or retired action, a service it lacks), it
     * matches an action of the key's service that the catalog knows only by name, or the key's
     * namespace is not AWS's.
     */
    public Support support(String key, java.util.Collection<String> actionPatterns) {
        if (prefix(key) == null) {
            return Support.UNSUPPORTED;
        }
        if (global(key).isPresent()) {
            return Support.SUPPORTED;
        }
        if (!awsNamespace(key)) {
            return Support.UNKNOWN;
        }
        boolean unknown = false;
        for (String pattern : actionPatterns) {
            String service = prefix(pattern);
            if (service == null && !pattern.chars().allMatch(c -> c == '*')) {
                unknown = true;   // not service:Action: CCM107's business
                continue;
            }
            if (service == null || service.indexOf('*') >= 0 || service.indexOf('?') >= 0) {
                if (defined(key)) {
                    return Support.SUPPORTED;
                }
                continue;
            }
            Optional<IamCatalog.Service> s = catalog.service(service);
            List<IamAction> matched = s.isPresent() && !s.get().legacy() ? catalog.matching(pattern) : List.of();
            if (matched.isEmpty()) {
                unknown = true;
            }
            for (IamAction a : matched) {
                if (a.levels().isEmpty()) {
                    // known by name only: it may support its own service's keys (those of another service, hardly)
                    unknown |= a.service().equalsIgnoreCase(prefix(key));
                } else if (actionSupports(a, key)) {
                    return Support.SUPPORTED;
                }
            }
        }
        return unknown || mappedNowhere(key) ? Support.UNKNOWN : Support.UNSUPPORTED;
    }

    /**
     * True when the service of {@code key}'s prefix defines it but lists it for none of its actions
     * or resource types ({@code iottwinmaker:linkedServices}): the reference then does not say
     * which actions support it, so no action can be said not to.
     */
    private boolean mappedNowhere(String key) {
        Optional<IamCatalog.Service> s = catalog.service(prefix(key));
        if (s.isEmpty()) {
            return false;
        }
        Set<String> used = usedKeys.computeIfAbsent(s.get().prefix().toLowerCase(Locale.ROOT), p -> used(s.get()));
        for (String defined : s.get().conditionKeys().keySet()) {
            if (KeyNames.names(defined, key) && !used.contains(defined.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The keys (lower case) some action or resource type of the service lists. */
    private static Set<String> used(IamCatalog.Service s) {
        Set<String> out = new HashSet<>();
        for (IamAction a : s.actions()) {
            a.conditionKeys().forEach(k -> out.add(k.toLowerCase(Locale.ROOT)));
        }
        for (ResourceType t : s.resourceTypes()) {
            t.conditionKeys().forEach(k -> out.add(k.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(out);
    }

    private static Map<String, Set<String>> single(Map<String, String> types) {
        Map<String, Set<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        types.forEach((k, t) -> out.put(k, Set.of(t)));
        return out;
    }

    /** The catalog's types, with {@link #ALSO} and, for keys AWS uses as multivalued, the ArrayOf form of their type. */
    private static Map<String, Set<String>> withDocumentedTypes(Map<String, Set<String>> types, Set<String> multivalued) {
        Map<String, Set<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        out.putAll(types);
        for (String key : multivalued) {
            Set<String> t = out.get(key);
            if (t == null) {
                continue;   // a concrete key of a template (ec2:ResourceTag/x) is not marked: only whole keys are
            }
            Set<String> more = new HashSet<>(t);
            t.stream().filter(x -> !x.isEmpty()).forEach(x -> more.add("ArrayOf" + x));
            out.put(key, Set.copyOf(more));
        }
        ALSO.forEach((key, type) -> out.computeIfPresent(key, (k, t) -> {
            Set<String> more = new HashSet<>(t);
            more.add(type);
            return Set.copyOf(more);
        }));
        return out;
    }
}
