package io.ccmlint.core.helm.release;

import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.helm.chart.TemplateOutput;
import io.ccmlint.core.helm.chart.ValueOrigins;
import io.ccmlint.core.helm.template.RenderTrace;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.workspace.Relocation;
import java.util.ArrayList;
import java.util.List;

/**
 * One template's rendered output as the rules see it (a file of its own, {@link #file()}), and how
 * a finding on it is reported where the user edits: at the values-file entry the offending value
 * came from, with the template action that printed it as a related location; else at the template
 * text that wrote it. A fix is kept only when each of its edits replaces a rendered value that is a
 * values-file literal, and then edits that literal.
 */
final class RenderedTemplate implements Relocation {
    private final TemplateOutput output;
    private final ValueOrigins origins;
    private final SourceFile file;
    private final List<Node> documents;
    /** Built when a finding first lands in this file: most rendered files get none. */
    private RenderedIndex index;

    private RenderedTemplate(TemplateOutput output, ValueOrigins origins, SourceFile file, List<Node> documents) {
        this.output = output;
        this.origins = origins;
        this.file = file;
        this.documents = List.copyOf(documents);
    }

    /**
     * Parses the rendered text; a YAML error is thrown with its span mapped to the template
     * ({@link #at}), as Helm reports it: "YAML parse error on NAME".
     */
    static RenderedTemplate parse(TemplateOutput output, ValueOrigins origins, String displayPath,
                                  YamlTreeReader reader) throws ParseProblem {
        SourceFile file = SourceFile.of(displayPath, output.text());
        List<Node> docs;
        try {
            docs = reader.readAll(file);
        } catch (ParseProblem p) {
            RenderedTemplate empty = new RenderedTemplate(output, origins, file, List.of());
            throw new ParseProblem(empty.at(p.span()), p.getMessage());
        }
        return new RenderedTemplate(output, origins, file, docs);
    }

    /** Rules report from several threads at once. */
    private synchronized RenderedIndex index() {
        if (index == null) {
            index = new RenderedIndex(documents);
        }
        return index;
    }

    SourceFile file() {
        return file;
    }

    List<Node> documents() {
        return documents;
    }

    @Override
    public Span at(Span found) {
        return locate(found).at();
    }

    @Override
    public Finding relocate(Finding f) {
        Located where = locate(f.span());
        List<RuleContext.Related> related = new ArrayList<>();
        if (where.via() != null) {
            related.add(new RuleContext.Related(where.via(), "written to the manifest here, in " + where.via().file().displayPath()));
        }
        for (Span value : where.because()) {
            related.add(new RuleContext.Related(value, "written because of this value, in " + value.file().displayPath()));
        }
        for (RuleContext.Related r : f.related()) {
            related.add(r.span().file() == file ? new RuleContext.Related(at(r.span()), r.message()) : r);
        }
        return new Finding(f.rule(), f.severity(), where.at(), f.message(), f.fix() == null ? null : translate(f.fix()),
                related, f.sensitive());
    }

    /**
     * Where a span of the rendered text is reported, the template action between (when a value is),
     * the value, and (for template text) the values the {@code if}s around it read to write it.
     */
    private record Located(Span at, Span via, ValuesMatch.Match value, List<Span> because) {
        Located(Span at, Span via, ValuesMatch.Match value) {
            this(at, via, value, List.of());
        }
    }

    /** At most this many values are named as the reason template text was written. */
    private static final int MAX_BECAUSE = 3;

    private Located locate(Span found) {
        if (found.file() != file) {
            return new Located(found, null, null);
        }
        List<RenderTrace.Segment> overlapping = overlapping(found);
        Span template = templateSpan(found, overlapping);
        RenderedIndex.Item item = index().at(found);
        List<RenderTrace.Read> reads = new ArrayList<>();
        Span action = null;
        for (RenderTrace.Segment s : overlapping) {
            if (!s.text()) {
                reads.addAll(s.reads());
                action = action == null ? s.source() : union(action, s.source());
            }
        }
        if (item != null && !reads.isEmpty()) {
            ValuesMatch.Match m = ValuesMatch.find(item, reads, origins);
            if (m != null) {
                return new Located(m.at(), action, m);
            }
            Span only = item.key() ? null : ValuesMatch.onlyValueRead(reads, origins);
            if (only != null) {
                return new Located(only, action, null);
            }
        }
        List<RenderTrace.Read> conditions = new ArrayList<>();
        overlapping.forEach(s -> conditions.addAll(s.conditions()));
        List<Span> because = ValuesMatch.valuesRead(conditions, origins);
        return new Located(template, null, null, because.subList(0, Math.min(MAX_BECAUSE, because.size())));
    }

    /** The segments of the output that {@code found} covers (the one holding its start when it is empty). */
    private List<RenderTrace.Segment> overlapping(Span found) {
        List<RenderTrace.Segment> out = new ArrayList<>();
        int start = found.start();
        int end = Math.max(found.end(), start + 1);
        for (RenderTrace.Segment s : output.segments()) {
            if (s.start() < end && start < s.end()) {
                out.add(s);
            }
        }
        if (out.isEmpty() && !output.segments().isEmpty()) { // at the very end of the output
            out.add(output.segments().get(output.segments().size() - 1));
        }
        return out;
    }

    /** The template text that wrote {@code found}: exact characters for copied text, whole actions for printed values. */
    private Span templateSpan(Span found, List<RenderTrace.Segment> overlapping) {
        if (overlapping.isEmpty()) {
            return output.template().span(0, 0);
        }
        Span first = piece(overlapping.get(0), found.start(), true);
        Span last = piece(overlapping.get(overlapping.size() - 1), Math.max(found.start(), found.end() - 1), false);
        return first.file() == last.file() && first.start() <= last.end() ? union(first, last) : first;
    }

    private static Span piece(RenderTrace.Segment s, int offset, boolean start) {
        if (!s.text()) {
            return s.source();
        }
        int at = s.source().start() + Math.max(0, Math.min(offset, s.end() - 1) - s.start());
        return start ? new Span(s.source().file(), at, at) : new Span(s.source().file(), at + 1, at + 1);
    }

    private static Span union(Span a, Span b) {
        return a.file() == b.file() ? new Span(a.file(), Math.min(a.start(), b.start()), Math.max(a.end(), b.end())) : a;
    }

    /** The fix on the values file when every edit replaces a rendered value that is a values literal; else null. */
    private Fix translate(Fix fix) {
        List<TextEdit> edits = new ArrayList<>();
        for (TextEdit e : fix.edits()) {
            if (e.span().file() != file) {
                edits.add(e);
                continue;
            }
            ValuesMatch.Match m = locate(e.span()).value();
            RenderedIndex.Item replaced = index().at(e.span());
            if (m == null || !m.literal() || m.scalar() == null || replaced == null || replaced.key()) {
                return null;
            }
            Object newValue = scalarValue(e.replacement());
            if (newValue == null) {
                return null;
            }
            var edit = ValueEdits.replace(m.scalar().scalar(), newValue);
            if (edit.isEmpty()) {
                return null;
            }
            edits.add(edit.get());
        }
        return new Fix(fix.description(), fix.safe(), edits, null);
    }

    /** What a replacement text says as a YAML scalar, or null when it is not one. */
    private static Object scalarValue(String text) {
        try {
            List<Node> docs = new YamlTreeReader().readAll(SourceFile.of("replacement", text));
            return docs.size() == 1 && docs.get(0) instanceof ScalarNode s ? s.scalar().value() : null;
        } catch (ParseProblem p) {
            return null;
        }
    }
}
