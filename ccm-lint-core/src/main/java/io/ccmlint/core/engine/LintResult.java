package io.ccmlint.core.engine;

import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.suppress.Baseline;
import io.ccmlint.core.suppress.BaselineSummary;
import io.ccmlint.core.suppress.SuppressedFinding;
import io.ccmlint.core.suppress.SuppressionSource;
import io.ccmlint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a run: findings in deterministic order, how many files were read, and internal
 * errors (a rule that crashed: the run went on, but its result is incomplete). {@code findings}
 * are the ones that count; {@code suppressed} are hidden by a suppression or the baseline (they
 * never decide the exit code); {@code baseline} is null when no baseline was used.
 */
public record LintResult(List<Finding> findings, int filesChecked, Workspace workspace, List<String> internalErrors,
                         List<SuppressedFinding> suppressed, BaselineSummary baseline) {
    public LintResult {
        findings = List.copyOf(findings);
        internalErrors = List.copyOf(internalErrors);
        suppressed = List.copyOf(suppressed);
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

    /** Findings hidden by inline or config suppressions (the baseline's are counted in {@link #baseline}). */
    public long suppressedCount() {
        return suppressed.stream().filter(s -> s.source() != SuppressionSource.BASELINE).count();
    }

    /** The same result with the findings the baseline accepts moved to {@code suppressed}. */
    public LintResult withBaseline(Baseline b) {
        Baseline.Match m = b.match(findings);
        List<SuppressedFinding> all = new ArrayList<>(suppressed);
        String name = b.file().getFileName().toString();
        m.hidden().forEach(f -> all.add(new SuppressedFinding(f, SuppressionSource.BASELINE, "accepted in baseline " + name, null)));
        all.sort((x, y) -> Finding.ORDER.compare(x.finding(), y.finding()));
        return new LintResult(m.kept(), filesChecked, workspace, internalErrors, all,
                new BaselineSummary(io.ccmlint.core.workspace.Paths.relative(java.nio.file.Path.of(""), b.file()), m.hidden().size(), m.stale()));
    }
}
