package io.ccmlint.core.suppress;

import io.ccmlint.core.config.Glob;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Paths;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The config's {@code suppressions:}, resolved once per run (rule names looked up, dates parsed,
 * pointers decoded), and the problems of the ones that cannot apply.
 */
final class ConfigSuppressions {
    /** One usable suppression; {@code pointer} is null for a whole file, else its decoded tokens. */
    private record Entry(String ruleId, String reason, LocalDate until, Glob path, List<String> pointer) {
    }

    private final Path base;
    private final List<Entry> entries;
    private final List<SuppressionProblem> problems;

    private ConfigSuppressions(Path base, List<Entry> entries, List<SuppressionProblem> problems) {
        this.base = base;
        this.entries = entries;
        this.problems = problems;
    }

    static ConfigSuppressions of(LintConfig config, Function<String, String> ruleIds, LocalDate today) {
        List<SuppressionProblem> problems = new ArrayList<>();
        List<Entry> out = new ArrayList<>();
        for (ConfigSuppression cs : config.suppressions()) {
            String id = ruleIds.apply(cs.rule());
            if (id == null) {
                problems.add(new SuppressionProblem(cs.ruleSpan(), "the suppression names unknown rule \"" + cs.rule()
                        + "\" (see `ccm-lint rules`)"));
                continue;
            }
            LocalDate until = null;
            if (cs.until() != null) {
                try {
                    until = LocalDate.parse(cs.until());
                } catch (DateTimeParseException e) {
                    problems.add(new SuppressionProblem(cs.untilSpan(), "until: " + cs.until()
                            + " is not a date (YYYY-MM-DD); the suppression does not apply"));
                    continue;
                }
                if (today.isAfter(until)) {
                    problems.add(new SuppressionProblem(cs.untilSpan(), "the suppression of " + id + " in "
                            + cs.path() + " expired on " + until + "; its findings are reported again"));
                    continue;
                }
            }
            if (cs.pointer() != null && !cs.pointer().isEmpty() && !cs.pointer().startsWith("/")) {
                problems.add(new SuppressionProblem(cs.span(), "pointer \"" + cs.pointer()
                        + "\" is not a JSON Pointer (it starts with /); the suppression does not apply"));
                continue;
            }
            List<String> pointer = cs.pointer() == null ? null
                    : cs.pointer().isEmpty() ? List.of() : Node.pointerTokens(cs.pointer());
            out.add(new Entry(id, cs.reason(), until, cs.path(), pointer));
        }
        return new ConfigSuppressions(config.baseDir(), List.copyOf(out), List.copyOf(problems));
    }

    /** The problems of the suppressions that cannot apply. */
    List<SuppressionProblem> problems() {
        return problems;
    }

    boolean usesPointers() {
        return entries.stream().anyMatch(e -> e.pointer != null);
    }

    /**
     * The finding as hidden by the first suppression that covers it, or null.
     *
     * @param trees the run's parsed files by {@link Suppressions#key}, for pointers
     */
    SuppressedFinding hide(Finding f, Path key, Map<Path, ParsedFile> trees) {
        String rel = null;
        for (Entry e : entries) {
            if (!e.ruleId.equals(f.ruleId())) {
                continue;
            }
            if (rel == null) {
                rel = Paths.relative(base, f.span().file().path());
            }
            if (e.path.matches(rel) && (e.pointer == null || inPointer(f, trees.get(key), e.pointer))) {
                return new SuppressedFinding(f, SuppressionSource.CONFIG, e.reason, e.until);
            }
        }
        return null;
    }

    /** True when the finding starts inside the value at {@code pointer} (with its key) in one of the file's documents. */
    private static boolean inPointer(Finding f, ParsedFile file, List<String> pointer) {
        if (file == null) {
            return false;
        }
        int at = f.span().start();
        for (ParsedFile.Document d : file.documents()) {
            Span region = region(d.root(), pointer);
            if (region != null && region.start() <= at && at < Math.max(region.end(), region.start() + 1)) {
                return true;
            }
        }
        return false;
    }

    private static Span region(Node root, List<String> pointer) {
        if (pointer.isEmpty()) {
            return root.span();
        }
        Node parent = root.at(pointer.subList(0, pointer.size() - 1));
        if (parent instanceof MapNode m) {
            MapNode.Entry e = m.entry(pointer.get(pointer.size() - 1));
            return e == null ? null : e.span();
        }
        Node n = root.at(pointer);
        return n == null ? null : n.span();
    }
}
