package io.ccmlint.core.suppress;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of one comment: {@code ccm-lint:disable=ID[,ID] reason="..." until=YYYY-MM-DD} or
 * {@code ccm-lint:disable-file=ID[,ID] reason="..."}. Text after a further {@code #} is another
 * comment and is ignored. Anything else that starts with {@code ccm-lint:} is a problem, so a
 * typo never silently suppresses nothing.
 */
final class DirectiveParser {
    static final String PREFIX = "ccm-lint:";

    private final SourceFile file;
    private final String text;
    private final int end;
    private int pos;
    private final Span comment;
    private final List<SuppressionProblem> problems = new ArrayList<>();

    private DirectiveParser(Span comment, int start, int end) {
        this.comment = comment;
        this.file = comment.file();
        this.text = file.text();
        this.pos = start;
        this.end = end;
    }

    /**
     * The directive in the comment {@code comment} whose text (after the comment marker) starts at
     * {@code bodyStart}, or null when the comment is not a ccm-lint directive.
     */
    static Directive parse(Span comment, int bodyStart, int bodyEnd) {
        DirectiveParser p = new DirectiveParser(comment, bodyStart, bodyEnd);
        p.skipSpaces();
        if (!p.text.startsWith(PREFIX, p.pos) || p.pos + PREFIX.length() > bodyEnd) {
            return null;
        }
        return p.directive();
    }

    private Directive directive() {
        int directiveStart = pos;
        pos += PREFIX.length();
        int nameStart = pos;
        while (pos < end && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '-')) {
            pos++;
        }
        String name = text.substring(nameStart, pos);
        boolean fileLevel = name.equals("disable-file");
        if (!fileLevel && !name.equals("disable")) {
            problem(directiveStart, pos, "unknown directive \"" + PREFIX + name + "\" (expected " + PREFIX
                    + "disable=ID or " + PREFIX + "disable-file=ID)");
            return new Directive(comment, false, List.of(), null, null, null, problems);
        }
        List<Directive.RuleRef> rules = new ArrayList<>();
        if (pos < end && text.charAt(pos) == '=') {
            pos++;
            rules = ruleList();
        }
        if (rules.isEmpty()) {
            problem(comment.start(), comment.end(), "the suppression names no rule (" + PREFIX + name + "=ID[,ID])");
        }
        String reason = null;
        LocalDate until = null;
        Span untilSpan = null;
        while (true) {
            skipSpaces();
            if (pos >= end || text.charAt(pos) == '#') {
                break;
            }
            if (text.startsWith("reason=", pos)) {
                pos += "reason=".length();
                reason = value();
            } else if (text.startsWith("until=", pos)) {
                pos += "until=".length();
                int s = pos;
                String v = value();
                untilSpan = file.span(s, pos);
                until = date(v, untilSpan);
            } else {
                int s = pos;
                while (pos < end && !Character.isWhitespace(text.charAt(pos))) {
                    pos++;
                }
                problem(s, pos, "unexpected \"" + text.substring(s, pos) + "\" in the suppression (expected reason=\"...\""
                        + " or until=YYYY-MM-DD)");
                break;
            }
        }
        return new Directive(comment, fileLevel, rules, reason == null || reason.isBlank() ? null : reason.strip(),
                until, untilSpan, problems);
    }

    private List<Directive.RuleRef> ruleList() {
        List<Directive.RuleRef> out = new ArrayList<>();
        while (true) {
            skipSpaces();
            int s = pos;
            while (pos < end && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '-' || text.charAt(pos) == '_')) {
                pos++;
            }
            if (pos < end && text.charAt(pos) == '=') { // reason=..., not a rule
                pos = s;
                return out;
            }
            if (pos > s) {
                out.add(new Directive.RuleRef(text.substring(s, pos), file.span(s, pos)));
            }
            int save = pos;
            skipSpaces();
            if (pos < end && text.charAt(pos) == ',') {
                pos++;
            } else {
                pos = save;
                return out;
            }
        }
    }

    /** A quoted ("..." or '...', backslash escapes) or bare value. */
    private String value() {
        if (pos < end && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')) {
            int open = pos;
            char q = text.charAt(pos++);
            StringBuilder b = new StringBuilder();
            while (pos < end && text.charAt(pos) != q) {
                char c = text.charAt(pos++);
                if (c == '\\' && pos < end) {
                    c = text.charAt(pos++);
                }
                b.append(c);
            }
            if (pos < end) {
                pos++;
            } else {
                problem(open, pos, "unterminated " + q + " in the suppression");
            }
            return b.toString();
        }
        int s = pos;
        while (pos < end && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return text.substring(s, pos);
    }

    private LocalDate date(String v, Span where) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problem(where.start(), where.end(), "until=" + v + " is not a date (YYYY-MM-DD); the suppression does not apply");
            return null;
        }
    }

    /** A problem at the part of the comment it is about. */
    private void problem(int start, int end, String message) {
        problems.add(new SuppressionProblem(file.span(start, end), message));
    }

    private void skipSpaces() {
        while (pos < end && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }
}
