package io.ccmlint.core.report;

import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.rule.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle's XML result format ({@code <checkstyle><file><error/></file></checkstyle>}), read
 * by maven-checkstyle-plugin, Jenkins Warnings NG, SonarQube and most review bots. Only files with
 * findings are listed, one {@code <file>} each, in the order of their first finding; unlike
 * Checkstyle, files without findings get no empty {@code <file>} element.
 */
public final class CheckstyleReporter implements Reporter {
    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.span().file().displayPath(), k -> new java.util.ArrayList<>()).add(f);
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<checkstyle version=\"" + Xml.escape("ccm-lint " + context.toolVersion()) + "\">\n");
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            out.write("  <file name=\"" + Xml.escape(e.getKey()) + "\">\n");
            for (Finding f : e.getValue()) {
                out.write("    <error line=\"" + f.span().startLine() + "\" column=\"" + f.span().startColumn()
                        + "\" severity=\"" + f.severity().label() + "\" message=\"" + Xml.escape(f.message())
                        + "\" source=\"ccm-lint." + f.rule().slug() + "." + f.ruleId() + "\"/>\n"); // consumers show the last segment
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
    }
}
