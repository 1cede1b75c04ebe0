package io.ccmlint.core.helm.template;

import io.ccmlint.core.source.Span;

/** Go's newNumber: every reading of a number constant (int, uint, float, complex, character). */
final class NumberLiteral {
    private NumberLiteral() {
    }

    static Node.NumberNode parse(Span span, String text, TokenKind kind) throws GoStrconv.SyntaxError {
        if (kind == TokenKind.CHAR_CONSTANT) {
            int[] pos = {1};
            long[] r = GoStrconv.unquoteChar(text, pos, text.charAt(0));
            if (!text.substring(pos[0]).equals("'")) {
                throw new GoStrconv.SyntaxError("malformed character constant: " + text);
            }
            return new Node.NumberNode(span, text, true, true, true, false, r[0], r[0], r[0], null);
        }
        if (kind == TokenKind.COMPLEX) {
            GoComplex c = parseComplex(text);
            if (c == null) {
                throw new GoStrconv.SyntaxError("expected integer");
            }
            return simplified(span, text, c);
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) == 'i') {
            Double im = GoStrconv.parseFloat(text.substring(0, text.length() - 1));
            if (im != null) {
                return simplified(span, text, new GoComplex(0, im));
            }
        }
        boolean isInt = false;
        boolean isUint = false;
        boolean isFloat = false;
        long i64 = 0;
        long u64 = 0;
        double f64 = 0;
        Long u = GoStrconv.parseUint(text);
        if (u != null) {
            isUint = true;
            u64 = u;
        }
        Long i = GoStrconv.parseInt(text);
        if (i != null) {
            isInt = true;
            i64 = i;
            if (i == 0) {
                isUint = true; // in case of -0
                u64 = u == null ? 0 : u;
            }
        }
        if (isInt) {
            isFloat = true;
            f64 = i64;
        } else if (isUint) {
            isFloat = true;
            f64 = unsignedToDouble(u64);
        } else {
            Double f = GoStrconv.parseFloat(text);
            if (f != null) {
                if (!containsAny(text, ".eEpP")) {
                    // it parsed as a float but looks like an integer: too large for one
                    throw new GoStrconv.SyntaxError("integer overflow: " + GoStrconv.quote(text, false));
                }
                isFloat = true;
                f64 = f;
                if (f == Math.rint(f) && f >= -0x1p63 && f < 0x1p63) {
                    isInt = true;
                    i64 = (long) (double) f;
                }
                if (f == Math.rint(f) && f >= 0 && f < 0x1p64) {
                    isUint = true;
                    u64 = f < 0x1p63 ? (long) (double) f : (long) (f - 0x1p63) + Long.MIN_VALUE;
                }
            }
        }
        if (!isInt && !isUint && !isFloat) {
            throw new GoStrconv.SyntaxError("illegal number syntax: " + GoStrconv.quote(text, false));
        }
        return new Node.NumberNode(span, text, isInt, isUint, isFloat, false, i64, u64, f64, null);
    }

    /** A complex constant also reads as a float and an integer when it is real and whole. */
    private static Node.NumberNode simplified(Span span, String text, GoComplex c) {
        boolean isFloat = false;
        boolean isInt = false;
        boolean isUint = false;
        long i64 = 0;
        long u64 = 0;
        double f64 = 0;
        if (c.imag() == 0) {
            isFloat = true;
            f64 = c.real();
            if (f64 == Math.rint(f64) && f64 >= -0x1p63 && f64 < 0x1p63) {
                isInt = true;
                i64 = (long) f64;
            }
            if (f64 == Math.rint(f64) && f64 >= 0 && f64 < 0x1p63) {
                isUint = true;
                u64 = (long) f64;
            }
        }
        return new Node.NumberNode(span, text, isInt, isUint, isFloat, true, i64, u64, f64, c);
    }

    /** "1+2i", "-1.5e3-2i": the sign that starts the imaginary part is not the first character and follows no exponent marker. */
    private static GoComplex parseComplex(String text) {
        if (!text.endsWith("i")) {
            return null;
        }
        for (int k = text.length() - 2; k > 0; k--) {
            char c = text.charAt(k);
            char before = Character.toLowerCase(text.charAt(k - 1));
            if ((c == '+' || c == '-') && before != 'e' && before != 'p') {
                Double re = GoStrconv.parseFloat(text.substring(0, k));
                Double im = GoStrconv.parseFloat(text.substring(k, text.length() - 1));
                return re == null || im == null ? null : new GoComplex(re, im);
            }
        }
        return null;
    }

    /** float64(u) for a uint64, rounded to nearest as Go converts. */
    static double unsignedToDouble(long u) {
        return u >= 0 ? (double) u : new java.math.BigDecimal(Long.toUnsignedString(u)).doubleValue();
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
