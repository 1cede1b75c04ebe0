package io.ccmlint.core.schema;

import static io.ccmlint.core.schema.Shapes.letterOrDigit;
import static io.ccmlint.core.schema.Shapes.string;

import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A fast, conservative check of a {@code .ccm-lint.yml}: true only when
 * {@code ccm-lint-config.schema.json} certainly finds nothing wrong, false when it may (then the
 * general validator runs and words the message). It covers the whole schema as users write it, so
 * that a run with a valid config never sets up the general validator: that took about 70 ms of
 * the main thread, and some 750 classes of networknt and Jackson, before the first file was read. {@code ConfigShapeTest} holds it to the schema
 * (every config of the repository, and mutations of a config that uses every section).
 *
 * <p>It judges the tree as {@link SchemaValidator#toJson} gives it to the validator: a string is a
 * known {@code String} value (a quoted {@code "891928451355"}, or {@code off}: YAML 1.2 has no
 * yes/no/on/off booleans), a number a {@code BigDecimal}, and anything else (a value not fully
 * known, another kind of number) is left to the schema.
 */
final class ConfigShape {
    static final String SCHEMA = "ccm-lint-config.schema.json";
    private static final Set<String> SEVERITIES = Set.of("off", "error", "warning", "info");
    private static final Set<String> PARTITIONS = Set.of("aws", "aws-us-gov", "aws-cn");
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    /** Integers this far from zero are left to the schema: no doubt about how it compares them. */
    private static final BigDecimal HUGE = new BigDecimal("1e18");

    /** The schema's patterns, each implemented by hand by {@link Format} (a test pins them). */
    static final String ACCOUNT_ID_PATTERN = "^[A-Za-z0-9_-]{1,64}$";
    static final String HOST_PATTERN = "^[A-Za-z0-9.-]+(:[0-9]+)?$";
    static final String AWS_ACCOUNT_PATTERN = "^[0-9]{12}$";
    static final String RULE_ID_PATTERN = "^[A-Z][A-Z0-9]*[0-9]{3}$";
    static final String BASE_URL_PATTERN = "^https?://[^\\s/]+(/\\S*)?$";
    static final String FILE_TIMEOUT_PATTERN = "^[0-9]{1,9}(ms|s|m)?$";
    static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    static final String POINTER_PATTERN = "^(/.*)?$";

    /** What a string of the schema must be: minLength 1, or one of its patterns. */
    enum Format {
        NON_EMPTY, ACCOUNT_ID, HOST, AWS_ACCOUNT, RULE_ID, BASE_URL, FILE_TIMEOUT, DATE, POINTER;

        /** True only when the schema certainly accepts {@code s}; null is no string. */
        boolean accepts(String s) {
            if (s == null) {
                return false;
            }
            return switch (this) {
                case NON_EMPTY -> !s.isEmpty(); // one char or more is one code point or more
                case ACCOUNT_ID -> accountId(s);
                case HOST -> host(s);
                case AWS_ACCOUNT -> s.length() == 12 && digits(s, 0, 12);
                case RULE_ID -> ruleId(s);
                case BASE_URL -> baseUrl(s);
                case FILE_TIMEOUT -> fileTimeout(s);
                case DATE -> s.length() == 10 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7)
                        && s.charAt(7) == '-' && digits(s, 8, 10);
                case POINTER -> pointer(s);
            };
        }
    }

    private ConfigShape() {
    }

    static boolean certainlyValid(Node root) {
        if (!(root instanceof MapNode config)) {
            return false;
        }
        for (MapNode.Entry e : config.entries()) {
            Node v = e.value();
            boolean ok = switch (key(e)) {
                case "harness" -> harness(v);
                case "include", "exclude", "connectorRoles", "connectorPolicies" -> strings(v, Format.NON_EMPTY, 0);
                case "rules" -> rules(v);
                case "cloudformation" -> cloudFormation(v);
                case "terraform" -> terraform(v);
                case "helm" -> helm(v);
                case "forbiddenAccess" -> forbiddenAccess(v);
                case "docs" -> docs(v);
                case "limits" -> limits(v);
                case "suppressions" -> suppressions(v);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean harness(Node n) {
        if (!(n instanceof MapNode m)) {
            return false;
        }
        for (MapNode.Entry e : m.entries()) {
            Node v = e.value();
            boolean ok = switch (key(e)) {
                case "accountId" -> Format.ACCOUNT_ID.accepts(string(v));
                case "hosts" -> strings(v, Format.HOST, 0);
                case "ccmPrincipalAccounts" -> strings(v, Format.AWS_ACCOUNT, 0);
                case "audiences" -> strings(v, Format.NON_EMPTY, 0);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Rule IDs to a severity, or to an object of properties whose severity (if any) is one. */
    private static boolean rules(Node n) {
        if (!(n instanceof MapNode m)) {
            return false;
        }
        for (MapNode.Entry e : m.entries()) {
            if (!Format.RULE_ID.accepts(e.key())) {
                return false;
            }
            if (e.value() instanceof MapNode properties) {
                for (MapNode.Entry p : properties.entries()) {
                    if ("severity".equals(p.key()) && !oneOf(SEVERITIES, string(p.value()))) {
                        return false;
                    }
                }
            } else if (!oneOf(SEVERITIES, string(e.value()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean cloudFormation(Node n) {
        if (!(n instanceof MapNode m)) {
            return false;
        }
        for (MapNode.Entry e : m.entries()) {
            boolean ok = switch (key(e)) {
                case "partition" -> oneOf(PARTITIONS, string(e.value()));
                case "stacks" -> e.value() instanceof ListNode stacks && all(stacks, Item.STACK);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean stack(Node n) {
        if (!(n instanceof MapNode m)) {
            return false;
        }
        boolean template = false;
        for (MapNode.Entry e : m.entries()) {
            Node v = e.value();
            boolean ok = switch (key(e)) {
                case "template" -> {
                    template = true;
                    yield Format.NON_EMPTY.accepts(string(v));
                }
                case "parameters" -> values(v, false);
                case "parameterFiles" -> strings(v, Format.NON_EMPTY, 0);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return template;
    }

    private static boolean terraform(Node n) {
        if (!(n instanceof MapNode m)) {
            return false;
        }
        for (MapNode.Entry e : m.entries()) {
            if (!"varFiles".equals(e.key()) || !strings(e.value(), Format.NON_EMPTY, 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean helm(Node n) {
        if (!(n instanceof MapNode m)) {
            return false;
        }
        for (MapNode.Entry e : m.entries()) {
            if (!"releases".equals(e.key()) || !(e.value() instanceof ListNode releases) || !all(releases, Item.RELEASE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean release(Node n) {
        if (!(n instanceof MapNode m)) {
            return false;
        }
        boolean chart = false;
        for (MapNode.Entry e : m.entries()) {
            Node v = e.value();
            boolean ok = switch (key(e)) {
                case "chart" -> {
                    chart = true;
                    yield Format.NON_EMPTY.accepts(string(v));
                }
                case "name", "namespace" -> Format.NON_EMPTY.accepts(string(v));
                case "values" -> strings(v, Format.NON_EMPTY, 0);
                case "set" -> values(v, true);
                case "setString" -> values(v, false);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return chart;
    }

    private static boolean forbiddenAccess(Node n) {
        return n instanceof ListNode list && all(list, Item.FORBIDDEN_ACCESS);
    }

    private static boolean forbidden(Node n) {
        if (!(n instanceof MapNode m)) {
            return false;
        }
        boolean principals = false;
        boolean actions = false;
        boolean reason = false;
        for (MapNode.Entry e : m.entries()) {
            Node v = e.value();
            boolean ok = switch (key(e)) {
                case "principals" -> {
                    principals = true;
                    yield strings(v, Format.NON_EMPTY, 1);
                }
                case "actions" -> {
                    actions = true;
                    yield strings(v, Format.NON_EMPTY, 1);
                }
                case "resources" -> strings(v, Format.NON_EMPTY, 1);
                case "reason" -> {
                    reason = true;
                    yield Format.NON_EMPTY.accepts(string(v));
                }
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return principals && actions && reason;
    }

    private static boolean docs(Node n) {
        if (!(n instanceof MapNode m)) {
            return false;
        }
        for (MapNode.Entry e : m.entries()) {
            if (!"baseUrl".equals(e.key()) || !Format.BASE_URL.accepts(string(e.value()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean limits(Node n) {
        if (!(n instanceof MapNode m)) {
            return false;
        }
        for (MapNode.Entry e : m.entries()) {
            Node v = e.value();
            boolean ok = switch (key(e)) {
                case "maxFileSize" -> integer(v, BigDecimal.ONE, null);
                case "maxNestingDepth" -> integer(v, BigDecimal.ONE, BigDecimal.valueOf(5000));
                case "maxStringLength", "maxYamlNodes" -> integer(v, BigDecimal.ONE, INT_MAX);
                case "maxYamlAliases" -> integer(v, BigDecimal.ZERO, BigDecimal.valueOf(100000));
                case "fileTimeout" -> Format.FILE_TIMEOUT.accepts(string(v));
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean suppressions(Node n) {
        return n instanceof ListNode list && all(list, Item.SUPPRESSION);
    }

    private static boolean suppression(Node n) {
        if (!(n instanceof MapNode m)) {
            return false;
        }
        boolean path = false;
        boolean rule = false;
        boolean reason = false;
        for (MapNode.Entry e : m.entries()) {
            String s = string(e.value());
            boolean ok = switch (key(e)) {
                case "path" -> {
                    path = true;
                    yield Format.NON_EMPTY.accepts(s);
                }
                case "rule" -> {
                    rule = true;
                    yield Format.RULE_ID.accepts(s);
                }
                case "reason" -> {
                    reason = true;
                    yield Format.NON_EMPTY.accepts(s);
                }
                case "until" -> Format.DATE.accepts(s);
                case "pointer" -> Format.POINTER.accepts(s);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return path && rule && reason;
    }

    /** The objects of the schema's lists of objects (a switch, not lambdas: nothing to set up at start-up). */
    private enum Item { STACK, RELEASE, FORBIDDEN_ACCESS, SUPPRESSION }

    private static boolean all(ListNode list, Item item) {
        for (Node n : list.items()) {
            boolean ok = switch (item) {
                case STACK -> stack(n);
                case RELEASE -> release(n);
                case FORBIDDEN_ACCESS -> forbidden(n);
                case SUPPRESSION -> suppression(n);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A list of at least {@code minItems} strings, each of {@code format}. */
    private static boolean strings(Node n, Format format, int minItems) {
        if (!(n instanceof ListNode list) || list.items().size() < minItems) {
            return false;
        }
        for (Node item : list.items()) {
            if (!format.accepts(string(item))) {
                return false;
            }
        }
        return true;
    }

    /** An object of strings, numbers, booleans and, when {@code nulls}, nulls (parameters, Helm's set). */
    private static boolean values(Node n, boolean nulls) {
        if (!(n instanceof MapNode m)) {
            return false;
        }
        for (MapNode.Entry e : m.entries()) {
            if (!(e.value() instanceof ScalarNode s) || !s.scalar().isKnown()) {
                return false;
            }
            Object v = s.scalar().value();
            if (!(v instanceof String || v instanceof BigDecimal || v instanceof Boolean || v == null && nulls)) {
                return false;
            }
        }
        return true;
    }

    /** An integer (1.0 and 1e3 are: the schema asks for the value, not the spelling) within the bounds. */
    private static boolean integer(Node n, BigDecimal min, BigDecimal max) {
        if (!(n instanceof ScalarNode s) || !(s.scalar().value() instanceof BigDecimal d)) {
            return false;
        }
        return d.abs().compareTo(HUGE) < 0 && (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0)
                && d.compareTo(min) >= 0 && (max == null || d.compareTo(max) <= 0);
    }

    /** Set.of's contains throws on null. */
    private static boolean oneOf(Set<String> values, String s) {
        return s != null && values.contains(s);
    }


    /** The key as the validator sees it; "" for none (a key not known here), which no object of the schema has. */
    private static String key(MapNode.Entry e) {
        String k = e.key();
        return k == null ? "" : k;
    }

    static boolean accountId(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!letterOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** A name of letters, digits, dots and hyphens, and an optional port. */
    static boolean host(String s) {
        int i = 0;
        char c;
        while (i < s.length() && (letterOrDigit(c = s.charAt(i)) || c == '.' || c == '-')) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == s.length()) {
            return true;
        }
        return s.charAt(i) == ':' && i + 1 < s.length() && digits(s, i + 1, s.length());
    }

    static boolean ruleId(String s) {
        int n = s.length();
        if (n < 4 || s.charAt(0) < 'A' || s.charAt(0) > 'Z' || !digits(s, n - 3, n)) {
            return false;
        }
        for (int i = 1; i < n - 3; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * http(s)://, a host and an optional path, all in visible ASCII: whatever else the pattern's
     * {@code \s} and {@code \S} take (non-ASCII spaces differ between regex engines) is left to it.
     */
    static boolean baseUrl(String s) {
        int host = s.startsWith("https://") ? 8 : s.startsWith("http://") ? 7 : -1;
        if (host < 0 || host == s.length() || s.charAt(host) == '/') {
            return false;
        }
        for (int i = host; i < s.length(); i++) {
            if (!visibleAscii(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean fileTimeout(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == 0 || i > 9) {
            return false;
        }
        String unit = s.substring(i);
        return unit.isEmpty() || unit.equals("ms") || unit.equals("s") || unit.equals("m");
    }

    /**
     * Empty, or '/' and anything on one line ({@code .} takes no line terminator). Surrogates are
     * left to the schema: engines differ on a lone one.
     */
    static boolean pointer(String s) {
        if (s.isEmpty()) {
            return true;
        }
        if (s.charAt(0) != '/') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }


    private static boolean visibleAscii(char c) {
        return c > ' ' && c < 0x7f;
    }
}
