package io.ccmlint.maven;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The files to lint: every file below the source directories that matches an include and no
 * exclude. Patterns are Ant-style as in maven-checkstyle-plugin ({@code **} any folders, {@code *}
 * within one name, {@code ?} one character; a pattern ending in {@code /} means everything below),
 * matched against the path relative to its source directory with {@code /} separators.
 * {@code .git}, {@code node_modules} and {@code .terraform} are never entered; symbolic links to
 * folders are not followed.
 */
final class SourceScanner {
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.tf", "**/*.tf.json", "**/*.json", "**/*.yaml", "**/*.yml");
    static final List<String> DEFAULT_EXCLUDES = List.of("**/target/**");
    private static final Set<String> NEVER_ENTERED = Set.of(".git", "node_modules", ".terraform");

    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    SourceScanner(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(SourceScanner::compile).toList();
        this.excludes = excludes.stream().map(SourceScanner::compile).toList();
    }

    /** Sorted absolute paths; a source directory that does not exist contributes nothing. */
    List<Path> scan(List<Path> sourceDirectories, List<Path> skippedDirectories) throws IOException {
        Set<Path> out = new TreeSet<>();
        List<Path> skipped = skippedDirectories.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        for (Path dir : sourceDirectories) {
            Path root = dir.toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                continue;
            }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = relative(root, d) + "/";
                    boolean skip = NEVER_ENTERED.contains(d.getFileName().toString()) || skipped.contains(d)
                            || excludes.stream().anyMatch(p -> p.matcher(rel).matches());
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String rel = relative(root, f);
                    if (attrs.isRegularFile() && includes.stream().anyMatch(p -> p.matcher(rel).matches())
                            && excludes.stream().noneMatch(p -> p.matcher(rel).matches())) {
                        out.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE; // unreadable: nothing to lint there
                }
            });
        }
        return new ArrayList<>(out);
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** An Ant-style pattern as a regular expression over a relative path ({@code dir/**} also matches the folder itself). */
    static Pattern compile(String ant) {
        String p = ant.trim().replace('\\', '/');
        if (p.endsWith("/")) {
            p = p + "**";
        }
        boolean below = p.endsWith("/**");
        if (below) {
            p = p.substring(0, p.length() - 3);
        }
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < p.length() && p.charAt(i + 2) == '/';
                re.append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (Character.isLetterOrDigit(c)) {
                re.append(c);
            } else {
                re.append('\\').append(c);
            }
        }
        if (below) {
            re.append("(?:/.*)?"); // the folder itself (so it is not entered) and everything below it
        }
        return Pattern.compile(re.toString());
    }
}
