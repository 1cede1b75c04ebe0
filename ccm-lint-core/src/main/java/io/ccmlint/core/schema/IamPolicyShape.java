package io.ccmlint.core.schema;

import static io.ccmlint.core.schema.Shapes.letterOrDigit;
import static io.ccmlint.core.schema.Shapes.string;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A fast, conservative check of the most common IAM policy shape: true only when
 * {@code iam-policy.schema.json} certainly finds nothing wrong (statements of Sid, Effect,
 * Action/NotAction, Resource/NotResource and Condition). Anything else (a Principal, any doubt) is
 * left to the schema, which stays the one definition of the grammar: the condition operators are
 * read from it, and a test pins the Sid and action patterns checked here by hand. The general
 * validator took 40% of the rule time of a run over 80,000 policies. {@code IamPolicyShapeTest}
 * checks that it never accepts what the schema rejects.
 */
final class IamPolicyShape {
    static final String SCHEMA = "iam-policy.schema.json";
    private static final Set<String> POLICY_KEYS = Set.of("Version", "Id", "Statement");
    private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
    /** The schema's Sid and action patterns, which {@link #sid} and {@link #action} implement (a test pins them). */
    static final String SID_PATTERN = "^[A-Za-z0-9]*$";
    static final String ACTION_PATTERN = "^(\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+)$";
    private static final Pattern OPERATOR = pattern(grammar(), "/$defs/condition/propertyNames/pattern");
    /**
     * Condition operators seen to match {@link #OPERATOR}: a look-up costs less than the regex under
     * C1, and only matches are added, so it holds at most the couple of hundred the pattern allows.
     */
    private static final Set<String> MATCHED_OPERATORS = ConcurrentHashMap.newKeySet();

    private IamPolicyShape() {
    }

    static boolean certainlyValid(Node root) {
        if (!(root instanceof MapNode policy) || !policy.has("Statement")) {
            return false;
        }
        for (MapNode.Entry e : policy.entries()) {
            boolean ok = switch (e.key()) {
                case "Version" -> string(e.value()) != null && VERSIONS.contains(string(e.value())); // Set.of rejects null
                case "Id" -> string(e.value()) != null;
                case "Statement" -> statements(e.value());
                default -> false;
            };
            if (!ok || !POLICY_KEYS.contains(e.key())) {
                return false;
            }
        }
        return true;
    }

    // Loops and one pass over a statement's entries, no streams, lambdas or repeated key look-ups:
    // this runs on every statement of every policy, under the launcher's C1-only JIT.
    private static boolean statements(Node n) {
        if (n instanceof ListNode list) {
            if (list.items().isEmpty()) {
                return false;
            }
            for (Node item : list.items()) {
                if (!statement(item)) {
                    return false;
                }
            }
            return true;
        }
        return statement(n);
    }

    private static boolean statement(Node n) {
        if (!(n instanceof MapNode s)) {
            return false;
        }
        boolean effect = false;
        boolean action = false;
        boolean notAction = false;
        boolean resource = false;
        boolean notResource = false;
        for (MapNode.Entry e : s.entries()) {
            Node v = e.value();
            boolean ok = switch (e.key()) {
                case "Sid" -> sid(string(v));
                case "Effect" -> {
                    effect = true;
                    yield "Allow".equals(string(v)) || "Deny".equals(string(v));
                }
                case "Action" -> {
                    action = true;
                    yield allActions(v);
                }
                case "NotAction" -> {
                    notAction = true;
                    yield allActions(v);
                }
                case "Resource" -> {
                    resource = true;
                    yield allNonEmpty(v);
                }
                case "NotResource" -> {
                    notResource = true;
                    yield allNonEmpty(v);
                }
                case "Condition" -> condition(v);
                default -> false; // Principal, NotPrincipal (the schema decides) or no statement key
            };
            if (!ok) {
                return false;
            }
        }
        return effect && action != notAction && resource != notResource;
    }

    /** An object of operators, each testing at least one key against values or lists of values. */
    private static boolean condition(Node n) {
        if (!(n instanceof MapNode operators)) {
            return false;
        }
        for (MapNode.Entry op : operators.entries()) {
            if (!operator(op.key()) || !(op.value() instanceof MapNode keys) || keys.entries().isEmpty()) {
                return false;
            }
            for (MapNode.Entry key : keys.entries()) {
                if (!conditionValues(key.value())) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean operator(String key) {
        if (MATCHED_OPERATORS.contains(key)) {
            return true;
        }
        if (!OPERATOR.matcher(key).matches()) {
            return false;
        }
        MATCHED_OPERATORS.add(key);
        return true;
    }

    private static boolean conditionValues(Node n) {
        if (n instanceof ListNode list) {
            for (Node item : list.items()) {
                if (!conditionValue(item)) {
                    return false;
                }
            }
            return true;
        }
        return conditionValue(n);
    }

    /** A string, boolean or number (the readers give numbers as BigDecimal; null is not one). */
    private static boolean conditionValue(Node n) {
        return n instanceof ScalarNode s && (s.scalar().isText() || s.scalar().value() instanceof Boolean
                || s.scalar().value() instanceof BigDecimal);
    }

    /** A string, or a non-empty list of strings, each an {@link #action}. */
    private static boolean allActions(Node n) {
        if (n instanceof ListNode list) {
            if (list.items().isEmpty()) {
                return false;
            }
            for (Node item : list.items()) {
                String s = string(item);
                if (s == null || !action(s)) {
                    return false;
                }
            }
            return true;
        }
        String s = string(n);
        return s != null && action(s);
    }

    /** A non-empty string, or a non-empty list of them (Resource, NotResource). */
    private static boolean allNonEmpty(Node n) {
        if (n instanceof ListNode list) {
            if (list.items().isEmpty()) {
                return false;
            }
            for (Node item : list.items()) {
                String s = string(item);
                if (s == null || s.isEmpty()) {
                    return false;
                }
            }
            return true;
        }
        String s = string(n);
        return s != null && !s.isEmpty();
    }

    /*
     * Sid and Action are checked by hand: they are in every statement, and the regex engine, as the
     * launcher's C1-only JIT runs it, takes about half a microsecond a value (0.3 s of CPU for the
     * 600,000 actions of 16,000 managed policies).
     */
    static boolean sid(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!letterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean action(String s) {
        int n = s.length();
        if (n == 1) {
            return s.charAt(0) == '*';
        }
        int i = 0;
        char c = 0;
        while (i < n && (letterOrDigit(c = s.charAt(i)) || c == '-')) {
            i++; // the service prefix
        }
        if (i == 0 || i >= n - 1 || c != ':') {
            return false;
        }
        for (i++; i < n; i++) {
            c = s.charAt(i);
            if (!letterOrDigit(c) && c != '*' && c != '?') {
                return false;
            }
        }
        return true;
    }



    /**
     * The schema, read with ccm-lint's own JSON reader: Jackson's ObjectMapper, which no other part
     * of a run with text output needs, takes longer to set up (about 30 ms of CPU) than this read.
     */
    private static Node grammar() {
        try (InputStream in = IamPolicyShape.class.getResourceAsStream("/io/ccmlint/schemas/" + SCHEMA)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new JsonTreeReader().read(SourceFile.of(SCHEMA, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseProblem e) {
            throw new IllegalStateException(SCHEMA + " is not JSON", e);
        }
    }

    /** A pattern of the schema, which anchors it with ^...$ (matches() anchors anyway). */
    private static Pattern pattern(Node grammar, String pointer) {
        Node at = grammar.at(pointer);
        String regex = at == null ? null : at.asText();
        if (regex == null || regex.isEmpty()) {
            throw new IllegalStateException(SCHEMA + " has no pattern at " + pointer);
        }
        return Pattern.compile(regex);
    }
}
