package io.ccmlint.core.helm.functions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Go's regexp (RE2 syntax) on java.util.regex: the pattern is checked and translated so that what RE2
 * rejects is rejected (backreferences, lookaround, possessive and atomic groups, unknown escapes) and
 * what RE2 means is what runs ({@code $} is the end of text unless (?m), {@code \s} has no \v, POSIX
 * classes, literal '[' and '&' in classes, named groups). Java backtracks where RE2 does not, so each
 * match is bounded in the characters it may read.
 */
final class GoRegex {
    /** A pattern RE2 would refuse, worded as Go's "error parsing regexp: ...". */
    static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    /** The match work bound was hit. */
    static final class TooMuchWork extends RuntimeException {
        TooMuchWork() {
            super("regular expression needs too much work (backtracking)", null, false, false);
        }
    }

    private static final Map<String, String> POSIX = Map.ofEntries(Map.entry("alnum", "\\p{Alnum}"),
            Map.entry("alpha", "\\p{Alpha}"), Map.entry("ascii", "\\x00-\\x7F"), Map.entry("blank", "\\t "),
            Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "0-9"), Map.entry("graph", "\\p{Graph}"),
            Map.entry("lower", "a-z"), Map.entry("print", "\\p{Print}"), Map.entry("punct", "\\p{Punct}"),
            Map.entry("space", "\\t\\n\\x0B\\f\\r "), Map.entry("upper", "A-Z"), Map.entry("word", "0-9A-Za-z_"),
            Map.entry("xdigit", "0-9A-Fa-f"));

    final Pattern pattern;
    final Map<String, Integer> names;
    private final long budget;

    private GoRegex(Pattern pattern, Map<String, Integer> names, long budget) {
        this.pattern = pattern;
        this.names = names;
        this.budget = budget;
    }

    static GoRegex compile(String expr, long budget) throws SyntaxError {
        Map<String, Integer> names = new HashMap<>();
        String java = translate(expr, names);
        try {
            return new GoRegex(Pattern.compile(java, Pattern.UNIX_LINES | Pattern.UNICODE_CASE), names, budget);
        } catch (PatternSyntaxException e) {
            throw new SyntaxError("error parsing regexp: " + e.getDescription() + ": `" + expr + "`");
        }
    }

    /** A matcher over text whose reads are counted. */
    Matcher matcher(String s) {
        long[] left = {budget};
        CharSequence counted = new CharSequence() {
            @Override
            public int length() {
                return s.length();
            }

            @Override
            public char charAt(int index) {
                if (--left[0] < 0) {
                    throw new TooMuchWork();
                }
                return s.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return s.subSequence(start, end);
            }

            @Override
            public String toString() {
                return s;
            }
        };
        return pattern.matcher(counted);
    }

    /** Go's FindAll: successive matches, an empty one right where the previous ended skipped; n < 0 all. */
    List<int[]> findAll(String s, long n) {
        List<int[]> out = new ArrayList<>();
        Matcher m = matcher(s);
        int prevEnd = -1;
        while ((n < 0 || out.size() < n) && m.find()) {
            if (m.end() == m.start() && m.start() == prevEnd) {
                continue;
            }
            int[] g = new int[2 * (m.groupCount() + 1)];
            for (int i = 0; i <= m.groupCount(); i++) {
                g[2 * i] = m.start(i);
                g[2 * i + 1] = m.end(i);
            }
            out.add(g);
            prevEnd = m.end();
        }
        return out;
    }

    /** Regexp.ReplaceAllString: $1, ${1}, $name, ${name}, $$ in repl (or repl as is when literal). */
    String replaceAll(String s, String repl, boolean literal) {
        StringBuilder b = new StringBuilder();
        int last = 0;
        for (int[] g : findAll(s, -1)) {
            b.append(s, last, g[0]);
            if (literal) {
                b.append(repl);
            } else {
                expand(b, repl, s, g);
            }
            last = g[1];
        }
        b.append(s.substring(last));
        return b.toString();
    }

    private void expand(StringBuilder b, String t, String s, int[] g) {
        for (int i = 0; i < t.length(); ) {
            char c = t.charAt(i);
            if (c != '$' || i + 1 >= t.length()) {
                b.append(c);
                i++;
                continue;
            }
            char n = t.charAt(i + 1);
            if (n == '$') {
                b.append('$');
                i += 2;
                continue;
            }
            String name;
            int next;
            if (n == '{') {
                int close = t.indexOf('}', i + 2);
                name = close < 0 ? "" : t.substring(i + 2, close);
                if (close < 0 || name.isEmpty() || !name.matches("[A-Za-z0-9_]+")) {
                    b.append('$');
                    i++;
                    continue;
                }
                next = close + 1;
            } else {
                int j = i + 1;
                while (j < t.length() && (Character.isLetterOrDigit(t.charAt(j)) && t.charAt(j) < 0x80 || t.charAt(j) == '_')) {
                    j++;
                }
                if (j == i + 1) {
                    b.append('$');
                    i++;
                    continue;
                }
                name = t.substring(i + 1, j);
                next = j;
            }
            int group = -1;
            if (name.matches("[0-9]+")) {
                try {
                    group = Integer.parseInt(name);
                } catch (NumberFormatException e) {
                    group = -1;
                }
            } else if (names.containsKey(name)) {
                group = names.get(name);
            }
            if (group >= 0 && 2 * group + 1 < g.length && g[2 * group] >= 0) {
                b.append(s, g[2 * group], g[2 * group + 1]);
            }
            i = next;
        }
    }

    /** Regexp.Split. */
    List<String> split(String s, long n) {
        List<String> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        if (!pattern.pattern().isEmpty() && s.isEmpty()) {
            out.add("");
            return out;
        }
        int beg = 0;
        int end = 0;
        for (int[] m : findAll(s, n)) {
            if (n > 0 && out.size() == n - 1) {
                break;
            }
            end = m[0];
            if (m[1] != 0) {
                out.add(s.substring(beg, end));
            }
            beg = m[1];
        }
        if (end != s.length()) {
            out.add(s.substring(beg));
        }
        return out;
    }

    /** RE2 syntax to Java syntax; what RE2 refuses is refused. */
    static String translate(String re, Map<String, Integer> names) throws SyntaxError {
        StringBuilder out = new StringBuilder();
        Deque<Boolean> multiline = new ArrayDeque<>();
        boolean ml = false;
        int groups = 0;
        boolean lastWasQuantifier = false;
        boolean canRepeat = false;
        for (int i = 0; i < re.length(); ) {
            char c = re.charAt(i);
            if (c == '\\') {
                if (i + 1 >= re.length()) {
                    throw err("trailing backslash at end of expression", "");
                }
                char e = re.charAt(i + 1);
                if (e == 'Q') {
                    int end = re.indexOf("\\E", i + 2);
                    String lit = end < 0 ? re.substring(i + 2) : re.substring(i + 2, end);
                    out.append(Pattern.quote(lit));
                    i = end < 0 ? re.length() : end + 2;
                    canRepeat = !lit.isEmpty();
                    lastWasQuantifier = false;
                    continue;
                }
                int len = escape(re, i, out, false);
                i += len;
                canRepeat = true;
                lastWasQuantifier = false;
                continue;
            }
            if (c == '[') {
                i = charClass(re, i, out);
                canRepeat = true;
                lastWasQuantifier = false;
                continue;
            }
            if (c == '(') {
                if (re.startsWith("(?", i)) {
                    int j = i + 2;
                    if (re.startsWith("P<", j) || re.startsWith("<", j) && !re.startsWith("<=", j) && !re.startsWith("<!", j)) {
                        int start = re.indexOf('<', j) + 1;
                        int close = re.indexOf('>', start);
                        String name = close < 0 ? "" : re.substring(start, close);
                        if (close < 0 || !name.matches("[A-Za-z0-9_]+")) {
                            throw err("invalid named capture", re.substring(i, Math.min(re.length(), close < 0 ? re.length() : close + 1)));
                        }
                        if (names.containsKey(name)) {
                            throw err("duplicate capture group name", name);
                        }
                        names.put(name, ++groups);
                        out.append('(');
                        multiline.push(ml);
                        i = close + 1;
                        canRepeat = false;
                        continue;
                    }
                    int k = j;
                    boolean neg = false;
                    boolean setM = ml;
                    while (k < re.length() && "imsU-".indexOf(re.charAt(k)) >= 0) {
                        char f = re.charAt(k);
                        if (f == '-') {
                            neg = true;
                        } else if (f == 'U') {
                            throw err("ungreedy flag (?U) is not supported here", re.substring(i, k + 1));
                        } else if (f == 'm') {
                            setM = !neg;
                        }
                        k++;
                    }
                    if (k >= re.length() || re.charAt(k) != ')' && re.charAt(k) != ':') {
                        throw err("invalid or unsupported Perl syntax", re.substring(i, Math.min(re.length(), k + 1)));
                    }
                    String flags = re.substring(j, k);
                    if (re.charAt(k) == ')') {
                        if (flags.isEmpty() || flags.endsWith("-")) {
                            throw err("invalid or unsupported Perl syntax", re.substring(i, k + 1));
                        }
                        ml = setM;
                        out.append("(?").append(flags).append(')');
                        i = k + 1;
                        canRepeat = false;
                        continue;
                    }
                    multiline.push(ml);
                    ml = setM;
                    out.append("(?").append(flags).append(':');
                    i = k + 1;
                    canRepeat = false;
                    continue;
                }
                groups++;
                multiline.push(ml);
                out.append('(');
                i++;
                canRepeat = false;
                continue;
            }
            if (c == ')') {
                if (multiline.isEmpty()) {
                    throw err("unexpected )", re);
                }
                ml = multiline.pop();
                out.append(')');
                i++;
                canRepeat = true;
                lastWasQuantifier = false;
                continue;
            }
            if (c == '*' || c == '+' || c == '?' || c == '{' && isRepeat(re, i)) {
                int end = c == '{' ? re.indexOf('}', i) + 1 : i + 1;
                if (lastWasQuantifier) {
                    throw err("invalid nested repetition operator", re.substring(i, end));
                }
                if (!canRepeat) {
                    throw err("missing argument to repetition operator", re.substring(i, end));
                }
                if (c == '{') {
                    String[] parts = re.substring(i + 1, end - 1).split(",", -1);
                    for (String p : parts) {
                        if (!p.isEmpty() && Integer.parseInt(p) > 1000) {
                            throw err("invalid repeat count", re.substring(i, end));
                        }
                    }
                }
                out.append(re, i, end);
                i = end;
                if (i < re.length() && re.charAt(i) == '?') {
                    out.append('?');
                    i++;
                }
                lastWasQuantifier = true;
                continue;
            }
            lastWasQuantifier = false;
            canRepeat = c != '|' && c != '^' && c != '$';
            if (c == '$') {
                out.append(ml ? "(?=\\n|\\z)" : "\\z");
            } else if (c == '{' ) {
                out.append("\\{");
                canRepeat = true;
            } else if (c == '}') {
                out.append("\\}");
                canRepeat = true;
            } else {
                out.append(c);
            }
            i++;
        }
        if (!multiline.isEmpty()) {
            throw err("missing closing )", re);
        }
        return out.toString();
    }

    private static boolean isRepeat(String re, int i) {
        int close = re.indexOf('}', i);
        return close > 0 && re.substring(i + 1, close).matches("[0-9]+(,[0-9]*)?");
    }

    private static SyntaxError err(String what, String where) {
        return new SyntaxError("error parsing regexp: " + what + ": `" + where + "`");
    }

    /** One escape at i; appended in Java syntax; returns its length. */
    private static int escape(String re, int i, StringBuilder out, boolean inClass) throws SyntaxError {
        char e = re.charAt(i + 1);
        switch (e) {
            case 'a': out.append("\\x07"); return 2;
            case 'f': case 't': case 'n': case 'r': out.append('\\').append(e); return 2;
            case 'v': out.append("\\x0B"); return 2;
            case 'd': case 'D': case 'w': case 'W': out.append('\\').append(e); return 2;
            case 's': out.append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]"); return 2;
            case 'S':
                if (inClass) {
                    throw err("invalid escape sequence", "\\S");
                }
                out.append("[^\\t\\n\\f\\r ]");
                return 2;
            case 'b': case 'B': case 'A': case 'z':
                if (inClass) {
                    throw err("invalid escape sequence", "\\" + e);
                }
                out.append('\\').append(e);
                return 2;
            case 'x': {
                if (i + 2 < re.length() && re.charAt(i + 2) == '{') {
                    int close = re.indexOf('}', i);
                    if (close < 0) {
                        throw err("invalid escape sequence", re.substring(i));
                    }
                    out.append(re, i, close + 1);
                    return close + 1 - i;
                }
                if (i + 4 > re.length() || !re.substring(i + 2, i + 4).matches("[0-9A-Fa-f]{2}")) {
                    throw err("invalid escape sequence", re.substring(i, Math.min(re.length(), i + 4)));
                }
                out.append(re, i, i + 4);
                return 4;
            }
            case 'p': case 'P': {
                String name;
                int len;
                if (i + 2 < re.length() && re.charAt(i + 2) == '{') {
                    int close = re.indexOf('}', i);
                    if (close < 0) {
                        throw err("invalid character class range", re.substring(i));
                    }
                    name = re.substring(i + 3, close);
                    len = close + 1 - i;
                } else if (i + 2 < re.length()) {
                    name = re.substring(i + 2, i + 3);
                    len = 3;
                } else {
                    throw err("invalid character class range", re.substring(i));
                }
                boolean neg = name.startsWith("^");
                if (neg) {
                    name = name.substring(1);
                }
                char kind = neg ^ e == 'P' ? 'P' : 'p';
                String java = name.equals("Any") ? "{all}" : name.length() <= 2 ? "{" + name + "}" : "{Is" + name + "}";
                out.append('\\').append(kind).append(java);
                return len;
            }
            default:
                if (e == '0' || e >= '1' && e <= '7' && i + 2 < re.length() && re.charAt(i + 2) >= '0' && re.charAt(i + 2) <= '7') {
                    int j = i + 1;
                    while (j < re.length() && j < i + 4 && re.charAt(j) >= '0' && re.charAt(j) <= '7') {
                        j++;
                    }
                    out.append("\\0").append(re, i + 1, j);
                    return j - i;
                }
                if (e < 0x80 && !Character.isLetterOrDigit(e)) {
                    out.append('\\').append(e);
                    return 2;
                }
                throw err("invalid escape sequence", "\\" + e);
        }
    }

    /** A bracketed class at i; returns the index after it. */
    private static int charClass(String re, int i, StringBuilder out) throws SyntaxError {
        int j = i + 1;
        out.append('[');
        if (j < re.length() && re.charAt(j) == '^') {
            out.append('^');
            j++;
        }
        boolean first = true;
        while (true) {
            if (j >= re.length()) {
                throw err("missing closing ]", re.substring(i));
            }
            char c = re.charAt(j);
            if (c == ']' && !first) {
                out.append(']');
                return j + 1;
            }
            first = false;
            if (c == '[' && re.startsWith("[:", j)) {
                int close = re.indexOf(":]", j + 2);
                if (close > 0) {
                    String name = re.substring(j + 2, close);
                    boolean neg = name.startsWith("^");
                    String cls = POSIX.get(neg ? name.substring(1) : name);
                    if (cls == null) {
                        throw err("invalid character class range", re.substring(j, close + 2));
                    }
                    out.append(neg ? "&&[^" + cls + "]" : cls);
                    j = close + 2;
                    continue;
                }
            }
            if (c == '\\') {
                if (j + 1 >= re.length()) {
                    throw err("trailing backslash at end of expression", "");
                }
                j += escape(re, j, out, true);
                continue;
            }
            if (c == '[' || c == '&' || c == ']' || c == '^') {
                out.append('\\');
            }
            out.append(c);
            j++;
        }
    }
}
