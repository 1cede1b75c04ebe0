package io.ccmlint.core.engine;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What one lint may re-use from an earlier one: the hooks {@link Linter#lint(List, java.util.Map, LintMemory)}
 * reads files and runs rules on files checked on their own through. {@link #NONE} re-uses nothing
 * (a plain lint, {@code check}); {@link LintMemory} re-uses what is unchanged.
 */
interface Recall {
    Recall NONE = new Recall() {
    };

    /** The files to lint (see {@link FileCollector#collect(List, LintConfig, Set)}). */
    default List<Path> collect(List<Path> roots, LintConfig config, Set<Path> unsaved) throws ConfigException {
        return FileCollector.collect(roots, config, unsaved);
    }

    /** A file of the first pass ({@link FileReader#read(Path)}). */
    default FileResult read(Path file, FileReader reader) {
        return reader.read(file);
    }

    /** A file of the first pass whose reading was abandoned at the file timeout ({@link FileReader#timedOut(Path)}). */
    default FileResult timedOut(Path file, FileReader reader) {
        return reader.timedOut(file);
    }

    /** A file a source reads besides the linted ones ({@link io.ccmlint.core.workspace.WorkspaceSource.Run#readMore}). */
    default FileResult readMore(Path file, FileReader reader) {
        return reader.readMore(file);
    }

    /** A file checked on its own, read in the second pass ({@link FileReader#readAlone(Path)}). */
    default FileResult readAlone(Path file, FileReader reader) {
        return reader.readAlone(file);
    }

    /** The last lint's workspace when this one's would be made of the same parts (asked once every file is read); null: build it. */
    default Workspace unchangedWorkspace() {
        return null;
    }

    /** The workspace this lint built. */
    default void built(Workspace ws) {
    }

    /** Adds what the rules found on {@code ws} in the last lint, when it is that lint's workspace; false: run them. */
    default boolean replayRules(Workspace ws, List<Finding> findings, List<String> errors) {
        return false;
    }

    /** What the rules found on {@code ws}. */
    default void rulesRan(Workspace ws, List<Finding> findings, List<String> errors) {
    }

    /**
     * The findings of rules that ran on {@code read} (a file checked on its own) before, to replay;
     * null: run every rule. Asked once the workspace is built.
     */
    default AloneRules aloneRules(FileResult read) {
        return null;
    }

    /** The lint is over (also when it failed): what was not used this time is forgotten. */
    default void done(Linter.Timing timing) {
    }
}
