package io.ccmlint.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.source.Span;
import java.io.IOException;
import java.io.Writer;
import io.ccmlint.core.suppress.SuppressedFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Machine-readable findings: every location with line, column, UTF-16 offsets and UTF-8 byte
 * offsets, and fixes as edits.
 */
public final class JsonReporter implements Reporter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", "ccm-lint");
        root.put("version", context.toolVersion());
        ObjectNode summary = root.putObject("summary");
        summary.put("files", result.filesChecked());
        summary.put("findings", result.findings().size());
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("infos", result.count(Severity.INFO));
        summary.put("fixable", result.fixable());
        summary.put("suppressed", result.suppressedCount());
        if (result.workspace() != null && !result.workspace().notes().isEmpty()) {
            result.workspace().notes().forEach(summary.putArray("notes")::add);
        }
        if (result.baseline() != null) {
            summary.putObject("baseline").put("file", result.baseline().file()).put("hidden", result.baseline().hidden())
                    .put("stale", result.baseline().stale());
        }
        List<Finding> all = new ArrayList<>(result.findings());
        result.suppressed().forEach(s -> all.add(s.finding()));
        Map<Finding, String> fingerprints = Fingerprints.all(all);
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            finding(findings.addObject(), f, fingerprints.get(f));
        }
        ArrayNode suppressed = root.putArray("suppressed");
        for (SuppressedFinding s : result.suppressed()) {
            ObjectNode o = finding(suppressed.addObject(), s.finding(), fingerprints.get(s.finding()));
            ObjectNode why = o.putObject("suppressed");
            why.put("kind", s.source().sarifKind());
            why.put("source", s.source().label());
            why.put("justification", s.justification());
            if (s.until() != null) {
                why.put("until", s.until().toString());
            }
        }
        ArrayNode errors = root.putArray("internalErrors");
        result.internalErrors().forEach(errors::add);
        MAPPER.writeValue(new NonClosingWriter(out), root);
        out.write("\n");
    }

    private static ObjectNode finding(ObjectNode o, Finding f, String fingerprint) {
        o.put("rule", f.ruleId());
        o.put("slug", f.rule().slug());
        o.put("severity", f.severity().label());
        o.put("message", f.message());
        location(o, f.span());
        o.put("fingerprint", fingerprint);
        if (!f.related().isEmpty()) {
            ArrayNode rel = o.putArray("related");
            f.related().forEach(r -> location(rel.addObject().put("message", r.message()), r.span()));
        }
        if (f.fix() != null) {
            ObjectNode fix = o.putObject("fix");
            fix.put("description", f.fix().description());
            fix.put("safe", f.fix().safe());
            ArrayNode edits = fix.putArray("edits");
            for (TextEdit e : f.fix().edits()) {
                location(edits.addObject(), e.span()).put("replacement", e.replacement());
            }
        }
        return o;
    }

    static ObjectNode location(ObjectNode o, Span s) {
        o.put("path", s.file().displayPath());
        o.put("line", s.startLine());
        o.put("column", s.startColumn());
        o.put("endLine", s.endLine());
        o.put("endColumn", s.endColumn());
        o.put("startOffset", s.start());
        o.put("endOffset", s.end());
        o.put("startByte", s.startByte());
        o.put("endByte", s.endByte());
        return o;
    }

    /** Jackson closes what it writes to; the caller owns the writer. */
    static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
