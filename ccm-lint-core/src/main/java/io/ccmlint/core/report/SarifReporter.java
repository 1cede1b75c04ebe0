package io.ccmlint.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.docs.RulePages;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.SourceLink;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import java.io.IOException;
import java.io.Writer;
import io.ccmlint.core.suppress.SuppressedFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning services: rule metadata, results with regions in UTF-16 columns,
 * relative URIs under {@code %SRCROOT%}, {@code partialFingerprints}, and {@code fixes} for
 * fixable results. Suppressed findings are results too, with a {@code suppressions} entry
 * ({@code inSource} for a comment, {@code external} for the config or the baseline) and the reason.
 */
public final class SarifReporter implements Reporter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String SRCROOT = "%SRCROOT%";

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        List<Finding> all = new ArrayList<>(result.findings());
        Map<Finding, SuppressedFinding> suppressions = new java.util.IdentityHashMap<>();
        for (SuppressedFinding s : result.suppressed()) {
            all.add(s.finding());
            suppressions.put(s.finding(), s);
        }
        all.sort(Finding.ORDER);
        Map<Finding, String> fingerprints = Fingerprints.all(all);
        List<RuleMetadata> rules = new ArrayList<>(context.rules());
        for (Finding f : all) {
            if (rules.stream().noneMatch(r -> r.id().equals(f.ruleId()))) {
                rules.add(f.rule());
            }
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "ccm-lint");
        driver.put("semanticVersion", context.toolVersion().replace("-SNAPSHOT", ""));
        driver.put("version", context.toolVersion());
        driver.put("informationUri", "https://github.com/ccm-lint/ccm-lint");
        ArrayNode ruleArray = driver.putArray("rules");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (RuleMetadata r : rules) {
            index.put(r.id(), index.size());
            ObjectNode o = ruleArray.addObject();
            o.put("id", r.id());
            o.put("name", r.slug());
            o.putObject("shortDescription").put("text", r.title());
            o.putObject("fullDescription").put("text", description(r));
            ObjectNode help = o.putObject("help");
            help.put("text", helpText(r, context));
            help.put("markdown", helpMarkdown(r, context));
            RulePages.url(context.docsBaseUrl(), r).ifPresent(url -> o.put("helpUri", url));
            o.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
            ObjectNode props = o.putObject("properties");
            props.putArray("tags").add(r.category().title());
            props.put("fix", FixKind.label(r.fixes()));
        }
        String root0 = context.sourceRoot().toAbsolutePath().normalize().toUri().toString();
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", root0.endsWith("/") ? root0 : root0 + "/");
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (Finding f : all) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.ruleId());
            r.put("ruleIndex", index.get(f.ruleId()));
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.message());
            location(r.putArray("locations").addObject(), f.span());
            if (!f.related().isEmpty()) {
                ArrayNode rel = r.putArray("relatedLocations");
                int id = 1;
                for (var related : f.related()) {
                    ObjectNode l = rel.addObject();
                    l.put("id", id++);
                    location(l, related.span());
                    l.putObject("message").put("text", related.message());
                }
            }
            r.putObject("partialFingerprints").put("ccmLintFindingHash/v1", fingerprints.get(f));
            SuppressedFinding sup = suppressions.get(f);
            if (sup != null) {
                ObjectNode o = r.putArray("suppressions").addObject();
                o.put("kind", sup.source().sarifKind());
                o.put("status", "accepted");
                o.put("justification", sup.justification() + (sup.until() == null ? "" : " (until " + sup.until() + ")"));
            }
            if (f.fix() != null) {
                ObjectNode fix = r.putArray("fixes").addObject();
                fix.putObject("description").put("text", (f.fix().safe() ? "" : "[unsafe] ") + f.fix().description());
                ArrayNode changes = fix.putArray("artifactChanges");
                Map<SourceFile, List<TextEdit>> byFile = new LinkedHashMap<>();
                f.fix().edits().forEach(e -> byFile.computeIfAbsent(e.span().file(), k -> new ArrayList<>()).add(e));
                for (var e : byFile.entrySet()) {
                    ObjectNode change = changes.addObject();
                    artifact(change.putObject("artifactLocation"), e.getKey());
                    ArrayNode repl = change.putArray("replacements");
                    for (TextEdit edit : e.getValue()) {
                        ObjectNode rep = repl.addObject();
                        region(rep.putObject("deletedRegion"), edit.span());
                        rep.putObject("insertedContent").put("text", edit.replacement());
                    }
                }
            }
        }
        ObjectNode invocation = run.putArray("invocations").addObject().put("executionSuccessful", result.internalErrors().isEmpty());
        if (result.workspace() != null && !result.workspace().notes().isEmpty()) { // what the run could not do, e.g. module calls not followed
            var notifications = invocation.putArray("toolExecutionNotifications");
            result.workspace().notes().forEach(n -> notifications.addObject().put("level", "note").putObject("message").put("text", n));
        }
        MAPPER.writeValue(new JsonReporter.NonClosingWriter(out), root);
        out.write("\n");
    }

    private static String description(RuleMetadata r) {
        String summary = r.doc().summary();
        return summary.isEmpty() ? r.title() : summary;
    }

    /** The rule's summary, its public sources and where to read more, as plain text. */
    private static String helpText(RuleMetadata r, ReportContext context) {
        StringBuilder b = new StringBuilder(description(r));
        if (!r.sources().isEmpty()) {
            b.append("\n\nSources: ").append(String.join("; ", r.sources().stream().map(SourceLink::plain).toList()));
        }
        b.append("\n\nMore: ").append(RulePages.url(context.docsBaseUrl(), r).orElse("`ccm-lint explain " + r.id() + "`"));
        return b.toString();
    }

    /** The rule's rule.md and its sources as links. */
    private static String helpMarkdown(RuleMetadata r, ReportContext context) {
        StringBuilder b = new StringBuilder(r.doc().markdown().isEmpty() ? r.title() : r.doc().markdown());
        if (!r.sources().isEmpty()) {
            b.append("\n\n## Sources\n\n");
            r.sources().forEach(s -> b.append("- ").append(s.markdown()).append('\n'));
        }
        RulePages.url(context.docsBaseUrl(), r).ifPresent(url -> b.append("\nFull page with examples: ").append(url).append('\n'));
        return b.toString().strip();
    }

    private static void location(ObjectNode holder, Span s) {
        ObjectNode phys = holder.putObject("physicalLocation");
        artifact(phys.putObject("artifactLocation"), s.file());
        region(phys.putObject("region"), s);
    }

    private static void artifact(ObjectNode o, SourceFile file) {
        String p = file.displayPath();
        if (p.startsWith("/")) {
            o.put("uri", file.path().toAbsolutePath().toUri().toString());
        } else {
            o.put("uri", encode(p));
            o.put("uriBaseId", SRCROOT);
        }
    }

    private static String encode(String relative) {
        StringBuilder b = new StringBuilder();
        for (String seg : relative.split("/", -1)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    private static void region(ObjectNode o, Span s) {
        o.put("startLine", s.startLine());
        o.put("startColumn", s.startColumn());
        o.put("endLine", s.endLine());
        o.put("endColumn", s.endColumn());
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
