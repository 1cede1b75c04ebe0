package io.ccmlint.core.schema;

import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;

/** What the hand-written shape checks ({@link IamPolicyShape}, {@link ConfigShape}) both ask of a tree. */
final class Shapes {
    private Shapes() {
    }

    /** A known string value, as {@link SchemaValidator#toJson} gives it to the validator; null for anything else. */
    static String string(Node n) {
        return n instanceof ScalarNode s && s.scalar().value() instanceof String v ? v : null;
    }

    /** What the schemas' {@code [A-Za-z0-9]} takes. */
    static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
