package io.ccmlint.core.fuzz;

import io.ccmlint.core.hcl.HclNode;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What every fuzz target checks besides "no exception": spans stay inside the file, in order,
 * and their line/column/byte views are computable. Inputs are decoded as the engine decodes
 * files, so invalid UTF-8 is exercised by {@link SourceFile#decode}.
 */
final class FuzzSupport {
    private FuzzSupport() {
    }

    /** The input as the engine would see it, or null when it is not UTF-8 (the engine reports that itself). */
    static SourceFile decode(String name, byte[] data) {
        try {
            return SourceFile.decode(Path.of(name), name, data);
        } catch (SourceFile.MalformedInputException e) {
            // the prefix must be usable: it becomes the file of the CCM001 finding
            SourceFile prefix = SourceFile.of(Path.of(name), name, e.decodedPrefix());
            checkSpan(prefix.span(prefix.text().length(), prefix.text().length()));
            return null;
        }
    }

    static SourceFile text(String name, byte[] data) {
        return SourceFile.of(Path.of(name), name, new String(data, StandardCharsets.UTF_8));
    }

    static void checkSpan(Span s) {
        if (s == null) {
            throw new AssertionError("null span");
        }
        int n = s.file().text().length();
        if (s.start() < 0 || s.end() < s.start() || s.end() > n) {
            throw new AssertionError("span " + s.start() + ".." + s.end() + " outside a text of " + n);
        }
        // every view a reporter uses must be computable
        s.startLine();
        s.startColumn();
        s.endLine();
        s.endColumn();
        s.text();
        s.file().byteOffset(s.start());
        s.file().byteOffset(s.end());
    }

    static void checkTree(Node root) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            checkSpan(n.span());
            if (n instanceof MapNode m) {
                for (MapNode.Entry e : m.entries()) {
                    checkSpan(e.keySpan());
                    stack.push(e.value());
                }
            } else if (n instanceof ListNode l) {
                l.items().forEach(stack::push);
            }
        }
    }

    static void checkHcl(HclNode root) {
        root.walk(n -> checkSpan(n.span()));
    }
}
