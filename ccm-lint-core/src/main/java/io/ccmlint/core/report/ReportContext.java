package io.ccmlint.core.report;

import io.ccmlint.core.rule.RuleMetadata;
import java.nio.file.Path;
import java.util.List;

/**
 * What reporters need besides the findings: the tool version, the metadata of the rules that ran,
 * the folder paths are relative to (SARIF's %SRCROOT%), and whether to colour text.
 */
public record ReportContext(String toolVersion, List<RuleMetadata> rules, Path sourceRoot, boolean color) {
    public ReportContext {
        rules = List.copyOf(rules);
    }
}
