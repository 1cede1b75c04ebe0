package io.ccmlint.core.helm.template;

import java.util.List;
import java.util.Map;

/**
 * Go's fmt.Sprint, Sprintln and Sprintf over the template values: verbs, flags, width, precision,
 * argument indexes and the {@code %!verb(type=value)} error forms, as package fmt writes them.
 */
public final class GoFmt {
    private static final String LDIGITS = "0123456789abcdefx";
    private static final String UDIGITS = "0123456789ABCDEFX";
    /** Go lets a width reach ten million; padding every element of a map with it must still end. */
    private static final long DEFAULT_MAX_CHARS = 64L * 1024 * 1024;

    /** Thrown when the text would grow beyond the bound given to the printer. */
    public static final class TooLarge extends RuntimeException {
        TooLarge(long max) {
            super("formatted text larger than " + max + " characters", null, false, false);
        }
    }

    private final StringBuilder buf = new StringBuilder();
    private final long maxChars;
    private final GoFmtFlags f = new GoFmtFlags();
    private Object arg;
    private boolean erroring;
    private boolean reordered;
    private boolean goodArgNum;

    private GoFmt(long maxChars) {
        this.maxChars = maxChars;
    }

    /** fmt.Sprint: operands in their default format, spaces between operands when neither is a string. */
    public static String sprint(List<?> args) {
        return sprint(args, DEFAULT_MAX_CHARS);
    }

    /** fmt.Sprint, throwing {@link TooLarge} past {@code maxChars}. */
    public static String sprint(List<?> args, long maxChars) {
        GoFmt p = new GoFmt(maxChars);
        boolean prevString = false;
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            boolean isString = a instanceof String;
            if (i > 0 && !isString && !prevString) {
                p.buf.append(' ');
            }
            p.printArg(a, 'v');
            prevString = isString;
        }
        return p.buf.toString();
    }

    /** fmt.Sprintln: spaces always, and a newline. */
    public static String sprintln(List<?> args) {
        return sprintln(args, DEFAULT_MAX_CHARS);
    }

    /** fmt.Sprintln, throwing {@link TooLarge} past {@code maxChars}. */
    public static String sprintln(List<?> args, long maxChars) {
        GoFmt p = new GoFmt(maxChars);
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                p.buf.append(' ');
            }
            p.printArg(args.get(i), 'v');
        }
        return p.buf.append('\n').toString();
    }

    /** fmt.Sprintf. */
    public static String sprintf(String format, List<?> args) {
        return sprintf(format, args, DEFAULT_MAX_CHARS);
    }

    /** fmt.Sprintf, throwing {@link TooLarge} past {@code maxChars}. */
    public static String sprintf(String format, List<?> args, long maxChars) {
        GoFmt p = new GoFmt(maxChars);
        p.doPrintf(format, args);
        return p.buf.toString();
    }

    // ---- Printf ----

    private void doPrintf(String format, List<?> a) {
        int end = format.length();
        int argNum = 0;
        boolean afterIndex;
        reordered = false;
        formatLoop:
        for (int i = 0; i < end; ) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                buf.append(format, lasti, i);
            }
            if (i >= end) {
                break;
            }
            i++; // the '%'
            f.clear();
            simpleFormat:
            for (; i < end; i++) {
                char c = format.charAt(i);
                switch (c) {
                    case '#': f.sharp = true; break;
                    case '0': f.zero = true; break;
                    case '+': f.plus = true; break;
                    case '-': f.minus = true; break;
                    case ' ': f.space = true; break;
                    default:
                        if ('a' <= c && c <= 'z' && argNum < a.size()) {
                            if (c == 'v' || c == 'w') {
                                f.sharpV = f.sharp;
                                f.sharp = false;
                                f.plusV = f.plus;
                                f.plus = false;
                            }
                            printArg(a.get(argNum), c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simpleFormat;
                }
            }
            int[] r = argNumber(argNum, format, i, a.size());
            argNum = r[0];
            i = r[1];
            afterIndex = r[2] != 0;
            if (i < end && format.charAt(i) == '*') {
                i++;
                Integer w = intFromArg(a, argNum);
                argNum++;
                if (argNum > a.size()) {
                    argNum = a.size();
                }
                f.widPresent = w != null;
                f.wid = w == null ? 0 : w;
                if (w == null) {
                    buf.append("%!(BADWIDTH)");
                }
                if (f.wid < 0) {
                    f.wid = -f.wid;
                    f.minus = true;
                    f.zero = false;
                }
                afterIndex = false;
            } else {
                int[] n = parseNum(format, i, end);
                f.wid = n[0];
                f.widPresent = n[1] != 0;
                i = n[2];
                if (afterIndex && f.widPresent) {
                    goodArgNum = false;
                }
            }
            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) {
                    goodArgNum = false;
                }
                r = argNumber(argNum, format, i, a.size());
                argNum = r[0];
                i = r[1];
                afterIndex = r[2] != 0;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    Integer p = intFromArg(a, argNum);
                    argNum++;
                    if (argNum > a.size()) {
                        argNum = a.size();
                    }
                    f.precPresent = p != null;
                    f.prec = p == null ? 0 : p;
                    if (f.prec < 0) {
                        f.prec = 0;
                        f.precPresent = false;
                    }
                    if (!f.precPresent) {
                        buf.append("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    int[] n = parseNum(format, i, end);
                    f.prec = n[0];
                    f.precPresent = n[1] != 0;
                    i = n[2];
                    if (!f.precPresent) {
                        f.prec = 0;
                        f.precPresent = true;
                    }
                }
            }
            if (!afterIndex) {
                r = argNumber(argNum, format, i, a.size());
                argNum = r[0];
                i = r[1];
            }
            if (i >= end) {
                buf.append("%!(NOVERB)");
                break;
            }
            int verb = format.codePointAt(i);
            i += Character.charCount(verb);
            if (verb == '%') {
                buf.append('%');
            } else if (!goodArgNum) {
                buf.append("%!").appendCodePoint(verb).append("(BADINDEX)");
            } else if (argNum >= a.size()) {
                buf.append("%!").appendCodePoint(verb).append("(MISSING)");
            } else {
                if (verb == 'v' || verb == 'w') {
                    f.sharpV = f.sharp;
                    f.sharp = false;
                    f.plusV = f.plus;
                    f.plus = false;
                }
                printArg(a.get(argNum), verb);
                argNum++;
            }
        }
        if (!reordered && argNum < a.size()) {
            f.clear();
            buf.append("%!(EXTRA ");
            for (int k = argNum; k < a.size(); k++) {
                if (k > argNum) {
                    buf.append(", ");
                }
                Object x = a.get(k);
                if (x == null) {
                    buf.append("<nil>");
                } else {
                    buf.append(GoValues.typeName(x)).append('=');
                    printArg(x, 'v');
                }
            }
            buf.append(')');
        }
    }

    /** {num, isnum ? 1 : 0, newi}: a decimal number at format[start:end], refusing absurd sizes. */
    private static int[] parseNum(String s, int start, int end) {
        if (start >= end) {
            return new int[] {0, 0, end};
        }
        int num = 0;
        boolean isnum = false;
        int i = start;
        for (; i < end && '0' <= s.charAt(i) && s.charAt(i) <= '9'; i++) {
            if (tooLarge(num)) {
                return new int[] {0, 0, end};
            }
            num = num * 10 + (s.charAt(i) - '0');
            isnum = true;
        }
        return new int[] {num, isnum ? 1 : 0, i};
    }

    private static boolean tooLarge(int x) {
        return x > 1_000_000 || x < -1_000_000;
    }

    /** {argNum, newi, found ? 1 : 0} for an explicit index like [3] at format[i]. */
    private int[] argNumber(int argNum, String format, int i, int numArgs) {
        if (format.length() <= i || format.charAt(i) != '[') {
            return new int[] {argNum, i, 0};
        }
        reordered = true;
        int index = 0;
        int wid = 1;
        boolean ok = false;
        String rest = format.substring(i);
        if (rest.length() >= 3) {
            for (int j = 1; j < rest.length(); j++) {
                if (rest.charAt(j) == ']') {
                    int[] n = parseNum(rest, 1, j);
                    wid = j + 1;
                    if (n[1] != 0 && n[2] == j) {
                        index = n[0] - 1;
                        ok = true;
                    }
                    break;
                }
            }
        }
        if (ok && 0 <= index && index < numArgs) {
            return new int[] {index, i + wid, 1};
        }
        goodArgNum = false;
        return new int[] {argNum, i + wid, ok ? 1 : 0};
    }

    /** An int operand for '*' width or precision; null when it is not an int or too large. */
    private static Integer intFromArg(List<?> a, int argNum) {
        if (argNum >= a.size()) {
            return null;
        }
        Object v = a.get(argNum);
        long n;
        if (v instanceof Long) {
            n = (Long) v;
        } else if (v instanceof GoInt) {
            GoInt g = (GoInt) v;
            if (!g.signed() && g.bits() < 0) {
                return null;
            }
            n = g.bits();
        } else {
            return null;
        }
        if (n > 1_000_000 || n < -1_000_000) {
            return null;
        }
        return (int) n;
    }

    // ---- one operand ----

    private void printArg(Object a, int verb) {
        arg = a;
        if (a == null) {
            if (verb == 'T' || verb == 'v') {
                padString("<nil>");
            } else {
                badVerb(verb);
            }
            return;
        }
        if (verb == 'T') {
            fmtS(GoValues.typeName(a));
            return;
        }
        if (verb == 'p') {
            badVerb(verb); // no value here has an address worth printing
            return;
        }
        printValue(a, verb, 0);
    }

    private void printValue(Object v, int verb, int depth) {
        arg = v;
        if (v instanceof Boolean) {
            fmtBool((Boolean) v, verb);
        } else if (v instanceof Long) {
            fmtInteger((Long) v, true, verb);
        } else if (v instanceof GoInt) {
            fmtInteger(((GoInt) v).bits(), ((GoInt) v).signed(), verb);
        } else if (v instanceof Double) {
            fmtFloat((Double) v, verb);
        } else if (v instanceof GoComplex) {
            fmtComplex((GoComplex) v, verb);
        } else if (v instanceof String) {
            fmtString((String) v, verb);
        } else if (v instanceof Map) {
            printMap((Map<?, ?>) v, verb, depth);
        } else if (v instanceof List) {
            printList((List<?>) v, verb, depth);
        } else if (v instanceof GoObject) {
            GoObject o = (GoObject) v;
            if (erroring) {
                fmtString(o.printed(), 'v'); // the value inside %!verb(type=value)
            } else if (!f.sharpV && (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q')) {
                fmtString(o.printed(), verb);
            } else {
                badVerb(verb);
            }
        } else {
            buf.append('?').append(GoValues.typeName(v)).append('?');
        }
    }

    /** An element of a map or list: its static type is interface {}, so nil prints as <nil> for any verb. */
    private void printElement(Object e, int verb, int depth) {
        if (e == null) {
            buf.append(f.sharpV ? "interface {}(nil)" : "<nil>");
        } else {
            printValue(e, verb, depth + 1);
        }
    }

    private void printMap(Map<?, ?> m, int verb, int depth) {
        buf.append(f.sharpV ? GoValues.typeName(m) + "{" : "map[");
        int i = 0;
        for (String k : GoValues.sortedKeys(m)) {
            if (i++ > 0) {
                buf.append(f.sharpV ? ", " : " ");
            }
            printValue(k, verb, depth + 1);
            buf.append(':');
            printElement(m.get(k), verb, depth + 1);
        }
        buf.append(f.sharpV ? '}' : ']');
    }

    private void printList(List<?> l, int verb, int depth) {
        buf.append(f.sharpV ? GoValues.typeName(l) + "{" : "[");
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                buf.append(f.sharpV ? ", " : " ");
            }
            printElement(l.get(i), verb, depth);
        }
        buf.append(f.sharpV ? '}' : ']');
    }

    private void badVerb(int verb) {
        erroring = true;
        Object a = arg;
        buf.append("%!").appendCodePoint(verb).append('(');
        if (a != null) {
            buf.append(GoValues.typeName(a)).append('=');
            printValue(a, 'v', 0);
        } else {
            buf.append("<nil>");
        }
        buf.append(')');
        erroring = false;
    }

    private void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            padString(v ? "true" : "false");
        } else {
            badVerb(verb);
        }
    }

    private void fmtInteger(long v, boolean signed, int verb) {
        switch (verb) {
            case 'v':
                if (f.sharpV && !signed) {
                    boolean sharp = f.sharp;
                    f.sharp = true;
                    integer(v, 16, false, 'v', LDIGITS);
                    f.sharp = sharp;
                } else {
                    integer(v, 10, signed, verb, LDIGITS);
                }
                break;
            case 'd': integer(v, 10, signed, verb, LDIGITS); break;
            case 'b': integer(v, 2, signed, verb, LDIGITS); break;
            case 'o':
            case 'O': integer(v, 8, signed, verb, LDIGITS); break;
            case 'x': integer(v, 16, signed, verb, LDIGITS); break;
            case 'X': integer(v, 16, signed, verb, UDIGITS); break;
            case 'c': fmtC(v); break;
            case 'q': pad(GoStrconv.quoteRune(runeOf(v), f.plus)); break;
            case 'U': fmtUnicode(v); break;
            default: badVerb(verb);
        }
    }

    private static long runeOf(long u) {
        return Long.compareUnsigned(u, 0x10FFFF) > 0 ? 0xFFFD : u;
    }

    private void fmtFloat(double v, int verb) {
        switch (verb) {
            case 'v': floatOf(v, 'g', -1); break;
            case 'b':
            case 'g':
            case 'G':
            case 'x':
            case 'X': floatOf(v, (char) verb, -1); break;
            case 'f':
            case 'e':
            case 'E': floatOf(v, (char) verb, 6); break;
            case 'F': floatOf(v, 'f', 6); break;
            default: badVerb(verb);
        }
    }

    private void fmtComplex(GoComplex c, int verb) {
        switch (verb) {
            case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E':
                boolean oldPlus = f.plus;
                buf.append('(');
                fmtFloat(c.real(), verb);
                f.plus = true;
                fmtFloat(c.imag(), verb);
                buf.append("i)");
                f.plus = oldPlus;
                break;
            default:
                badVerb(verb);
        }
    }

    private void fmtString(String s, int verb) {
        switch (verb) {
            case 'v':
                if (f.sharpV) {
                    fmtQ(s);
                } else {
                    fmtS(s);
                }
                break;
            case 's': fmtS(s); break;
            case 'x': fmtSx(s, LDIGITS); break;
            case 'X': fmtSx(s, UDIGITS); break;
            case 'q': fmtQ(s); break;
            default: badVerb(verb);
        }
    }

    // ---- the raw formatter (fmt/format.go) ----

    private void room(long more) {
        if (buf.length() + more > maxChars) {
            throw new TooLarge(maxChars);
        }
    }

    private void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        room(n);
        char pad = f.zero && !f.minus ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(pad);
        }
    }

    private void pad(String s) {
        room(s.length());
        if (!f.widPresent || f.wid == 0) {
            buf.append(s);
            return;
        }
        int width = f.wid - s.codePointCount(0, s.length());
        if (!f.minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }

    private void padString(String s) {
        pad(s);
    }

    private void fmtUnicode(long u) {
        StringBuilder b = new StringBuilder();
        int prec = 4;
        if (f.precPresent && f.prec > 4) {
            prec = f.prec;
        }
        String hex = Long.toHexString(u).toUpperCase();
        b.append("U+");
        for (int i = hex.length(); i < prec; i++) {
            b.append('0');
        }
        b.append(hex);
        if (f.sharp && Long.compareUnsigned(u, 0x10FFFF) <= 0 && GoStrconv.isPrint((int) u)) {
            b.append(" '").appendCodePoint((int) u).append('\'');
        }
        boolean oldZero = f.zero;
        f.zero = false;
        pad(b.toString());
        f.zero = oldZero;
    }

    private void integer(long u, int base, boolean signed, int verb, String digits) {
        boolean negative = signed && u < 0;
        if (negative) {
            u = -u;
        }
        int prec = 0;
        if (f.precPresent) {
            prec = f.prec;
            if (prec == 0 && u == 0) {
                boolean oldZero = f.zero;
                f.zero = false;
                writePadding(f.wid);
                f.zero = oldZero;
                return;
            }
        } else if (f.zero && !f.minus && f.widPresent) {
            prec = f.wid;
            if (negative || f.plus || f.space) {
                prec--;
            }
        }
        String num = Long.toUnsignedString(u, base);
        if (digits == UDIGITS) {
            num = num.toUpperCase();
        }
        StringBuilder b = new StringBuilder();
        for (int i = num.length(); i < prec; i++) {
            b.append('0');
        }
        b.append(num);
        if (f.sharp) {
            switch (base) {
                case 2: b.insert(0, "0b"); break;
                case 8:
                    if (b.charAt(0) != '0') {
                        b.insert(0, '0');
                    }
                    break;
                case 16: b.insert(0, digits.charAt(16)).insert(0, '0'); break;
                default:
            }
        }
        if (verb == 'O') {
            b.insert(0, "0o");
        }
        if (negative) {
            b.insert(0, '-');
        } else if (f.plus) {
            b.insert(0, '+');
        } else if (f.space) {
            b.insert(0, ' ');
        }
        boolean oldZero = f.zero;
        f.zero = false;
        pad(b.toString());
        f.zero = oldZero;
    }

    private String truncate(String s) {
        if (f.precPresent) {
            int n = f.prec;
            for (int i = 0; i < s.length(); ) {
                if (--n < 0) {
                    return s.substring(0, i);
                }
                i += Character.charCount(s.codePointAt(i));
            }
        }
        return s;
    }

    private void fmtS(String s) {
        pad(truncate(s));
    }

    private void fmtSx(String s, String digits) {
        byte[] b = GoValues.utf8(s);
        int length = b.length;
        if (f.precPresent && f.prec < length) {
            length = f.prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (f.space) {
                if (f.sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (f.sharp) {
                width += 2;
            }
        } else {
            if (f.widPresent) {
                writePadding(f.wid);
            }
            return;
        }
        if (f.widPresent && f.wid > width && !f.minus) {
            writePadding(f.wid - width);
        }
        if (f.sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (f.space && i > 0) {
                buf.append(' ');
                if (f.sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = b[i] & 0xFF;
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (f.widPresent && f.wid > width && f.minus) {
            writePadding(f.wid - width);
        }
    }

    private void fmtQ(String s) {
        s = truncate(s);
        if (f.sharp && GoStrconv.canBackquote(s)) {
            pad("`" + s + "`");
            return;
        }
        pad(GoStrconv.quote(s, f.plus));
    }

    private void fmtC(long c) {
        long r = runeOf(c);
        if (!GoStrconv.validRune(r)) {
            r = 0xFFFD;
        }
        pad(new String(Character.toChars((int) r)));
    }

    private void floatOf(double v, char verb, int prec) {
        if (f.precPresent) {
            prec = f.prec;
        }
        String num = GoFloatFormat.format(v, verb, prec);
        if (num.charAt(0) == '-' || num.charAt(0) == '+') {
            // already signed
        } else {
            num = "+" + num;
        }
        if (f.space && num.charAt(0) == '+' && !f.plus) {
            num = " " + num.substring(1);
        }
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = f.zero;
            f.zero = false;
            if (num.charAt(1) == 'N' && !f.space && !f.plus) {
                num = num.substring(1);
            }
            pad(num);
            f.zero = oldZero;
            return;
        }
        if (f.sharp && verb != 'b') {
            num = sharpFloat(num, verb, prec);
        }
        if (f.plus || num.charAt(0) != '+') {
            if (f.zero && !f.minus && f.widPresent && f.wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(f.wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            pad(num);
            return;
        }
        pad(num.substring(1));
    }

    /** The '#' flag: always a decimal point, and %g keeps its trailing zeros. */
    private static String sharpFloat(String num, char verb, int prec) {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = prec == -1 ? 6 : prec;
        }
        String tail = "";
        StringBuilder n = new StringBuilder(num);
        boolean hasDecimalPoint = false;
        boolean sawNonzeroDigit = false;
        for (int i = 1; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '.') {
                hasDecimalPoint = true;
            } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                tail = n.substring(i);
                n.setLength(i);
                break;
            } else {
                if (c != '0') {
                    sawNonzeroDigit = true;
                }
                if (sawNonzeroDigit) {
                    digits--;
                }
            }
        }
        if (!hasDecimalPoint) {
            if (n.length() == 2 && n.charAt(1) == '0') {
                digits--;
            }
            n.append('.');
        }
        while (digits > 0) {
            n.append('0');
            digits--;
        }
        return n.append(tail).toString();
    }
}
