package io.ccmlint.core.helm.template;

import io.ccmlint.core.source.SourceFile;

/**
 * One parsed template: its name, the file it was parsed from ({@code parseName}, Go's ParseName: for a
 * {@code define} it is the file's template name), and its body.
 */
public record Tree(String name, String parseName, Node.ListNode root, SourceFile source) {
    /** Whether the body is nothing but space and comments (Go's IsEmptyTree). */
    boolean isEmpty() {
        return isEmpty(root);
    }

    static boolean isEmpty(Node n) {
        if (n == null || n instanceof Node.CommentNode) {
            return true;
        }
        if (n instanceof Node.ListNode) {
            for (Node c : ((Node.ListNode) n).nodes()) {
                if (!isEmpty(c)) {
                    return false;
                }
            }
            return true;
        }
        if (n instanceof Node.TextNode) {
            return ((Node.TextNode) n).value().codePoints().allMatch(Tree::isGoSpace);
        }
        return false;
    }

    /** Go's unicode.IsSpace, which bytes.TrimSpace uses. */
    static boolean isGoSpace(int c) {
        if (c <= 0xFF) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        return Character.isSpaceChar(c);
    }
}
