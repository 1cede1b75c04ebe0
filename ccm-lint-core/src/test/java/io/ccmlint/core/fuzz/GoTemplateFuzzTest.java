package io.ccmlint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ccmlint.core.helm.template.Functions;
import io.ccmlint.core.helm.template.MissingKey;
import io.ccmlint.core.helm.template.Node;
import io.ccmlint.core.helm.template.RenderLimits;
import io.ccmlint.core.helm.template.RenderResult;
import io.ccmlint.core.helm.template.TemplateError;
import io.ccmlint.core.helm.template.RenderTrace;
import io.ccmlint.core.helm.template.TemplateSet;
import io.ccmlint.core.source.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Go template engine on any text: parsing gives a tree whose every node lies inside the file, or
 * one located error; executing every template it defines ends, within small bounds, with output or a
 * located error, and the trace of what wrote the output covers it in order with the template's own
 * text. An exception or a hang is a bug.
 */
class GoTemplateFuzzTest {
    private static final RenderLimits LIMITS = new RenderLimits(200_000, 40, 1_000_000);

    @FuzzTest(maxDuration = "10m")
    void parseAndRender(byte[] data) {
        SourceFile file = FuzzSupport.decode("t.yaml", data);
        if (file == null) {
            return;
        }
        TemplateSet set = new TemplateSet("gotpl", Functions.builtins(), MissingKey.ZERO);
        Optional<TemplateError> parseError = set.parse("t.yaml", file);
        if (parseError.isPresent()) {
            checkError(parseError.get());
            return;
        }
        for (String name : set.names()) {
            checkNodes(set.lookup(name).orElseThrow().root());
        }
        for (String name : set.names()) {
            RenderTrace trace = new RenderTrace();
            RenderResult r = set.execute(name, values(), LIMITS, trace);
            if (r.output() == null) {
                throw new AssertionError("no output for " + name);
            }
            r.error().ifPresent(GoTemplateFuzzTest::checkError);
            checkTrace(trace, r.output());
        }
    }

    /** The trace covers the output in order, without overlaps, each part from a place in the template. */
    private static void checkTrace(RenderTrace trace, String output) {
        int at = 0;
        for (RenderTrace.Segment s : trace.segments()) {
            if (s.start() < at || s.end() <= s.start() || s.end() > output.length()) {
                throw new AssertionError("segment [" + s.start() + ", " + s.end() + ") out of order or outside the output of "
                        + output.length() + " characters");
            }
            FuzzSupport.checkSpan(s.source());
            if (s.text() && !output.substring(s.start(), s.end()).equals(s.source().text())) {
                throw new AssertionError("copied text differs from its template text at " + s.source());
            }
            at = s.end();
        }
    }

    private static void checkError(TemplateError e) {
        if (e.message() == null || e.message().isBlank() || e.detail() == null) {
            throw new AssertionError("an error without words: " + e);
        }
        if (e.span() != null) {
            FuzzSupport.checkSpan(e.span());
        }
        if (e.cause() != null) {
            checkError(e.cause());
        }
    }

    private static void checkNodes(Node root) {
        List<Node> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            FuzzSupport.checkSpan(n.span());
            n.text();
            if (n instanceof Node.ListNode) {
                stack.addAll(((Node.ListNode) n).nodes());
            } else if (n instanceof Node.ActionNode) {
                stack.add(((Node.ActionNode) n).pipe());
            } else if (n instanceof Node.PipeNode) {
                stack.addAll(((Node.PipeNode) n).decl());
                stack.addAll(((Node.PipeNode) n).cmds());
            } else if (n instanceof Node.CommandNode) {
                stack.addAll(((Node.CommandNode) n).args());
            } else if (n instanceof Node.BranchNode) {
                Node.BranchNode b = (Node.BranchNode) n;
                stack.add(b.pipe());
                stack.add(b.list());
                if (b.elseList() != null) {
                    stack.add(b.elseList());
                }
            } else if (n instanceof Node.TemplateNode && ((Node.TemplateNode) n).pipe() != null) {
                stack.add(((Node.TemplateNode) n).pipe());
            } else if (n instanceof Node.ChainNode) {
                stack.add(((Node.ChainNode) n).node());
            }
        }
    }

    /** Data like Helm's: values of every shape, numbers as float64, a nil, and the release. */
    private static Map<String, Object> values() {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("repository", "nginx");
        image.put("tag", "1.25");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("replicaCount", 3.0);
        values.put("enabled", true);
        values.put("name", "web");
        values.put("image", image);
        values.put("ports", List.of(80.0, 443.0));
        values.put("list", Arrays.asList("a", null, 2.5, List.of(), Map.of("k", "v")));
        values.put("nothing", null);
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("Name", "release-name");
        release.put("Namespace", "default");
        release.put("Revision", 1L);
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("Values", values);
        top.put("Release", release);
        return top;
    }
}
