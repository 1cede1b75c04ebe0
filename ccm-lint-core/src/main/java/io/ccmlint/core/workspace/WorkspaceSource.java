package io.ccmlint.core.workspace;

import io.ccmlint.core.tree.ParseLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * One place models come from: a kind of input (IAM policy files, Terraform, Harness YAML,
 * Kubernetes manifests ...) or a step that links models across inputs (connectors to their roles).
 * The engine reads and parses every file, gives each parsed JSON or YAML file to every source
 * ({@link #read}), adds the files' builders to the run's in path order, then calls {@link #complete}
 * on each source in list order ({@link WorkspaceSources#BUILT_IN} unless a test or an embedder gives
 * others), and builds the {@link Workspace}.
 *
 * <p>A new input (say CloudFormation templates) is one class implementing this, listed once in
 * {@link WorkspaceSources#BUILT_IN}. A source keeps no state of its own between the two steps (all
 * of it goes through the builder), so one instance serves any number of runs, even at once.
 */
public interface WorkspaceSource {
    /**
     * Adds the models of one parsed JSON or YAML file (its documents, each with its {@link FileKind})
     * to {@code out}, a builder of this file alone. Runs on the reader threads, many files at once:
     * use nothing but the file and {@code out}. A file checked on its own ({@link Workspace#alone})
     * goes through this step only, when it is read in the second pass.
     */
    default void read(ParsedFile file, Workspace.Builder out) {
    }

    /**
     * Once every file is read, each source in turn: adds the models that need several files (a
     * Terraform folder, the namespaces of a folder of manifests) and links models across sources
     * (a connector to the roles it uses). {@code ws} holds every file's models and what the sources
     * before this one added.
     */
    default void complete(Workspace.Builder ws, Run run) {
    }

    /** What the engine offers {@link #complete}: the run's reader limits and its threads. */
    interface Run {
        ParseLimits limits();

        /**
         * {@code work} on each item on the run's threads, each bounded by the file timeout
         * ({@code --file-timeout}); an item over it is abandoned and gets {@code onTimeout}'s result,
         * computed on the calling thread. Results keep the input order.
         */
        <T, R> List<R> inParallel(List<T> items, Function<T, R> work, Function<T, R> onTimeout);

        /**
         * The CCM001 for work abandoned at the file timeout, at the start of {@code file}:
         * {@code what} (e.g. "evaluating the Terraform files of this folder took longer than ")
         * followed by the limit.
         */
        ParseFailure timedOut(Path file, String what);

        /**
         * Reads a file the run was not given but its models need (the {@code .tf} files of a module
         * that a call uses, outside the paths linted or downloaded by {@code terraform init}), the
         * way the run reads files: a builder of this file alone, holding its Terraform file or its
         * CCM001s; empty when the file is nothing the run reads.
         */
        Workspace.Builder readMore(Path file);

        /** How the run shows {@code file} in findings (relative to its display base when below it). */
        String displayPath(Path file);

        /**
         * Where a source reads what the run was not given (a module's folder, its variable files):
         * the disk, or the files as they were at a pull request's base when the run builds
         * {@link Workspace#base()}.
         */
        default FileAccess files() {
            return FileAccess.DISK;
        }

        /**
         * True when the run checks {@code file} on its own once the workspace is built (a
         * {@code .json} permission policy of its own, see {@link Workspace#alone}): its models are
         * not in the workspace, yet the rules see them. A source that reads the file for its own
         * models (Terraform's {@code file()}) need not add its policy to the workspace again.
         */
        default boolean checkedAlone(Path file) {
            return false;
        }
    }
}
