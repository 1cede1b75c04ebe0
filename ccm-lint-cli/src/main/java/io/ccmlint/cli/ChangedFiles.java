package io.ccmlint.cli;

import io.ccmlint.core.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code --changed-since REF}: the files changed since the merge base of REF and HEAD, asked of
 * {@code git} (the only program ccm-lint ever runs; nothing it reads is executed). Committed changes
 * ({@code git diff --name-only REF...}), uncommitted ones and untracked files all count, so the
 * option means the same in a pull-request check (a clean checkout) and on a developer's machine.
 * Deleted files are left out: there is nothing to report on. The files as they were at that merge
 * base are {@link GitBaseFiles}.
 */
final class ChangedFiles {
    /**
     * @param top the repository's top folder, in the form the files are read with
     * @param base the merge base's commit
     * @param files the files changed since: absolute, normalized paths
     */
    record Since(Path top, String base, Set<Path> files) {
        Since {
            files = Set.copyOf(files);
        }
    }

    private ChangedFiles() {
    }

    /** {@code where} is a file or folder inside the repository. */
    static Since since(String ref, Path where) throws ConfigException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new ConfigException("--changed-since: not a git reference: '" + ref + "'");
        }
        Path abs = where.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
        // --show-cdup rather than --show-toplevel: paths keep the form the files are read with (no symbolic links resolved)
        Path top = dir.resolve(git(dir, "rev-parse", "--show-cdup").strip()).normalize();
        String base = git(dir, "merge-base", ref, "HEAD").strip();
        Set<Path> out = new HashSet<>();
        for (String name : git(dir, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", base, "--").split("\0")) {
            if (!name.isEmpty()) {
                out.add(top.resolve(name).normalize());
            }
        }
        // from the top: below the first path only, untracked files elsewhere would count as unchanged
        for (String name : git(top, "ls-files", "-z", "--others", "--exclude-standard", "--full-name").split("\0")) {
            if (!name.isEmpty()) {
                out.add(top.resolve(name).normalize());
            }
        }
        return new Since(top, base, out);
    }

    /** What {@code git -C dir args...} prints; a clear {@link ConfigException} when it cannot run or fails. */
    static String git(Path dir, String... args) throws ConfigException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
            p.getOutputStream().close();
        } catch (IOException e) {
            throw new ConfigException("--changed-since needs git on the PATH: " + e.getMessage());
        }
        try {
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            String out = read(p.getInputStream());
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new ConfigException("--changed-since: git " + args[0] + " did not finish");
            }
            if (p.exitValue() != 0) {
                String why = err.join().strip();
                if (args[0].equals("merge-base")) {
                    why = "no common history of " + args[1] + " and HEAD" + (why.isEmpty() ? "" : " (" + why + ")")
                            + "; is the reference fetched, and the clone deep enough (fetch-depth: 0)?";
                }
                throw new ConfigException("--changed-since: git " + args[0] + " failed: " + why);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("--changed-since: interrupted");
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
