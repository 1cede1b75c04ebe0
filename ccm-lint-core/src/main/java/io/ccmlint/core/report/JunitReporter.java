package io.ccmlint.core.report;

import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML (the Ant/Surefire shape CI servers read): one test suite per rule that ran, one
 * failing test case per finding (named {@code path:line:col}), and one passing test case for a
 * rule with no finding, so a pipeline's test view shows what was checked as well as what failed.
 */
public final class JunitReporter implements Reporter {
    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        Map<String, RuleMetadata> meta = new LinkedHashMap<>();
        for (RuleMetadata r : context.rules()) {
            byRule.put(r.id(), new ArrayList<>());
            meta.put(r.id(), r);
        }
        for (Finding f : result.findings()) {
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
            meta.putIfAbsent(f.ruleId(), f.rule());
        }
        int tests = 0;
        for (List<Finding> fs : byRule.values()) {
            tests += Math.max(1, fs.size());
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"ccm-lint\" tests=\"" + tests + "\" failures=\"" + result.findings().size()
                + "\" errors=\"0\">\n");
        for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
            RuleMetadata r = meta.get(e.getKey());
            List<Finding> fs = e.getValue();
            String suite = r.id() + " " + r.slug();
            out.write("  <testsuite name=\"" + Xml.escape(suite) + "\" tests=\"" + Math.max(1, fs.size()) + "\" failures=\""
                    + fs.size() + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
            String className = "ccm-lint." + r.id();
            if (fs.isEmpty()) {
                out.write("    <testcase classname=\"" + className + "\" name=\"" + Xml.escape(r.title() + ": no findings in "
                        + result.filesChecked() + " files") + "\" time=\"0\"/>\n");
            }
            for (Finding f : fs) {
                String where = f.span().file().displayPath() + ":" + f.span().startLine() + ":" + f.span().startColumn();
                out.write("    <testcase classname=\"" + className + "\" name=\"" + Xml.escape(where) + "\" file=\""
                        + Xml.escape(f.span().file().displayPath()) + "\" line=\"" + f.span().startLine() + "\" time=\"0\">\n");
                out.write("      <failure message=\"" + Xml.escape(f.message()) + "\" type=\"" + f.severity().label() + "\">"
                        + Xml.escape(f.severity().label() + " " + r.id() + " " + r.slug() + " at " + where + ": " + f.message()
                        + (f.fix() == null ? "" : " (fix: " + f.fix().description() + ")"))
                        + "</failure>\n");
                out.write("    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }
}
