package io.ccmlint.core.hcl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns the flat pieces of a template (literal text, interpolations, directive markers) into the
 * part tree, in HashiCorp's order: strip markers ({@code ~}) first, then flush-heredoc dedent,
 * then adjacent literals are joined, then {@code %{ if }}/{@code %{ for }} are nested. Nesting
 * uses an explicit stack, so deep directive nesting cannot overflow the call stack.
 */
final class HclTemplateBuilder {
    enum Kind { TEXT, INTERP, IF, ELSE, ENDIF, FOR, ENDFOR }

    /** One flat piece; which fields are set depends on the kind. */
    static final class Piece {
        final Kind kind;
        final int start;
        final int end;
        String value;
        HclExpression expr;
        String keyVar;
        String valueVar;
        boolean stripBefore;
        boolean stripAfter;

        Piece(Kind kind, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }
    }

    private HclTemplateBuilder() {
    }

    static List<HclTemplatePart> build(List<Piece> pieces, boolean flush, HclParseState state) {
        applyStripMarkers(pieces);
        if (flush) {
            dedent(pieces);
        }
        return nest(meld(pieces), state);
    }

    private static void applyStripMarkers(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.stripBefore && i > 0 && pieces.get(i - 1).kind == Kind.TEXT) {
                Piece prev = pieces.get(i - 1);
                prev.value = HclStrings.trimRight(prev.value);
            }
            if (p.stripAfter && i + 1 < pieces.size() && pieces.get(i + 1).kind == Kind.TEXT) {
                Piece next = pieces.get(i + 1);
                next.value = HclStrings.trimLeft(next.value);
            }
        }
    }

    /** {@code <<-}: removes the smallest indentation among non-blank lines from every line. */
    private static void dedent(List<Piece> pieces) {
        int min = Integer.MAX_VALUE;
        boolean lineStart = true;
        List<Piece> adjust = new ArrayList<>();
        for (Piece p : pieces) {
            if (lineStart) {
                lineStart = false;
                int spaces;
                if (p.kind == Kind.TEXT) {
                    int lead = leadingSpaceCodePoints(p.value);
                    boolean blank = Character.offsetByCodePoints(p.value, 0, lead) == p.value.length();
                    if (blank && p.value.endsWith("\n")) {
                        spaces = Integer.MAX_VALUE; // blank lines do not count
                    } else {
                        spaces = lead;
                        adjust.add(p);
                    }
                } else {
                    spaces = 0; // a line that starts with ${ or %{ has no indentation
                }
                min = Math.min(min, spaces);
            }
            if (p.kind == Kind.TEXT && p.value.endsWith("\n")) {
                lineStart = true;
            }
        }
        if (min == Integer.MAX_VALUE || min == 0) {
            return;
        }
        for (Piece p : adjust) {
            p.value = p.value.substring(Character.offsetByCodePoints(p.value, 0, min));
        }
    }

    private static int leadingSpaceCodePoints(String s) {
        int count = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!HclStrings.isSpace(cp)) {
                break;
            }
            i += Character.charCount(cp);
            count++;
        }
        return count;
    }

    private static List<Piece> meld(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            if (p.kind == Kind.TEXT && !out.isEmpty() && out.get(out.size() - 1).kind == Kind.TEXT) {
                Piece prev = out.remove(out.size() - 1);
                Piece joined = new Piece(Kind.TEXT, prev.start, p.end);
                joined.value = prev.value + p.value;
                out.add(joined);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static final class Frame {
        final Piece open;
        final List<HclTemplatePart> first = new ArrayList<>();
        final List<HclTemplatePart> second = new ArrayList<>();
        boolean inElse;

        Frame(Piece open) {
            this.open = open;
        }

        List<HclTemplatePart> current() {
            return inElse ? second : first;
        }
    }

    private static List<HclTemplatePart> nest(List<Piece> pieces, HclParseState state) {
        HclTokenCursor c = state.cursor;
        Frame root = new Frame(null);
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(root);
        int lastEnd = pieces.isEmpty() ? 0 : pieces.get(pieces.size() - 1).end;
        for (Piece p : pieces) {
            Frame top = stack.peek();
            switch (p.kind) {
                case TEXT -> top.current().add(new HclTemplatePart.Text(p.value, c.span(p.start, p.end)));
                case INTERP -> top.current().add(new HclTemplatePart.Interpolation(p.expr, p.stripBefore, p.stripAfter,
                        c.span(p.start, p.end)));
                case IF, FOR -> stack.push(new Frame(p));
                case ELSE -> {
                    if (top.open != null && top.open.kind == Kind.IF && !top.inElse) {
                        top.inElse = true;
                    } else {
                        state.report(c.span(p.start, p.end), unexpected("else", top, c));
                    }
                }
                case ENDIF, ENDFOR -> {
                    Kind opener = p.kind == Kind.ENDIF ? Kind.IF : Kind.FOR;
                    if (top.open != null && top.open.kind == opener) {
                        stack.pop();
                        stack.peek().current().add(close(top, p.end, c));
                    } else {
                        state.report(c.span(p.start, p.end), unexpected(p.kind == Kind.ENDIF ? "endif" : "endfor", top, c));
                    }
                }
                default -> throw new IllegalStateException(p.kind.toString());
            }
        }
        boolean reported = false;
        while (stack.size() > 1) {
            Frame open = stack.pop();
            if (!reported) { // one error for the innermost unclosed directive, not one per level
                String keyword = open.open.kind == Kind.IF ? "endif" : "endfor";
                String name = open.open.kind == Kind.IF ? "if" : "for";
                state.report(c.span(open.open.start, open.open.end), "missing %{ " + keyword + " } for the %{ " + name
                        + " } at " + c.at(open.open.start));
                reported = true;
            }
            stack.peek().current().add(close(open, lastEnd, c));
        }
        return root.first;
    }

    private static HclTemplatePart close(Frame f, int end, HclTokenCursor c) {
        if (f.open.kind == Kind.IF) {
            return new HclTemplatePart.IfDirective(f.open.expr, f.first, f.second, f.inElse, c.span(f.open.start, end));
        }
        return new HclTemplatePart.ForDirective(f.open.keyVar, f.open.valueVar, f.open.expr, f.first,
                c.span(f.open.start, end));
    }

    private static String unexpected(String keyword, Frame top, HclTokenCursor c) {
        if (top.open == null) {
            return "unexpected %{ " + keyword + " }: no %{ " + ("endfor".equals(keyword) ? "for" : "if") + " } is open";
        }
        String name = top.open.kind == Kind.IF ? "if" : "for";
        return "unexpected %{ " + keyword + " } inside the %{ " + name + " } at " + c.at(top.open.start);
    }
}
