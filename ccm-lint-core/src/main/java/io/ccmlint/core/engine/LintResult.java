package io.ccmlint.core.engine;

import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.workspace.Workspace;
import java.util.List;

/**
 * The outcome of a run: findings in deterministic order, how many files were read, and internal
 * errors (a rule that crashed: the run went on, but its result is incomplete).
 */
public record LintResult(List<Finding> findings, int filesChecked, Workspace workspace, List<String> internalErrors) {
    public LintResult {
        findings = List.copyOf(findings);
        internalErrors = List.copyOf(internalErrors);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    public long fixable() {
        return findings.stream().filter(Finding::fixable).count();
    }

    public boolean failsAt(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
