package io.ccmlint.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.report.JsonReporter;
import io.ccmlint.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;

/** Kind detection and the whole {@code check} pipeline on one file: findings, never an exception. */
class CheckPipelineFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void check(byte[] data) throws Exception {
        Path dir = OneFile.write(data);
        LintResult r = OneFile.checkClean(OneFile.linter(dir).lint(List.of(dir)));
        for (Finding f : r.findings()) {
            int n = f.span().file().text().length();
            if (f.span().start() < 0 || f.span().end() > n || f.span().end() < f.span().start()) {
                throw new AssertionError("finding outside its file: " + f);
            }
            f.span().startLine();
            f.span().endColumn();
        }
    }
}
