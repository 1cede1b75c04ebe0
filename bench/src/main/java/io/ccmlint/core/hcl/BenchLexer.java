package io.ccmlint.core.hcl;

/**
 * The HCL lexer alone, for {@code ReadPathBenchmark}'s baseline. The lexer is package-private in
 * ccm-lint-core; this class lives in the same package but in the bench module (a class path, not
 * a module path, so the package may span both jars), and so core needs no entry point for it.
 */
public final class BenchLexer {
    private BenchLexer() {
    }

    /** Lexes {@code text} as {@link HclParser#parse} does first; returns the lexer (tokens and comments). */
    public static Object lex(String text) {
        return HclLexer.lex(text);
    }

    /** The number of tokens, so a check can see the lexer did its work. */
    public static int tokenCount(Object lexed) {
        return ((HclLexer) lexed).tokens().count;
    }
}
