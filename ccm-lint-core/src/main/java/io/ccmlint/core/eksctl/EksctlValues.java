package io.ccmlint.core.eksctl;

import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.value.Template;
import java.util.Locale;
import java.util.Set;

/**
 * Scalars of a ClusterConfig as eksctl reads them: it decodes the YAML with sigs.k8s.io/yaml (YAML
 * 1.1, so a plain {@code yes} or {@code off} is a boolean) into typed Go fields, and a value of
 * the wrong type makes it reject the file. A reader here gives null for such a value rather than guess.
 */
final class EksctlValues {
    /** YAML 1.1's plain booleans (go-yaml v2, which sigs.k8s.io/yaml uses), lower-cased. */
    private static final Set<String> TRUE = Set.of("y", "yes", "on", "true");
    private static final Set<String> FALSE = Set.of("n", "no", "off", "false");

    private EksctlValues() {
    }

    /** The value of a string field, or null when absent, null, empty or not a string. */
    static Scalar string(Node n) {
        return n instanceof ScalarNode s && s.scalar().value() instanceof String text && !text.isEmpty() ? s.scalar() : null;
    }

    /**
     * A boolean field as eksctl reads it: TRUE or FALSE, FALSE also for null (an empty value), and
     * null when absent or not a boolean (a quoted {@code "true"} is a string: eksctl rejects it).
     */
    static Boolean bool(Node n) {
        if (!(n instanceof ScalarNode s) || !s.scalar().isKnown()) {
            return null;
        }
        Object v = s.scalar().value();
        if (v == null) {
            return Boolean.FALSE;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String text && s.style() == ScalarStyle.YAML_PLAIN) {
            String t = text.toLowerCase(Locale.ROOT);
            return TRUE.contains(t) ? Boolean.TRUE : FALSE.contains(t) ? Boolean.FALSE : null;
        }
        return null;
    }

    /** True when a boolean field is {@code true} (see {@link #bool}). */
    static boolean isTrue(Node n) {
        return Boolean.TRUE.equals(bool(n));
    }

    /** A value that stands for what cannot be read at {@code n} (a field of the wrong type). */
    static Scalar unreadable(Node n, String what) {
        return Scalar.partial(Template.unknown(what, n.span()), n.span(), ScalarStyle.YAML_PLAIN);
    }
}
