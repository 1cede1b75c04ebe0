package io.ccmlint.core.hcl;

import static io.ccmlint.core.hcl.HclTokens.*;

import io.ccmlint.core.source.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * What the parsers share: the cursor, the errors and the nesting depth. After the first error in a
 * top-level item the state is "failed": parsers unwind without reporting more (the rest of the item
 * is unreliable), and the body parser resynchronises at the next top-level line.
 */
final class HclParseState {
    /** Deeper nesting is reported as an error instead of risking a StackOverflowError. */
    static final int MAX_DEPTH = 512;

    final HclTokenCursor cursor;
    private final int maxDepth;
    private final List<HclSyntaxError> errors = new ArrayList<>();
    private boolean failed;
    private int depth;
    private boolean tooDeep;

    HclParseState(HclTokenCursor cursor) {
        this(cursor, MAX_DEPTH);
    }

    HclParseState(HclTokenCursor cursor, int maxDepth) {
        this.cursor = cursor;
        this.maxDepth = maxDepth;
    }

    boolean failed() {
        return failed;
    }

    void clearFailure() {
        failed = false;
    }

    /** Reports an error that leaves the parser lost: the rest of the top-level item is skipped. */
    void fail(Span span, String message) {
        if (!failed) {
            errors.add(new HclSyntaxError(span, message));
            failed = true;
        }
    }

    /** Fails at a token; error tokens (unterminated comment, invalid character) explain themselves. */
    void failAt(int token, String expected) {
        fail(cursor.tokenSpan(token), describeProblem(token, expected));
    }

    /** Reports an error after which parsing continues normally (bad escape, duplicate attribute). */
    void report(Span span, String message) {
        if (!failed) {
            errors.add(new HclSyntaxError(span, message));
        }
    }

    /** The stack overflowed before the depth limit was reached: the whole file is one error. */
    void overflowed(Span at) {
        errors.clear();
        errors.add(new HclSyntaxError(at, "nested too deeply: the parser ran out of stack before " + maxDepth + " levels"));
        failed = true;
        tooDeep = true;
    }

    List<HclSyntaxError> errors() {
        return errors;
    }

    /** Enters one nesting level; false (and an error) when too deep. */
    boolean enter(int token) {
        if (depth >= maxDepth) {
            tooDeep = true;
            fail(cursor.tokenSpan(token), "nested too deeply: more than " + maxDepth
                    + " levels of brackets, blocks or templates");
            return false;
        }
        depth++;
        return true;
    }

    /** True once nesting went past the maximum depth: the rest of the file is skipped. */
    boolean tooDeep() {
        return tooDeep;
    }

    void leave() {
        depth--;
    }

    private String describeProblem(int token, String expected) {
        HclTokenCursor c = cursor;
        return switch (c.type(token)) {
            case UNTERMINATED_COMMENT -> "unterminated comment: the '/*' at " + c.at(c.start(token)) + " has no closing '*/'";
            case UNTERMINATED_HEREDOC -> "unterminated heredoc: the file ends inside it";
            case UNTERMINATED_STRING -> "unterminated string";
            case INVALID -> invalidCharacter(c.text(token));
            default -> expected + ", found " + c.describe(token);
        };
    }

    private static String invalidCharacter(String ch) {
        return switch (ch) {
            case "&", "|" -> "unsupported operator '" + ch + "' (use '" + ch + ch + "' for a logical operation)";
            case ";" -> "invalid character ';': statements are separated by line breaks";
            case "'" -> "invalid character \"'\": strings use double quotes";
            default -> "invalid character '" + ch + "'";
        };
    }
}
