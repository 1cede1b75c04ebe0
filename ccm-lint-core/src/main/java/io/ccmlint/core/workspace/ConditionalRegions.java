package io.ccmlint.core.workspace;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The places whose text takes effect only in some deployments, and which ({@link Workspace#onlyWhen}). */
final class ConditionalRegions {
    /** Text at {@code span} takes effect only {@code when}. */
    record Region(Span span, String when) {
    }

    /** Each file's regions, outer ones first (they start no later). */
    private final Map<SourceFile, List<Region>> byFile = new IdentityHashMap<>();

    ConditionalRegions(List<Region> regions) {
        for (Region r : regions) {
            byFile.computeIfAbsent(r.span().file(), k -> new ArrayList<>()).add(r);
        }
        byFile.values().forEach(l -> l.sort(Comparator.comparing(Region::span)));
    }

    /** The conditions of every region holding {@code span}, outermost first, joined by "and"; null when none. */
    String at(Span span) {
        List<Region> regions = byFile.get(span.file());
        if (regions == null) {
            return null;
        }
        Set<String> when = new LinkedHashSet<>();
        for (Region r : regions) {
            if (r.span().start() > span.start()) {
                break; // sorted by start: no later region can hold the span
            }
            if (r.span().contains(span)) {
                when.add(r.when());
            }
        }
        return when.isEmpty() ? null : String.join(" and ", when);
    }
}
