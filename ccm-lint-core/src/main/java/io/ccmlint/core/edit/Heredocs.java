package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.value.Scalar;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the content of an HCL heredoc ({@code <<EOF} or {@code <<-EOF}): the opening and closing
 * lines stay, each line of the new value is written with <code>${</code> and <code>%{</code>
 * escaped, and in a {@code <<-} heredoc indented like the old content (Terraform removes the
 * common indentation again).
 */
final class Heredocs {
    private static final Pattern OPENER = Pattern.compile("<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*\\r?\\n");

    private Heredocs() {
    }

    /**
     * The edit that makes heredoc {@code old} read {@code value}; empty when no heredoc with this
     * marker can hold it (no final line break, a line break other than the file's, a line that
     * would close it, or in {@code <<-} lines that all start with white space).
     */
    static Optional<TextEdit> replace(Scalar old, String value) {
        String text = old.span().text();
        Matcher open = OPENER.matcher(text);
        if (!open.lookingAt()) {
            return Optional.empty();
        }
        boolean flush = !open.group(1).isEmpty();
        String marker = open.group(2);
        String lineBreak = open.group().endsWith("\r\n") ? "\r\n" : "\n";
        int closeLine = text.lastIndexOf('\n') + 1;
        String closing = text.substring(closeLine);
        if (closeLine < open.end() || !closing.strip().equals(marker)) {
            return Optional.empty();
        }
        String indent = flush ? indent(text.substring(open.end(), closeLine), closing) : "";
        List<String> lines = lines(value, lineBreak);
        if (indent == null || lines == null || lines.stream().anyMatch(l -> l.strip().equals(marker))
                || flush && !dedentsBack(lines)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(open.group());
        for (String line : lines) {
            out.append(line.isEmpty() ? "" : indent + Literals.templateEscaped(line)).append(lineBreak);
        }
        return Optional.of(new TextEdit(old.span(), out.append(closing).toString()));
    }

    /**
     * The lines of a heredoc's value, each ended by the file's line break (a heredoc keeps the
     * file's line breaks in its value), or null when the value is not made of such lines.
     */
    private static List<String> lines(String value, String lineBreak) {
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.endsWith(lineBreak)) {
            return null;
        }
        List<String> lines = List.of(value.substring(0, value.length() - lineBreak.length()).split(lineBreak, -1));
        return lines.stream().anyMatch(l -> l.indexOf('\r') >= 0 || l.indexOf('\n') >= 0) ? null : lines;
    }

    /**
     * True when Terraform, removing the common indentation of a {@code <<-} heredoc, takes off
     * exactly the indentation added to these lines: one line with text starts without white
     * space, and no line is white space only (such a line keeps all of it).
     */
    private static boolean dedentsBack(List<String> lines) {
        boolean flushLeft = false;
        for (String l : lines) {
            if (!l.isEmpty() && l.codePoints().allMatch(Heredocs::isSpace)) {
                return false;
            }
            flushLeft |= !l.isEmpty() && !isSpace(l.codePointAt(0));
        }
        return flushLeft || lines.stream().allMatch(String::isEmpty);
    }

    /**
     * The indentation of a {@code <<-} heredoc's content: the least among its lines with text, or
     * the closing marker's plus two spaces when it has none. Null when it is not all spaces.
     */
    private static String indent(String body, String closing) {
        String least = null;
        for (String line : body.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            int n = 0;
            while (n < line.length() && isSpace(line.codePointAt(n))) {
                n++;
            }
            String lead = line.substring(0, n);
            if (least == null || lead.length() < least.length()) {
                least = lead;
            }
        }
        String closingIndent = closing.substring(0, closing.indexOf(closing.strip()));
        String indent = least != null ? least : closingIndent + "  ";
        return indent.chars().allMatch(c -> c == ' ') ? indent : null;
    }

    /** White space as Terraform counts it when it removes a heredoc's indentation. */
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }
}
