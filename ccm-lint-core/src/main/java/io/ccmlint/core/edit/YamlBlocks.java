package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites the content of a YAML literal ({@code |}) or folded ({@code >}) block scalar: the header
 * and its comment stay (the chomping indicator follows the new value's final line breaks), the
 * content keeps its indentation, and the blank lines and comments after it stay where they are.
 * A folded value is written so that it folds back to the same text: a line break between two
 * plain lines is written as an empty line.
 */
final class YamlBlocks {
    private YamlBlocks() {
    }

    /**
     * The edit that makes block scalar {@code old} read {@code value}; empty when the value cannot
     * be a block scalar there (no line text to take the indentation from, characters YAML must
     * escape, leading spaces without an indentation indicator).
     */
    static Optional<TextEdit> replace(Scalar old, String value) {
        Optional<Block> block = Block.read(old);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        Block b = block.get();
        return content(value, old.style() == ScalarStyle.YAML_FOLDED, b)
                .map(text -> new TextEdit(b.editSpan(chomping(value) == '+'), text));
    }

    /**
     * The edit that writes {@code value} double-quoted in place of block scalar {@code old}, for a
     * value no block scalar there can hold; the lines after the content stay.
     */
    static Optional<TextEdit> replaceQuoted(Scalar old, String quoted) {
        return Block.read(old).map(b -> new TextEdit(b.editSpan(false), quoted + b.lineBreak));
    }

    /** {@code -} (strip), {@code +} (keep) or 0 (clip) for a value with these final line breaks. */
    private static char chomping(String value) {
        int breaks = trailingBreaks(value);
        return breaks == 0 ? '-' : breaks == 1 ? 0 : '+';
    }

    private static Optional<String> content(String value, boolean folded, Block b) {
        int trailing = trailingBreaks(value);
        String body = value.substring(0, value.length() - trailing);
        if (body.isEmpty() || !body.codePoints().allMatch(c -> c == '\n' || c == '\t'
                || Literals.yamlPrintable(c))) {
            return Optional.empty();
        }
        List<String> lines = List.of(body.split("\n", -1));
        String firstText = lines.stream().filter(l -> !l.isEmpty()).findFirst().orElseThrow();
        if (!b.explicitIndent && (firstText.startsWith(" ") || firstText.startsWith("\t"))) {
            return Optional.empty(); // the reader would take those spaces for indentation
        }
        StringBuilder out = new StringBuilder(b.header(chomping(value))).append(b.lineBreak);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isEmpty()) {
                out.append(b.indent).append(line);
            }
            out.append(b.lineBreak);
            if (folded && folds(lines, i)) {
                out.append(b.lineBreak); // the reader drops the first break after a folded line
            }
        }
        out.append(b.lineBreak.repeat(Math.max(0, trailing - 1)));
        return Optional.of(out.toString());
    }

    /**
     * True when the line breaks after line {@code i} of a folded scalar are folded: the line and
     * the next line with text both start with text (not white space). Then the first break reads
     * as a space, or vanishes before empty lines.
     */
    private static boolean folds(List<String> lines, int i) {
        int next = i + 1;
        while (next < lines.size() && lines.get(next).isEmpty()) {
            next++;
        }
        String line = lines.get(i);
        return next < lines.size() && !line.isEmpty() && !startsWithWhite(line) && !startsWithWhite(lines.get(next));
    }

    private static boolean startsWithWhite(String line) {
        return line.startsWith(" ") || line.startsWith("\t");
    }

    private static int trailingBreaks(String value) {
        int n = 0;
        while (n < value.length() && value.charAt(value.length() - 1 - n) == '\n') {
            n++;
        }
        return n;
    }

    /** A block scalar as written: its header, content indentation and where its content ends. */
    private static final class Block {
        final Span span;
        final char indicator;
        final String digit;
        final char chomping;
        /** What follows the indicators on the header line (spaces, a comment). */
        final String headerRest;
        final String lineBreak;
        final String indent;
        final boolean explicitIndent;
        /** Where the blank and comment lines after the content start, and where the comments start. */
        final int tailStart;
        final int commentStart;

        private Block(Span span, char indicator, String digit, char chomping, String headerRest, String lineBreak,
                      String indent, int tailStart, int commentStart) {
            this.span = span;
            this.indicator = indicator;
            this.digit = digit;
            this.chomping = chomping;
            this.headerRest = headerRest;
            this.lineBreak = lineBreak;
            this.indent = indent;
            this.explicitIndent = !digit.isEmpty();
            this.tailStart = tailStart;
            this.commentStart = commentStart;
        }

        String header(char newChomping) {
            return indicator + digit + (newChomping == 0 ? "" : String.valueOf(newChomping)) + headerRest;
        }

        /**
         * From the header to the end of the content. Blank lines after it are layout, except when
         * the old or new value keeps its final line breaks ({@code +}): then they are content.
         */
        Span editSpan(boolean newKeeps) {
            int end = newKeeps || chomping == '+' ? commentStart : tailStart;
            return span.file().span(span.start(), end);
        }

        static Optional<Block> read(Scalar old) {
            Span span = old.span();
            String text = span.text();
            int lf = text.indexOf('\n');
            if (lf < 0 || !(old.value() instanceof String value)) {
                return Optional.empty();
            }
            String lineBreak = lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
            String header = text.substring(0, lf - (lineBreak.length() - 1));
            int i = 1;
            String digit = "";
            char chomping = 0;
            while (i < header.length() && i <= 2) {
                char c = header.charAt(i);
                if (c >= '1' && c <= '9' && digit.isEmpty()) {
                    digit = String.valueOf(c);
                } else if ((c == '+' || c == '-') && chomping == 0) {
                    chomping = c;
                } else {
                    break;
                }
                i++;
            }
            String rest = header.substring(i);
            if (!rest.isBlank() && !rest.stripLeading().startsWith("#") || rest.startsWith("#")) {
                return Optional.empty();
            }
            String indent = indent(text.substring(lf + 1), value);
            if (indent == null) {
                return Optional.empty();
            }
            int[] tail = tail(span.file(), span.start() + lf + 1, span.end(), indent.length());
            return Optional.of(new Block(span, header.charAt(0), digit, chomping, rest, lineBreak, indent, tail[0], tail[1]));
        }

        /**
         * The content indentation: the spaces before the first line with text, less the spaces
         * that line's value starts with (an indentation indicator lets the value start with
         * spaces). Null when the value has no text to measure.
         */
        private static String indent(String body, String value) {
            String valueLine = value.lines().filter(l -> !l.isBlank()).findFirst().orElse(null);
            String rawLine = body.lines().filter(l -> !l.isBlank()).findFirst().orElse(null);
            if (valueLine == null || rawLine == null) {
                return null;
            }
            int raw = leadingSpaces(rawLine);
            int own = leadingSpaces(valueLine);
            return raw > own ? " ".repeat(raw - own) : null;
        }

        /**
         * Offsets of the first of the trailing lines that are blank (no deeper than the content)
         * or comments less indented than the content, and of the first such comment (the end
         * when none).
         */
        private static int[] tail(SourceFile file, int bodyStart, int end, int indent) {
            String text = file.text();
            List<int[]> lines = new ArrayList<>();
            for (int at = bodyStart; at < end; ) {
                int lf = text.indexOf('\n', at);
                int next = lf < 0 || lf >= end ? end : lf + 1;
                lines.add(new int[] {at, next});
                at = next;
            }
            int tailStart = end;
            int commentStart = end;
            for (int k = lines.size() - 1; k >= 0; k--) {
                String line = text.substring(lines.get(k)[0], lines.get(k)[1]).stripTrailing();
                int spaces = leadingSpaces(line);
                boolean blank = line.isBlank() && spaces <= indent;
                boolean comment = !line.isBlank() && spaces < indent && line.charAt(spaces) == '#';
                if (!blank && !comment) {
                    break;
                }
                tailStart = lines.get(k)[0];
                if (comment) {
                    commentStart = tailStart;
                }
            }
            return new int[] {tailStart, Math.max(commentStart, tailStart)};
        }

        private static int leadingSpaces(String line) {
            int n = 0;
            while (n < line.length() && line.charAt(n) == ' ') {
                n++;
            }
            return n;
        }
    }
}
