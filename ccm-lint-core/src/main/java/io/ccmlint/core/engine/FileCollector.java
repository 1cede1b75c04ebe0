package io.ccmlint.core.engine;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.Glob;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.helm.chart.ChartFolders;
import io.ccmlint.core.workspace.FileAccess;
import io.ccmlint.core.workspace.KindDetector;
import io.ccmlint.core.workspace.Paths;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the paths a user gives into the files to lint: folders are walked (skipping
 * {@code .git}, {@code target}, {@code node_modules}, {@code .terraform} and what {@code .gitignore}
 * ignores), files of formats ccm-lint reads are kept, config include/exclude globs apply.
 * Symbolic links to folders are not followed, so link loops cannot hang a run. A Helm chart's
 * {@code templates/} and {@code charts/} are left out ({@link ChartFolders}): the chart is rendered
 * from its {@code Chart.yaml}, its templates are not YAML files.
 */
public final class FileCollector {
    static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", "node_modules", ".terraform");

    private FileCollector() {
    }

    /**
     * Filters a caller adds to the configuration's {@code include:}/{@code exclude:} (the Maven
     * plugin's {@code <includes>}/{@code <excludes>}): {@link Glob}s matched against a path relative
     * to the folder being walked. A file found in a folder is collected when it also matches one of
     * {@code include} (or that list is empty) and none of {@code exclude}; a folder matching an
     * exclude is not entered. Files named explicitly are not filtered by them.
     */
    public record Filter(List<Glob> include, List<Glob> exclude) {
        public static final Filter NONE = new Filter(List.of(), List.of());

        public Filter {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
        }

        boolean accepts(Path root, Path path, boolean isDirectory) {
            if (exclude.isEmpty() && (isDirectory || include.isEmpty())) {
                return true; // no relative path to make (most runs: no filters at all)
            }
            String rel = Paths.relative(root, path);
            if (!exclude.isEmpty() && LintConfig.anyMatch(exclude, rel)) {
                return false;
            }
            return isDirectory || include.isEmpty() || LintConfig.anyMatch(include, rel);
        }
    }

    /** Sorted, de-duplicated absolute paths. A path that does not exist is a usage error. */
    public static List<Path> collect(List<Path> roots, LintConfig config) throws ConfigException {
        return collect(roots, config, Filter.NONE);
    }

    /**
     * {@link #collect(List, LintConfig)}, plus the files of {@code unsaved} (absolute, normalized
     * paths of an editor's new buffers) that are not on disk yet but would be collected if they
     * were: below a root (or a root themselves), of a format ccm-lint reads, selected by the config.
     * A root that is such a file is no usage error.
     */
    public static List<Path> collect(List<Path> roots, LintConfig config, java.util.Set<Path> unsaved) throws ConfigException {
        List<Path> notOnDisk = unsaved.stream().filter(p -> !Files.exists(p, LinkOption.NOFOLLOW_LINKS)).toList();
        if (notOnDisk.isEmpty()) {
            return collect(roots, config);
        }
        List<Path> absRoots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        Set<Path> out = new TreeSet<>(collect(absRoots.stream().filter(r -> !notOnDisk.contains(r)).toList(), config));
        for (Path p : notOnDisk) {
            if (absRoots.stream().anyMatch(p::startsWith) && KindDetector.formatOf(p.getFileName().toString()) != null
                    && selected(p, config) && !excluded(p, config) && !ChartFolders.isInRenderedContent(p)) {
                out.add(p);
            }
        }
        return new ArrayList<>(out);
    }

    /** {@link #collect(List, LintConfig)} with the caller's filters on top of the configuration's. */
    public static List<Path> collect(List<Path> roots, LintConfig config, Filter extra) throws ConfigException {
        return collect(roots, config, extra, FileAccess.DISK);
    }

    /**
     * The same walk through {@code files}: on disk, a root that does not exist is a usage error; at
     * a pull request's base ({@link BaseView}), a root the base did not hold is skipped.
     */
    static List<Path> collect(List<Path> roots, LintConfig config, Filter extra, FileAccess files) throws ConfigException {
        boolean disk = files == FileAccess.DISK;
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            if (disk ? !Files.exists(abs, LinkOption.NOFOLLOW_LINKS) : !files.isFolder(abs) && !files.isFile(abs)) {
                if (disk) {
                    throw new ConfigException("no such file or directory: " + root);
                }
                continue;
            }
            if (files.isFolder(abs)) {
                out.addAll(new Walk(abs, abs, GitIgnore.Folder.root(GitIgnore.forAncestors(abs, files), abs, files), config, extra,
                        files).invoke());
            } else if (KindDetector.formatOf(abs.getFileName().toString()) != null && !excluded(abs, config)
                    && !ChartFolders.isInRenderedContent(abs)) {
                out.add(abs); // named explicitly: .gitignore does not apply, the config's exclude does
            }
        }
        return sortedDistinct(out);
    }

    /**
     * The walk's folders are listed in parallel, so files come in no set order: one sort of the
     * list, then roots that overlap are told apart.
     */
    private static List<Path> sortedDistinct(List<Path> paths) {
        paths.sort(null);
        List<Path> out = new ArrayList<>(paths.size());
        for (Path p : paths) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * One folder of the walk, its sub-folders walked as tasks of their own: a folder's listing is a
     * system call per entry, and on the common fork-join pool the calling thread and the pool's
     * share them (a fifth of a 16,000-file run's serial part was the walk on one thread). The
     * order the files come in does not matter: {@link #sortedDistinct} sorts them.
     */
    private static final class Walk extends java.util.concurrent.RecursiveTask<List<Path>> {
        private final Path root;
        private final Path dir;
        private final GitIgnore.Folder here;
        private final LintConfig config;
        private final Filter extra;
        private final FileAccess files;

        Walk(Path root, Path dir, GitIgnore.Folder here, LintConfig config, Filter extra, FileAccess files) {
            this.root = root;
            this.dir = dir;
            this.here = here;
            this.config = config;
            this.extra = extra;
            this.files = files;
        }

        @Override
        protected List<Path> compute() {
            List<Path> out = new ArrayList<>();
            List<Walk> folders = new ArrayList<>();
            boolean chart = isChart(dir, files);
            for (FileAccess.Entry entry : files.entries(dir)) { // links to folders are not listed: never followed
                Path child = entry.path();
                String name = child.getFileName().toString();
                if (entry.folder()) {
                    if (SKIPPED_DIRS.contains(name) || chart && ChartFolders.isRenderedContent(name)) {
                        continue;
                    }
                    GitIgnore.Folder sub = here.child(child, name);
                    if (!sub.ignored() && !excluded(child, config) && extra.accepts(root, child, true)) {
                        folders.add(new Walk(root, child, sub.enter(), config, extra, files));
                    }
                } else if (KindDetector.formatOf(name) != null && !here.ignoresFile(name) && selected(child, config)
                        && extra.accepts(root, child, false)) {
                    out.add(child);
                }
            }
            for (Walk w : invokeAll(folders)) {
                out.addAll(w.join());
            }
            return out;
        }
    }

    /** {@link ChartFolders#isChart} as {@code files} sees the folder. */
    private static boolean isChart(Path dir, FileAccess files) {
        return files == FileAccess.DISK ? ChartFolders.isChart(dir) : files.isFile(dir.resolve(ChartFolders.CHART_FILE));
    }

    /** The config's include (if any) selects the file and its exclude does not. */
    private static boolean selected(Path file, LintConfig config) {
        if (config.include().isEmpty() && config.exclude().isEmpty()) {
            return true;
        }
        String rel = Paths.relative(config.baseDir(), file);
        return (config.include().isEmpty() || LintConfig.anyMatch(config.include(), rel))
                && (config.exclude().isEmpty() || !LintConfig.anyMatch(config.exclude(), rel));
    }

    private static boolean excluded(Path file, LintConfig config) {
        List<Glob> ex = config.exclude();
        return !ex.isEmpty() && LintConfig.anyMatch(ex, Paths.relative(config.baseDir(), file));
    }
}
