package io.ccmlint.core.suppress;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Paths;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns the config's {@code suppressions:} into suppressions, and reports the ones that cannot apply. */
final class ConfigSuppressions {
    private ConfigSuppressions() {
    }

    static List<Suppression> of(LintConfig config, Workspace ws, Function<String, String> ruleIds, LocalDate today,
                                List<SuppressionProblem> problems) {
        Map<Path, ParsedFile> trees = new HashMap<>();
        ws.files().forEach(p -> trees.put(Suppressions.key(p.file().path()), p));
        List<Suppression> out = new ArrayList<>();
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
            Path base = config.baseDir();
            out.add(new Suppression(id, cs.reason(), until, SuppressionSource.CONFIG,
                    f -> cs.path().matches(Paths.relative(base, f.span().file().path()))
                            && (cs.pointer() == null || inPointer(f, trees.get(Suppressions.key(f.span().file().path())), cs.pointer()))));
        }
        return out;
    }

    /** True when the finding starts inside the value at {@code pointer} (with its key) in one of the file's documents. */
    static boolean inPointer(Finding f, ParsedFile file, String pointer) {
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

    private static Span region(Node root, String pointer) {
        if (pointer.isEmpty()) {
            return root.span();
        }
        int slash = pointer.lastIndexOf('/');
        Node parent = root.at(pointer.substring(0, slash));
        if (parent instanceof MapNode m) {
            MapNode.Entry e = m.entry(pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~"));
            return e == null ? null : e.span();
        }
        Node n = root.at(pointer);
        return n == null ? null : n.span();
    }
}
