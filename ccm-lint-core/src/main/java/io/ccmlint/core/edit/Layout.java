package io.ccmlint.core.edit;

import io.ccmlint.core.source.SourceFile;

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

    /** True when two offsets are on the same line. */
    public static boolean sameLine(SourceFile file, int a, int b) {
        return file.line(a) == file.line(b);
    }
}
