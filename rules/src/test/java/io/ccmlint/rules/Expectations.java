package io.ccmlint.rules;

import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.workspace.Paths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The findings an example folder announces, and how they compare with the findings reported.
 *
 * <p>On the line of the finding, in a {@code #} or {@code //} comment (YAML, HCL):
 * <pre>
 * policy = jsonencode({ # expect: CCM108@23 'policy has no Version'
 * version = "2008-10-17" # ccm-lint:disable=policy-versoin # expect: CCM108@13 'is outdated' CCM003@45 'unknown rule'
 * </pre>
 * Each item is {@code ID@column}, optionally {@code -endColumn} (or {@code -endLine:endColumn} when the
 * finding ends on another line), then a fragment of the message in single quotes ({@code ''} is a
 * quote). Columns are 1-based UTF-16 columns, as the reports print them; the end is exclusive.
 *
 * <p>Where a comment cannot go (JSON, a heredoc, a block scalar), a sidecar {@code file.expect} holds
 * one finding a line: {@code line:column[-[endLine:]endColumn] ID 'fragment'}.
 */
final class Expectations {
    static final String SIDECAR = ".expect";
    private static final Pattern MARKER = Pattern.compile("(?:#|//)\\s*expect:");
    private static final String END = "(?:-(?:(\\d+):)?(\\d+))?";
    private static final String FRAGMENT = "'((?:[^']|'')+)'";
    private static final Pattern ITEM = Pattern.compile("\\s*([A-Z]+[0-9]+)@(\\d+)" + END + "\\s+" + FRAGMENT);
    private static final Pattern SIDECAR_LINE = Pattern.compile("(\\d+):(\\d+)" + END + "\\s+([A-Z]+[0-9]+)\\s+" + FRAGMENT);
    private static final Comparator<Line> ORDER = Comparator.comparing(Line::path).thenComparingInt(Line::line)
            .thenComparingInt(Line::column).thenComparing(Line::text);

    private Expectations() {
    }

    /** One finding as the examples state it; {@code endLine}/{@code endColumn} are 0 when not pinned. */
    record Expected(String path, int line, int column, int endLine, int endColumn, String ruleId, String fragment) {
        boolean matches(Finding f, String fPath) {
            Span s = f.span();
            return path.equals(fPath) && line == s.startLine() && column == s.startColumn() && ruleId.equals(f.ruleId())
                    && (endColumn == 0 || endLine == s.endLine() && endColumn == s.endColumn())
                    && f.message().contains(fragment);
        }

        Line render() {
            String end = endColumn == 0 ? "" : "-" + (endLine == line ? "" : endLine + ":") + endColumn;
            return new Line(path, line, column, path + ":" + line + ":" + column + end + " " + ruleId + " " + quote(fragment));
        }
    }

    /** A rendered finding, sortable by position. */
    record Line(String path, int line, int column, String text) {
    }

    /** The expected and the reported findings, rendered so that a reported finding that matches reads like its expectation. */
    record Comparison(List<String> expected, List<String> actual, List<String> missing, List<String> unexpected) {
        String describe() {
            return "expected but not reported:\n  " + String.join("\n  ", missing)
                    + "\nreported but not expected:\n  " + String.join("\n  ", unexpected);
        }
    }

    /** Every expectation of the files below {@code dir}: inline comments and sidecars. */
    static List<Expected> read(Path dir) throws IOException {
        List<Expected> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : files) {
            String rel = Paths.relative(dir, p);
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            if (rel.endsWith(SIDECAR)) {
                String target = rel.substring(0, rel.length() - SIDECAR.length());
                if (!Files.isRegularFile(dir.resolve(target)) || lines.stream().allMatch(String::isBlank)) {
                    throw new AssertionError(rel + ": a sidecar needs its file and at least one expectation");
                }
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).isBlank()) {
                        out.add(sidecarLine(target, rel + ":" + (i + 1), lines.get(i).strip()));
                    }
                }
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = MARKER.matcher(lines.get(i));
                if (m.find()) {
                    out.addAll(inline(rel, i + 1, lines.get(i), m.end()));
                }
            }
        }
        return out;
    }

    private static List<Expected> inline(String path, int line, String text, int from) {
        List<Expected> out = new ArrayList<>();
        Matcher m = ITEM.matcher(text).region(from, text.length());
        while (m.lookingAt()) {
            int col = Integer.parseInt(m.group(2));
            out.add(new Expected(path, line, col, endLine(m.group(3), m.group(4), line), endColumn(m.group(4)), m.group(1),
                    unquote(m.group(5))));
            m.region(m.end(), text.length());
        }
        if (out.isEmpty() || !text.substring(m.regionStart()).isBlank()) {
            throw new AssertionError(path + ":" + line + ": cannot read the expectation at \""
                    + text.substring(m.regionStart()).strip() + "\" (write ID@column 'message fragment')");
        }
        return out;
    }

    private static Expected sidecarLine(String target, String where, String text) {
        Matcher m = SIDECAR_LINE.matcher(text);
        if (!m.matches()) {
            throw new AssertionError(where + ": cannot read \"" + text + "\" (write line:column ID 'message fragment')");
        }
        int line = Integer.parseInt(m.group(1));
        return new Expected(target, line, Integer.parseInt(m.group(2)), endLine(m.group(3), m.group(4), line),
                endColumn(m.group(4)), m.group(5), unquote(m.group(6)));
    }

    private static int endLine(String endLine, String endColumn, int line) {
        return endColumn == null ? 0 : endLine == null ? line : Integer.parseInt(endLine);
    }

    private static int endColumn(String endColumn) {
        return endColumn == null ? 0 : Integer.parseInt(endColumn);
    }

    /**
     * Pairs each expectation with a reported finding at its place, of its rule, whose message contains
     * its fragment (the most particular expectations choose first). Paired findings render as their
     * expectation; the others with their whole message and span, ready to paste into an annotation.
     */
    static Comparison compare(List<Expected> expected, List<Finding> findings, Path dir) {
        List<String> paths = findings.stream().map(f -> Paths.relative(dir, f.span().file().path())).toList();
        boolean[] used = new boolean[findings.size()];
        List<Line> actual = new ArrayList<>();
        List<Line> missing = new ArrayList<>();
        List<Expected> byChoice = expected.stream()
                .sorted(Comparator.comparingLong(e -> candidates(e, findings, paths).count())).toList();
        for (Expected e : byChoice) {
            int i = candidates(e, findings, paths).filter(j -> !used[j]).findFirst().orElse(-1);
            if (i < 0) {
                missing.add(e.render());
            } else {
                used[i] = true;
                actual.add(e.render());
            }
        }
        List<Line> unexpected = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (!used[i]) {
                unexpected.add(render(findings.get(i), paths.get(i)));
            }
        }
        actual.addAll(unexpected);
        return new Comparison(texts(expected.stream().map(Expected::render).toList()), texts(actual), texts(missing),
                texts(unexpected));
    }

    private static IntStream candidates(Expected e, List<Finding> findings, List<String> paths) {
        return IntStream.range(0, findings.size()).filter(j -> e.matches(findings.get(j), paths.get(j)));
    }

    private static Line render(Finding f, String path) {
        Span s = f.span();
        String end = "-" + (s.endLine() == s.startLine() ? "" : s.endLine() + ":") + s.endColumn();
        return new Line(path, s.startLine(), s.startColumn(),
                path + ":" + s.startLine() + ":" + s.startColumn() + end + " " + f.ruleId() + " " + quote(f.message()));
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().sorted(ORDER).map(Line::text).toList();
    }

    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String unquote(String s) {
        return s.replace("''", "'");
    }
}
