package io.ccmlint.core.engine;

import io.ccmlint.core.config.Glob;
import io.ccmlint.core.workspace.FileAccess;
import io.ccmlint.core.workspace.Paths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code .gitignore} rules that apply below one folder: patterns are relative to the folder of
 * the file that holds them, later rules win, {@code !} re-includes.
 */
final class GitIgnore {
    private record IgnoreRule(Path dir, Glob glob, boolean negate, boolean dirOnly) {
    }

    /** A larger {@code .gitignore} is not read (nobody writes one; it would only cost memory). */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final List<IgnoreRule> rules;

    private GitIgnore(List<IgnoreRule> rules) {
        this.rules = rules;
    }

    static GitIgnore empty() {
        return new GitIgnore(List.of());
    }

    /** This set plus the rules of {@code dir/.gitignore}, if any. */
    GitIgnore enter(Path dir) {
        return enter(dir, FileAccess.DISK);
    }

    /** {@link #enter(Path)}, the {@code .gitignore} read through {@code files}. */
    GitIgnore enter(Path dir, FileAccess files) {
        Path file = dir.resolve(".gitignore");
        if (!files.isFile(file)) {
            return this;
        }
        Path base = dir.toAbsolutePath().normalize();
        List<IgnoreRule> more = new ArrayList<>(rules);
        try {
            byte[] bytes = files.read(file, MAX_BYTES);
            if (bytes == null) {
                return this; // not a .gitignore anyone writes: ignores nothing
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            for (String line : text.split("\r?\n|\r", -1)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                boolean negate = l.startsWith("!");
                if (negate) {
                    l = l.substring(1);
                }
                boolean dirOnly = l.endsWith("/");
                more.add(new IgnoreRule(base, Glob.compile(l), negate, dirOnly));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return this; // an unreadable .gitignore ignores nothing
        }
        return new GitIgnore(more);
    }

    /**
     * True when {@code path}, a file or folder below the walk's {@code root}, is ignored. Patterns
     * that match only the root or its parents do not count: a folder named explicitly is read.
     */
    boolean ignored(Path path, boolean isDirectory, Path root) {
        Path r = root.toAbsolutePath().normalize();
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(r) || p.equals(r)) {
            throw new IllegalArgumentException(path + " is not below " + root);
        }
        Path rel = r.relativize(p);
        Folder f = Folder.root(this, r);
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String segment = rel.getName(i).toString();
            f = f.child(f.path.resolve(segment), segment);
        }
        String name = p.getFileName().toString();
        return isDirectory ? f.child(p, name).ignored() : f.ignoresFile(name);
    }

    /**
     * The walk's view of one folder: per rule, the folder's path relative to the rule's folder
     * ({@code null} while the rule does not apply) and whether the rule already matched the folder
     * or one of its parents below the walk's root. A child is then tested with one regex match per
     * rule instead of recomputing relative paths and re-testing every parent.
     */
    static final class Folder {
        private final Path path;
        private final List<IgnoreRule> rules;
        private final String[] base;
        private final boolean[] matched;
        /** Where the {@code .gitignore} files below are read. */
        private final FileAccess files;

        private Folder(Path path, List<IgnoreRule> rules, String[] base, boolean[] matched, FileAccess files) {
            this.files = files;
            this.path = path;
            this.rules = rules;
            this.base = base;
            this.matched = matched;
        }

        /** The walk's root; {@code ignore} already holds the root's own rules. */
        static Folder root(GitIgnore ignore, Path root) {
            return root(ignore, root, FileAccess.DISK);
        }

        /** {@link #root(GitIgnore, Path)}, the {@code .gitignore} files below read through {@code files}. */
        static Folder root(GitIgnore ignore, Path root, FileAccess files) {
            List<IgnoreRule> rules = ignore.rules;
            String[] base = new String[rules.size()];
            for (int i = 0; i < base.length; i++) {
                Path dir = rules.get(i).dir;
                if (root.startsWith(dir)) {
                    base[i] = i > 0 && dir.equals(rules.get(i - 1).dir) ? base[i - 1] : relativeOrEmpty(dir, root);
                }
            }
            // patterns that match only the root or its parents do not count
            return new Folder(root, rules, base, new boolean[base.length], files);
        }

        private static String relativeOrEmpty(Path dir, Path p) {
            return dir.equals(p) ? "" : Paths.relative(dir, p);
        }

        /** This folder plus the rules of its own {@code .gitignore}, if any. */
        Folder enter() {
            List<IgnoreRule> more = new GitIgnore(rules).enter(path, files).rules;
            if (more.size() == rules.size()) {
                return this;
            }
            String[] b = Arrays.copyOf(base, more.size());
            Arrays.fill(b, rules.size(), b.length, "");
            return new Folder(path, more, b, Arrays.copyOf(matched, more.size()), files);
        }

        /** The sub-folder {@code name} (at {@code childPath}), whether ignored or not. */
        Folder child(Path childPath, String name) {
            String n = name.replace('\\', '/');
            String[] b = new String[base.length];
            boolean[] m = new boolean[base.length];
            for (int i = 0; i < b.length; i++) {
                if (base[i] == null) {
                    if (childPath.equals(rules.get(i).dir)) {
                        b[i] = ""; // a rule of a folder below the root starts to apply here
                    }
                    continue;
                }
                b[i] = i > 0 && base[i] == base[i - 1] ? b[i - 1] : join(base[i], n);
                m[i] = matched[i] || rules.get(i).glob.matchesExactly(b[i]);
            }
            return new Folder(childPath, rules, b, m, files);
        }

        /** True when this folder, as a child of its parent, is ignored. */
        boolean ignored() {
            boolean ignored = false;
            for (int i = 0; i < matched.length; i++) {
                if (matched[i]) {
                    ignored = !rules.get(i).negate;
                }
            }
            return ignored;
        }

        /** True when the file {@code name} in this folder is ignored. */
        boolean ignoresFile(String name) {
            String n = name.replace('\\', '/');
            boolean ignored = false;
            String relBase = null;
            String rel = null;
            for (int i = 0; i < base.length; i++) {
                if (base[i] == null) {
                    continue;
                }
                IgnoreRule r = rules.get(i);
                boolean match = matched[i];
                if (!match && !r.dirOnly) { // a pattern ending in '/' matches folders only
                    if (relBase != base[i]) {
                        relBase = base[i];
                        rel = join(relBase, n);
                    }
                    match = r.glob.matchesExactly(rel);
                }
                if (match) {
                    ignored = !r.negate;
                }
            }
            return ignored;
        }

        private static String join(String base, String name) {
            return base.isEmpty() ? name : base + "/" + name;
        }
    }

    /** The rules of every {@code .gitignore} from the repository root (a folder with .git) down to {@code dir}. */
    static GitIgnore forAncestors(Path dir) {
        return forAncestors(dir, FileAccess.DISK);
    }

    /**
     * {@link #forAncestors(Path)}, each {@code .gitignore} read through {@code files} (the
     * repository root is where {@code .git} is on disk).
     */
    static GitIgnore forAncestors(Path dir, FileAccess files) {
        List<Path> chain = new ArrayList<>();
        Path d = dir.toAbsolutePath().normalize();
        while (d != null) {
            chain.add(0, d);
            if (Files.exists(d.resolve(".git"))) {
                break;
            }
            d = d.getParent();
        }
        if (d == null) {
            chain = List.of(dir.toAbsolutePath().normalize()); // not in a repository: only the folder's own
        }
        GitIgnore g = empty();
        for (Path p : chain) {
            g = g.enter(p, files);
        }
        return g;
    }
}
