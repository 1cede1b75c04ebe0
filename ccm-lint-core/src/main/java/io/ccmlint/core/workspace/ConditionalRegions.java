package io.ccmlint.core.workspace;

import io.ccmlint.core.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The places whose text takes effect only in some deployments, and which ({@link Workspace#onlyWhen}). */
final class ConditionalRegions {
    /** Text at {@code span} takes effect only {@code when}. */
    record Region(Span span, String when) {
    }

    private final List<Region> regions;

    ConditionalRegions(List<Region> regions) {
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparing(Region::span)); // outer regions first: they start no later
        this.regions = List.copyOf(sorted);
    }

    /** The conditions of every region holding {@code span}, outermost first, joined by "and"; null when none. */
    String at(Span span) {
        if (regions.isEmpty()) {
            return null;
        }
        Set<String> when = new LinkedHashSet<>();
        for (Region r : regions) {
            if (r.span().contains(span)) {
                when.add(r.when());
            }
        }
        return when.isEmpty() ? null : String.join(" and ", when);
    }
}
