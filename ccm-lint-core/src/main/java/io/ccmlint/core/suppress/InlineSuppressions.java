package io.ccmlint.core.suppress;

import io.ccmlint.core.rule.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Turns the directive comments of one file into suppressions, and reports the ones that cannot apply. */
final class InlineSuppressions {
    private final Function<String, String> ruleIds;
    private final LocalDate today;
    private final List<SuppressionProblem> problems;

    /**
     * @param ruleIds the rule ID for an ID or slug a directive names, or null when no rule has it
     */
    InlineSuppressions(Function<String, String> ruleIds, LocalDate today, List<SuppressionProblem> problems) {
        this.ruleIds = ruleIds;
        this.today = today;
        this.problems = problems;
    }

    List<Suppression> of(SourceComments file) {
        List<Suppression> out = new ArrayList<>();
        for (SourceComments.Comment c : file.comments()) {
            Directive d = DirectiveParser.parse(c.span(), c.bodyStart(), c.bodyEnd());
            if (d == null) {
                continue;
            }
            List<String> ids = ids(d);
            if (!usable(d, file, c, ids)) {
                continue;
            }
            // the stage only tries a file's suppressions on findings in that file
            Predicate<Finding> where;
            if (d.fileLevel()) {
                where = f -> true;
            } else {
                int line = file.targetLine(c);
                where = f -> line > 0 && f.span().startLine() == line;
            }
            for (String id : ids) {
                out.add(new Suppression(id, d.reason(), d.until(), SuppressionSource.INLINE, where));
            }
        }
        return out;
    }

    private List<String> ids(Directive d) {
        List<String> ids = new ArrayList<>();
        for (Directive.RuleRef r : d.rules()) {
            String id = ruleIds.apply(r.name());
            if (id == null) {
                problems.add(new SuppressionProblem(r.span(), "the suppression names unknown rule \"" + r.name()
                        + "\" (see `ccm-lint rules`)"));
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private boolean usable(Directive d, SourceComments file, SourceComments.Comment c, List<String> ids) {
        boolean ok = d.problems().isEmpty();
        problems.addAll(d.problems());
        String what = ids.isEmpty() ? "the suppression" : "the suppression of " + String.join(", ", ids);
        if (ok && d.reason() == null) {
            problems.add(new SuppressionProblem(d.span(), what + " has no reason=\"...\"; it does not apply until it says why"));
            ok = false;
        }
        if (ok && d.until() != null && today.isAfter(d.until())) {
            problems.add(new SuppressionProblem(d.untilSpan(), what + " expired on " + d.until()
                    + "; its findings are reported again"));
            ok = false;
        }
        if (ok && d.fileLevel() && !file.inHeader(c)) {
            problems.add(new SuppressionProblem(d.span(), "disable-file must be in the comment block at the top of the"
                    + " file; it does not apply here"));
            ok = false;
        }
        return ok && !ids.isEmpty();
    }
}
