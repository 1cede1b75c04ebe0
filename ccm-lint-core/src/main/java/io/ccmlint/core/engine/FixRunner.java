package io.ccmlint.core.engine;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.fix.Diffs;
import io.ccmlint.core.fix.FileWriter;
import io.ccmlint.core.fix.FixPlan;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code fix}: lint, apply the chosen fixes, re-lint, and repeat while fixes that were skipped for
 * overlapping can now apply. Stops when a pass changes nothing, so a second run is a no-op.
 */
public final class FixRunner {
    static final int MAX_PASSES = 5;

    private FixRunner() {
    }

    /** What fixing did: findings fixed, files written, and the final lint. */
    public record Outcome(List<Finding> fixed, List<String> filesChanged, LintResult after, List<String> writeErrors) {
        /** {@code fixed 2 findings in 1 file}: what the command line and the Maven plugin print. */
        public String summary() {
            return "fixed " + fixed.size() + (fixed.size() == 1 ? " finding" : " findings") + " in " + filesChanged.size()
                    + (filesChanged.size() == 1 ? " file" : " files");
        }
    }

    public static Outcome fix(Linter linter, List<Path> roots, boolean unsafe) throws ConfigException {
        List<Finding> fixed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        LintResult result = linter.lint(roots);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            FixPlan plan = FixPlan.of(result.findings(), unsafe, f -> true);
            if (plan.isEmpty()) {
                break;
            }
            boolean wrote = false;
            for (Map.Entry<SourceFile, String> e : plan.newTexts().entrySet()) {
                try {
                    FileWriter.write(e.getKey(), e.getValue());
                    wrote = true;
                    if (!changed.contains(e.getKey().displayPath())) {
                        changed.add(e.getKey().displayPath());
                    }
                } catch (IOException ex) {
                    errors.add("cannot write " + e.getKey().displayPath() + ": " + ex.getMessage());
                }
            }
            fixed.addAll(plan.applied());
            result = linter.lint(roots);
            if (!wrote) {
                break;
            }
        }
        return new Outcome(fixed, changed, result, errors);
    }

    /** {@code fix --diff}: the unified diff one pass of fixes would make; writes nothing. */
    public static String diff(Linter linter, List<Path> roots, boolean unsafe) throws ConfigException {
        return diff(linter.lint(roots), unsafe);
    }

    /** The unified diff one pass of the fixes of this lint would make ({@code fix --diff} also exits on it). */
    public static String diff(LintResult result, boolean unsafe) {
        FixPlan plan = FixPlan.of(result.findings(), unsafe, f -> true);
        StringBuilder out = new StringBuilder();
        plan.newTexts().forEach((file, text) -> out.append(Diffs.unified(file.displayPath(), file.text(), text)));
        return out.toString();
    }
}
