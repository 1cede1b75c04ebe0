package io.ccmlint.core.hcl;

import static io.ccmlint.core.hcl.HclTokens.*;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;

import java.util.Arrays;

/**
 * Reads tokens for the parser. Newlines are significant in bodies and objects and ignored inside
 * parentheses, brackets and template sequences, as in HashiCorp's parser: each construct pushes
 * its mode and pops it when done.
 */
final class HclTokenCursor {
    final SourceFile file;
    final String text;
    private final HclTokens tokens;
    private int pos;
    private int prevEnd;
    private boolean[] newlineModes = new boolean[32];
    private int modeDepth;

    HclTokenCursor(SourceFile file, HclTokens tokens) {
        this.file = file;
        this.text = file.text();
        this.tokens = tokens;
        newlineModes[0] = true;
        modeDepth = 1;
    }

    void pushNewlines(boolean significant) {
        if (modeDepth == newlineModes.length) {
            newlineModes = Arrays.copyOf(newlineModes, modeDepth * 2);
        }
        newlineModes[modeDepth++] = significant;
    }

    void popNewlines() {
        if (modeDepth > 1) {
            modeDepth--;
        }
    }

    /** Index of the next token, skipping newlines where they are not significant. */
    int peek() {
        int i = pos;
        if (!newlineModes[modeDepth - 1]) {
            while (tokens.type[i] == NEWLINE) {
                i++;
            }
        }
        return i;
    }

    int peekType() {
        return tokens.type[peek()];
    }

    /** Consumes and returns the next token (the EOF token is never consumed past). */
    int read() {
        int i = peek();
        if (tokens.type[i] != EOF) {
            pos = i + 1;
        } else {
            pos = i;
        }
        prevEnd = tokens.end[i];
        return i;
    }

    /** Position of the next raw token, for resynchronisation. */
    int position() {
        return pos;
    }

    void skipRaw() {
        if (tokens.type[pos] != EOF) {
            prevEnd = tokens.end[pos];
            pos++;
        }
    }

    /** End offset of the last token read. */
    int prevEnd() {
        return prevEnd;
    }

    int type(int i) {
        return tokens.type[i];
    }

    int start(int i) {
        return tokens.start[i];
    }

    int end(int i) {
        return tokens.end[i];
    }

    String text(int i) {
        return text.substring(tokens.start[i], tokens.end[i]);
    }

    boolean textIs(int i, String s) {
        int len = tokens.end[i] - tokens.start[i];
        return len == s.length() && text.startsWith(s, tokens.start[i]);
    }

    Span tokenSpan(int i) {
        return new Span(file, tokens.start[i], tokens.end[i]);
    }

    Span span(int start, int end) {
        return new Span(file, start, Math.max(start, end));
    }

    /** "line:column" of an offset, for messages. */
    String at(int offset) {
        return file.line(offset) + ":" + file.column(offset);
    }

    /** The found token in words, for "expected ..., found ..." messages. */
    String describe(int i) {
        return switch (tokens.type[i]) {
            case EOF -> "the end of the file";
            case NEWLINE -> "a line break";
            case IDENT, NUMBER -> "'" + text(i) + "'";
            case QUOTED_LIT, STRING_LIT -> "text";
            case INVALID -> "'" + text(i) + "'";
            default -> HclTokens.name(tokens.type[i]);
        };
    }

    /** True when the token is the first thing on its line, at column 1. */
    boolean atLineStart(int i) {
        int s = tokens.start[i];
        return s == 0 || text.charAt(s - 1) == '\n';
    }
}
