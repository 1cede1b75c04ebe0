package io.ccmlint.core.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The files of another revision of what is linted: a pull request's base ({@code --changed-since}),
 * read from version control without touching the working tree. Given with
 * {@link LinterOptions.Builder#baseFiles}, they make {@link io.ccmlint.core.workspace.Workspace#base()}.
 *
 * <p>Paths are absolute and normalized, in the form the files on disk are linted with, so a file at
 * the base and the same file now share a path. A path the base does not hold and that did not
 * change ({@link #changed()}) is the same at the base as on disk (a file version control ignores,
 * such as a module {@code terraform init} downloaded, or one outside the repository): it is read from
 * disk. Implementations are thread-safe; nothing is asked of them until a rule asks for the base.
 */
public interface BaseFiles {
    /**
     * Every file the base holds, or at least those below the linted paths and those their sources
     * read (a module's folder, a {@code terraform.tfvars}; version control: every file of the
     * repository). The engine lints the ones below the linted paths that a walk of them would
     * collect (formats, {@code .gitignore}, the configuration's excludes), as on disk.
     */
    Set<Path> files();

    /**
     * The files that differ now from the base: added, modified (committed or not) and untracked
     * (deleted files need not be listed: they are not on disk). The same set findings are limited
     * to ({@link LinterOptions.Builder#reportOnlyFiles}).
     */
    Set<Path> changed();

    /**
     * The bytes of one of {@link #files()} at the base, or null when it holds more than {@code max}
     * (as a file on disk over the size limit).
     *
     * @throws IOException it cannot be read
     */
    byte[] read(Path file, long max) throws IOException;

    /**
     * Called when the base workspace is built (also when building it failed): no more file is read
     * for it, so what reading holds (a running {@code git} process) may be released. A later lint
     * (the passes of {@code fix}) may read again.
     */
    default void readingDone() {
    }
}
