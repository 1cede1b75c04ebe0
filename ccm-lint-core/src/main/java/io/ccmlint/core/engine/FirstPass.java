package io.ccmlint.core.engine;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.RoleArnMentions;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The first pass of a run: reads every file on the run's threads (each under the file timeout),
 * adds the files' builders to the run's in path order, lets each {@link WorkspaceSource} complete
 * it in turn, and builds the workspace. How models are made is the sources' business; this class
 * only schedules.
 */
final class FirstPass implements WorkspaceSource.Run {
    private final LintConfig config;
    private final FileReader reader;
    private final ParseLimits limits;
    private final int jobs;
    private final List<WorkspaceSource> sources;
    private final Recall recall;
    /** Sets the workspace's base (see {@link Workspace#base()}) before it is built; null: none. */
    private final java.util.function.Consumer<Workspace.Builder> base;
    /** The files left to be checked on their own, absolute and normalized (known once every file is read). */
    private java.util.Set<Path> alone = java.util.Set.of();

    /** @param recall reads through it: a {@link LintMemory} gives what an unchanged file gave before */
    FirstPass(LintConfig config, FileReader reader, ParseLimits limits, int jobs, List<WorkspaceSource> sources, Recall recall) {
        this(config, reader, limits, jobs, sources, recall, null);
    }

    /** @param base gives the workspace its base ({@link Workspace.Builder#base}); null: none */
    FirstPass(LintConfig config, FileReader reader, ParseLimits limits, int jobs, List<WorkspaceSource> sources, Recall recall,
              java.util.function.Consumer<Workspace.Builder> base) {
        this.base = base;
        this.recall = recall;
        this.config = config;
        this.reader = reader;
        this.limits = limits;
        this.jobs = jobs;
        this.sources = sources;
    }

    /** Reads the files and builds the workspace; the files to check on their own go to {@code alone}, in path order. */
    Workspace build(List<Path> files, List<Path> alone, Linter.Timing timing) {
        List<FileResult> results = TimeLimited.map(files, jobs, limits.fileTimeout(), p -> recall.read(p, reader),
                p -> recall.timedOut(p, reader));
        Workspace.Builder ws = Workspace.builder(config);
        List<RoleArnMentions.Part> arns = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) { // input order is path order: the workspace is deterministic
            FileResult r = results.get(i);
            arns.add(r.arns());
            if (r.alone()) {
                alone.add(files.get(i));
            }
            if (r.models() != null) {
                ws.include(r.models());
            }
        }
        ws.roleArns(RoleArnMentions.merge(arns));
        this.alone = alone.stream().map(p -> p.toAbsolutePath().normalize())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        timing.lap("read and parse (" + jobs + " threads; " + alone.size() + " files left to check on their own)");
        Workspace kept = recall.unchangedWorkspace();
        if (kept != null) { // LintMemory: made of the same parts as the last lint's
            timing.lap("workspace unchanged since the last lint");
            return kept;
        }
        for (WorkspaceSource source : sources) {
            source.complete(ws, this);
        }
        if (base != null) {
            base.accept(ws);
        }
        Workspace built = ws.build();
        recall.built(built);
        timing.lap("workspace (" + sources.size() + " sources: Terraform evaluation, roles, connectors, Kubernetes, Harness)");
        return built;
    }

    @Override
    public ParseLimits limits() {
        return limits;
    }

    @Override
    public <T, R> List<R> inParallel(List<T> items, Function<T, R> work, Function<T, R> onTimeout) {
        return TimeLimited.map(items, jobs, limits.fileTimeout(), work, onTimeout);
    }

    @Override
    public Workspace.Builder readMore(Path file) {
        Workspace.Builder models = recall.readMore(file, reader).models();
        return models != null ? models : Workspace.builder(config);
    }

    @Override
    public io.ccmlint.core.workspace.FileAccess files() {
        return reader.files();
    }

    @Override
    public String displayPath(Path file) {
        return reader.displayPath(file);
    }

    @Override
    public boolean checkedAlone(Path file) {
        return alone.contains(file.toAbsolutePath().normalize());
    }

    @Override
    public ParseFailure timedOut(Path file, String what) {
        return reader.timedOut(file, what);
    }
}
