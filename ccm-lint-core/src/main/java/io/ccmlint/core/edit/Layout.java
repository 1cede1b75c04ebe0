package io.ccmlint.core.edit;

import io.ccmlint.core.source.SourceFile;
import java.util.List;

/**
 * Reads a file's own formatting (line break, indentation) so inserted text looks as if the
 * author had written it.
 */
public final class Layout {
    private Layout() {
    }

    public static String lineBreak(SourceFile file) {
        String t = file.text();
        int lf = t.indexOf('\n');
        if (lf > 0 && t.charAt(lf - 1) == '\r') {
            return "\r\n";
        }
        if (lf < 0 && t.indexOf('\r') >= 0) {
            return "\r";
        }
        return "\n";
    }

    /** The whitespace before {@code offset} on its line, or null when other text precedes it there. */
    public static String indentBefore(SourceFile file, int offset) {
        int lineStart = file.lineStart(file.line(offset));
        String prefix = file.text().substring(lineStart, offset);
        return prefix.isBlank() ? prefix : null;
    }

    /** The leading whitespace of the line holding {@code offset}. */
    public static String lineIndent(SourceFile file, int offset) {
        String line = file.lineText(file.line(offset));
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    /**
     * {@code key = value} lines with the {@code =} aligned as {@code terraform fmt} aligns them,
     * each prefixed by {@code indent}.
     */
    public static String alignedLines(List<String[]> keyValues, String indent, String assign, String nl) {
        int width = keyValues.stream().mapToInt(kv -> kv[0].length()).max().orElse(0);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < keyValues.size(); i++) {
            String[] kv = keyValues.get(i);
            b.append(indent).append(kv[0]).append(" ".repeat(width - kv[0].length())).append(' ').append(assign)
                    .append(' ').append(kv[1]);
            if (i < keyValues.size() - 1) {
                b.append(nl);
            }
        }
        return b.toString();
    }

    /** True when two offsets are on the same line. */
    public static boolean sameLine(SourceFile file, int a, int b) {
        return file.line(a) == file.line(b);
    }
}
