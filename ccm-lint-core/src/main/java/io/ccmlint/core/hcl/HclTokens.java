package io.ccmlint.core.hcl;

import java.util.Arrays;

/**
 * The token stream of one file, stored as parallel {@code int} arrays (type, start, end) so that
 * lexing allocates nothing per token. Comments are not tokens; their spans are kept aside.
 */
final class HclTokens {
    static final int EOF = 0;
    static final int NEWLINE = 1;
    static final int IDENT = 2;
    static final int NUMBER = 3;
    static final int O_BRACE = 4;
    static final int C_BRACE = 5;
    static final int O_BRACK = 6;
    static final int C_BRACK = 7;
    static final int O_PAREN = 8;
    static final int C_PAREN = 9;
    static final int DOT = 10;
    static final int COMMA = 11;
    static final int STAR = 12;
    static final int SLASH = 13;
    static final int PERCENT = 14;
    static final int PLUS = 15;
    static final int MINUS = 16;
    static final int EQUAL = 17;
    static final int LT = 18;
    static final int GT = 19;
    static final int BANG = 20;
    static final int QUESTION = 21;
    static final int COLON = 22;
    static final int EQ_OP = 23;
    static final int NE_OP = 24;
    static final int LE = 25;
    static final int GE = 26;
    static final int AND = 27;
    static final int OR = 28;
    static final int DCOLON = 29;
    static final int ELLIPSIS = 30;
    static final int FAT_ARROW = 31;
    static final int O_QUOTE = 32;
    static final int C_QUOTE = 33;
    static final int O_HEREDOC = 34;
    static final int C_HEREDOC = 35;
    /** Literal text of a quoted template (escapes still in it). */
    static final int QUOTED_LIT = 36;
    /** One line (or the part of a line before a template sequence) of a heredoc. */
    static final int STRING_LIT = 37;
    /** <code>${</code> or <code>${~</code>. */
    static final int TEMPLATE_INTERP = 38;
    /** <code>%{</code> or <code>%{~</code>. */
    static final int TEMPLATE_CONTROL = 39;
    /** <code>}</code> or <code>~}</code> closing a template sequence. */
    static final int TEMPLATE_SEQ_END = 40;
    // error tokens: the parser reports them with their own message
    /** Zero-width, where a quoted string hit the end of its line or of the file. */
    static final int UNTERMINATED_STRING = 41;
    /** Zero-width, at the end of the file inside a heredoc. */
    static final int UNTERMINATED_HEREDOC = 42;
    /** From an unclosed {@code /*} to the end of the file. */
    static final int UNTERMINATED_COMMENT = 43;
    /** Any character that starts no token ({@code ;}, {@code '}, a lone {@code &}, ...). */
    static final int INVALID = 44;

    private static final String[] NAMES = {
        "end of file", "newline", "identifier", "number", "'{'", "'}'", "'['", "']'", "'('", "')'",
        "'.'", "','", "'*'", "'/'", "'%'", "'+'", "'-'", "'='", "'<'", "'>'", "'!'", "'?'", "':'",
        "'=='", "'!='", "'<='", "'>='", "'&&'", "'||'", "'::'", "'...'", "'=>'", "'\"'", "'\"'",
        "heredoc", "heredoc end", "string", "string", "'${'", "'%{'", "'}'", "unterminated string",
        "unterminated heredoc", "unterminated comment", "invalid character",
    };

    int[] type = new int[64];
    int[] start = new int[64];
    int[] end = new int[64];
    int count;

    void add(int t, int s, int e) {
        if (count == type.length) {
            int n = count * 2;
            type = Arrays.copyOf(type, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
        }
        type[count] = t;
        start[count] = s;
        end[count] = e;
        count++;
    }

    static String name(int tokenType) {
        return NAMES[tokenType];
    }
}
