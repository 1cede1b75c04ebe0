package io.ccmlint.core.hcl;

/** Unary and binary operators; {@link #precedence()} follows the spec (higher binds tighter). */
public enum HclOperator {
    OR("||", 1), AND("&&", 2),
    EQUAL("==", 3), NOT_EQUAL("!=", 3),
    LESS("<", 4), GREATER(">", 4), LESS_OR_EQUAL("<=", 4), GREATER_OR_EQUAL(">=", 4),
    ADD("+", 5), SUBTRACT("-", 5),
    MULTIPLY("*", 6), DIVIDE("/", 6), MODULO("%", 6),
    NOT("!", 7), NEGATE("-", 7);

    private final String symbol;
    private final int precedence;

    HclOperator(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }
}
