package io.ccmlint.core.helm.chart;

import io.ccmlint.core.helm.template.RenderTrace;
import io.ccmlint.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * One template of a chart rendered: its name ({@code chart/templates/x.yaml}), its source, its output
 * as Helm keeps it ("&lt;no value&gt;" removed), what wrote each part of that output (empty unless
 * traced), and the problem that stopped it (the output is then what came before), or null.
 */
public record TemplateOutput(String name, SourceFile template, String text, List<RenderTrace.Segment> segments,
                             RenderProblem problem, List<RenderTrace.Read> problemReads) {
    private static final String NO_VALUE = "<no value>";

    public TemplateOutput {
        segments = List.copyOf(segments);
        problemReads = List.copyOf(problemReads);
    }

    /** What the action that failed had read (traced runs only; empty when the template rendered). */
    public List<RenderTrace.Read> problemReads() {
        return problemReads;
    }

    static TemplateOutput of(String name, SourceFile template, String output, RenderTrace trace, RenderProblem problem) {
        List<RenderTrace.Segment> raw = trace == null ? List.of() : trace.segments();
        List<RenderTrace.Read> blamed = trace == null || problem == null ? List.of() : trace.pending();
        if (!output.contains(NO_VALUE)) {
            return new TemplateOutput(name, template, output, raw, problem, blamed);
        }
        List<Integer> removed = new ArrayList<>(); // where each "<no value>" started in the output
        StringBuilder text = new StringBuilder(output.length());
        int from = 0;
        for (int at = output.indexOf(NO_VALUE); at >= 0; at = output.indexOf(NO_VALUE, from)) {
            text.append(output, from, at);
            removed.add(at);
            from = at + NO_VALUE.length();
        }
        text.append(output, from, output.length());
        List<RenderTrace.Segment> moved = new ArrayList<>();
        for (RenderTrace.Segment s : raw) {
            int start = shifted(s.start(), removed);
            int end = shifted(s.end(), removed);
            if (end > start) {
                moved.add(new RenderTrace.Segment(start, end, s.source(), s.text(), s.reads(), s.conditions()));
            }
        }
        return new TemplateOutput(name, template, text.toString(), moved, problem, blamed);
    }

    /** Where offset {@code at} of the output is once the "<no value>"s starting at {@code removed} are cut. */
    private static int shifted(int at, List<Integer> removed) {
        int cut = 0;
        for (int r : removed) {
            if (r >= at) {
                break;
            }
            cut += Math.min(NO_VALUE.length(), at - r);
        }
        return at - cut;
    }

    public boolean ok() {
        return problem == null;
    }
}
