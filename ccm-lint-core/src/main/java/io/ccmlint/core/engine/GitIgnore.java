package io.ccmlint.core.engine;

import io.ccmlint.core.config.Glob;
import io.ccmlint.core.workspace.Paths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .gitignore} rules that apply below one folder: patterns are relative to the folder of
 * the file that holds them, later rules win, {@code !} re-includes.
 */
final class GitIgnore {
    private record IgnoreRule(Path dir, Glob glob, boolean negate, boolean dirOnly) {
    }

    private final List<IgnoreRule> rules;

    private GitIgnore(List<IgnoreRule> rules) {
        this.rules = rules;
    }

    static GitIgnore empty() {
        return new GitIgnore(List.of());
    }

    /** This set plus the rules of {@code dir/.gitignore}, if any. */
    GitIgnore enter(Path dir) {
        Path file = dir.resolve(".gitignore");
        if (!Files.isRegularFile(file)) {
            return this;
        }
        List<IgnoreRule> more = new ArrayList<>(rules);
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                boolean negate = l.startsWith("!");
                if (negate) {
                    l = l.substring(1);
                }
                boolean dirOnly = l.endsWith("/");
                more.add(new IgnoreRule(dir, Glob.compile(l), negate, dirOnly));
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
        boolean ignored = false;
        for (IgnoreRule r : rules) {
            if (!path.startsWith(r.dir)) {
                continue;
            }
            String rel = Paths.relative(r.dir, path);
            int rootLength = root.startsWith(r.dir) && !root.equals(r.dir) ? Paths.relative(r.dir, root).length() : 0;
            // a pattern ending in '/' matches folders only: for a file, only its parent folders count
            String candidate = r.dirOnly && !isDirectory ? rel.substring(0, Math.max(0, rel.lastIndexOf('/'))) : rel;
            if (!candidate.isEmpty() && r.glob.matchesBelow(candidate, rootLength)) {
                ignored = !r.negate;
            }
        }
        return ignored;
    }

    /** The rules of every {@code .gitignore} from the repository root (a folder with .git) down to {@code dir}. */
    static GitIgnore forAncestors(Path dir) {
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
            g = g.enter(p);
        }
        return g;
    }
}
