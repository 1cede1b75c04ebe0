package io.ccmlint.core.fix;

import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The fixes chosen for one pass: whole fixes only (all of a fix's edits or none), in finding
 * order, skipping a fix that overlaps an edit already chosen. A skipped fix is tried again on the
 * next pass, after re-linting.
 */
public final class FixPlan {
    private final Map<SourceFile, List<TextEdit>> editsByFile;
    private final List<Finding> applied;
    private final List<Finding> skipped;

    private FixPlan(Map<SourceFile, List<TextEdit>> editsByFile, List<Finding> applied, List<Finding> skipped) {
        this.editsByFile = editsByFile;
        this.applied = applied;
        this.skipped = skipped;
    }

    /** Chooses fixes of the given findings: safe ones, plus unsafe ones when asked. */
    public static FixPlan of(List<Finding> findings, boolean includeUnsafe, Predicate<Finding> filter) {
        Map<SourceFile, List<TextEdit>> byFile = new TreeMap<>(Comparator.comparing(SourceFile::displayPath));
        List<Finding> applied = new ArrayList<>();
        List<Finding> skipped = new ArrayList<>();
        List<Fix> chosen = new ArrayList<>();
        for (Finding f : findings) {
            Fix fix = f.fix();
            if (fix == null || (!fix.safe() && !includeUnsafe) || !filter.test(f)) {
                continue;
            }
            // conflictsWith compares every edit pair (and the fixes' scopes) with each fix already chosen
            if (overlapsItself(fix) || chosen.stream().anyMatch(c -> c.conflictsWith(fix))) {
                skipped.add(f);
                continue;
            }
            chosen.add(fix);
            for (TextEdit e : fix.edits()) {
                byFile.computeIfAbsent(e.span().file(), k -> new ArrayList<>()).add(e);
            }
            applied.add(f);
        }
        return new FixPlan(byFile, applied, skipped);
    }

    private static boolean overlapsItself(Fix fix) {
        List<TextEdit> edits = fix.edits();
        for (int i = 0; i < edits.size(); i++) {
            for (int j = i + 1; j < edits.size(); j++) {
                if (edits.get(i).overlaps(edits.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return editsByFile.isEmpty();
    }

    public List<Finding> applied() {
        return applied;
    }

    public List<Finding> skipped() {
        return skipped;
    }

    /** New text of every file the plan changes, in path order. */
    public Map<SourceFile, String> newTexts() {
        Map<SourceFile, String> out = new LinkedHashMap<>();
        editsByFile.forEach((file, edits) -> out.put(file, apply(file.text(), edits)));
        return out;
    }

    /** Applies non-overlapping edits to a text; every byte outside the edits stays as it was. */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> e.span().start()).thenComparingInt(e -> e.span().end()));
        StringBuilder b = new StringBuilder(text.length() + 256);
        int at = 0;
        for (TextEdit e : sorted) {
            if (e.span().start() < at) {
                throw new IllegalArgumentException("overlapping edits at offset " + e.span().start());
            }
            b.append(text, at, e.span().start()).append(e.replacement());
            at = e.span().end();
        }
        return b.append(text, at, text.length()).toString();
    }
}
