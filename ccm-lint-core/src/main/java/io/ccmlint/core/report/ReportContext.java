package io.ccmlint.core.report;

import io.ccmlint.core.rule.RuleMetadata;
import java.nio.file.Path;
import java.util.List;

/**
 * What reporters need besides the findings: the tool version, the metadata of the rules that ran,
 * the folder paths are relative to (SARIF's %SRCROOT%), whether to colour text, and where the rule
 * pages are published (null: the build's default, see {@link io.ccmlint.core.docs.RulePages}).
 */
public record ReportContext(String toolVersion, List<RuleMetadata> rules, Path sourceRoot, boolean color,
                            String docsBaseUrl) {
    public ReportContext {
        rules = List.copyOf(rules);
    }

    /** With the rule pages at the build's default place. */
    public ReportContext(String toolVersion, List<RuleMetadata> rules, Path sourceRoot, boolean color) {
        this(toolVersion, rules, sourceRoot, color, null);
    }
}
