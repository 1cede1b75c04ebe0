package io.ccmlint.core.helm.template;

import io.ccmlint.core.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What wrote each part of a template's output, so a finding on rendered text can be placed where the
 * user edits: the template text copied out, or the action that printed, with the values it read.
 * An execution records into a trace only when given one ({@link TemplateSet#execute(String, Object,
 * RenderLimits, RenderTrace)}); plain rendering pays nothing.
 *
 * <p>A {@link Read} is a key looked up in a map or list (a field, a {@code range} element) or a whole
 * map or list handed to a function ({@code toYaml .Values.x}). An action's reads are those made while
 * its pipeline ran, including inside the templates it includes, plus those of the {@code with} and
 * {@code range} around it and of the variables it uses: which of them (if any) produced a rendered
 * scalar is decided later, by comparing values.
 */
public final class RenderTrace {
    /**
     * {@code container}'s entry {@code key} was read; {@code key} null: the whole container was used.
     * {@code included}: by a template an action included ({@code include}, {@code tpl}), not by the
     * action itself, its variables or the blocks around it.
     */
    public record Read(Object container, Object key, boolean included) {
    }

    /**
     * Output {@code [start, end)} of the template run (the top-level one; included templates print
     * through their caller's action). {@code source} is the template text copied out (exactly
     * those characters) or the action that printed; {@code reads} is empty for text.
     * {@code conditions}: what the {@code if} and {@code with} around it read to decide it is
     * written at all ({@code if eq .Values.k8sPermissionsType "CLUSTER_ADMIN"}).
     */
    public record Segment(int start, int end, Span source, boolean text, List<Read> reads, List<Read> conditions) {
        public Segment {
            reads = List.copyOf(reads);
            conditions = List.copyOf(conditions);
        }
    }

    private final List<Segment> segments = new ArrayList<>();
    private final List<Read> reads = new ArrayList<>();
    private final List<List<Read>> context = new ArrayList<>();
    private final List<List<Read>> conditions = new ArrayList<>();

    public List<Segment> segments() {
        return Collections.unmodifiableList(segments);
    }

    /**
     * The reads of the action under way: after a run that stopped with an error, what the failing
     * action (and the blocks around it) had read, the values to blame first.
     */
    public List<Read> pending() {
        List<Read> all = new ArrayList<>(reads);
        context.forEach(all::addAll);
        return all;
    }

    void read(Object container, Object key, boolean included) {
        reads.add(new Read(container, key, included));
    }

    void readAll(List<Read> more) {
        reads.addAll(more);
    }

    /** Where the reads of the next pipeline start. */
    int mark() {
        return reads.size();
    }

    /** The reads since {@code mark}. */
    List<Read> since(int mark) {
        return List.copyOf(reads.subList(mark, reads.size()));
    }

    /** Forgets the reads since {@code mark} (their action is done). */
    void reset(int mark) {
        reads.subList(mark, reads.size()).clear();
    }

    /** Reads that hold for a block's body (its {@code with} value, its {@code range} element). */
    void enter(List<Read> around) {
        enter(around, List.of());
    }

    /** {@link #enter(List)} for a block that is written because {@code because} decided so. */
    void enter(List<Read> around, List<Read> because) {
        context.add(around);
        conditions.add(because);
    }

    void leave() {
        context.remove(context.size() - 1);
        conditions.remove(conditions.size() - 1);
    }

    private List<Read> conditions() {
        List<Read> all = new ArrayList<>();
        for (int i = conditions.size() - 1; i >= 0; i--) {
            all.addAll(conditions.get(i));
        }
        return all;
    }

    void text(int start, int end, Span source) {
        if (end > start) {
            segments.add(new Segment(start, end, source, true, List.of(), conditions()));
        }
    }

    void action(int start, int end, Span action, int mark) {
        if (end <= start) {
            return;
        }
        List<Read> all = new ArrayList<>(reads.subList(mark, reads.size()));
        for (int i = context.size() - 1; i >= 0; i--) {
            all.addAll(context.get(i));
        }
        segments.add(new Segment(start, end, action, false, all, conditions()));
    }
}
