package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.integer;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.functions.Fn.variadic;
import static io.ccmlint.core.helm.template.GoType.ANY;
import static io.ccmlint.core.helm.template.GoType.BOOL;
import static io.ccmlint.core.helm.template.GoType.INT;
import static io.ccmlint.core.helm.template.GoType.LIST;
import static io.ccmlint.core.helm.template.GoType.MAP;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.GoFmt;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sprig's string functions (strings.go and the goutils/xstrings helpers it calls). Go strings are bytes: lengths and cuts count UTF-8 bytes. */
final class SprigStrings {
    private SprigStrings() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("trim", fixed(STRING, (c, a) -> goTrimSpace(str(a, 0)), STRING));
        m.put("trimAll", fixed(STRING, (c, a) -> trimCutset(str(a, 1), str(a, 0)), STRING, STRING));
        m.put("trimall", m.get("trimAll"));
        m.put("trimSuffix", fixed(STRING, (c, a) -> str(a, 1).endsWith(str(a, 0))
                ? str(a, 1).substring(0, str(a, 1).length() - str(a, 0).length()) : str(a, 1), STRING, STRING));
        m.put("trimPrefix", fixed(STRING, (c, a) -> str(a, 1).startsWith(str(a, 0))
                ? str(a, 1).substring(str(a, 0).length()) : str(a, 1), STRING, STRING));
        m.put("upper", fixed(STRING, (c, a) -> str(a, 0).toUpperCase(java.util.Locale.ROOT), STRING));
        m.put("lower", fixed(STRING, (c, a) -> str(a, 0).toLowerCase(java.util.Locale.ROOT), STRING));
        m.put("title", fixed(STRING, (c, a) -> title(str(a, 0)), STRING));
        m.put("untitle", fixed(STRING, (c, a) -> untitle(str(a, 0)), STRING));
        m.put("repeat", fixed(STRING, (c, a) -> {
            long n = integer(a, 0);
            if (n < 0) {
                throw new IllegalStateException("strings: negative Repeat count");
            }
            Fn.checkSize(c, n * bytes(str(a, 1)).length);
            return str(a, 1).repeat((int) n);
        }, INT, STRING));
        m.put("substr", fixed(STRING, (c, a) -> substr((int) integer(a, 0), (int) integer(a, 1), str(a, 2)), INT, INT, STRING));
        m.put("nospace", fixed(STRING, (c, a) -> str(a, 0).codePoints().filter(cp -> !isGoSpace(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString(), STRING));
        m.put("trunc", fixed(STRING, (c, a) -> trunc(integer(a, 0), str(a, 1)), INT, STRING));
        m.put("abbrev", fixed(STRING, (c, a) -> abbrev(integer(a, 0), str(a, 1)), INT, STRING));
        m.put("abbrevboth", fixed(STRING, (c, a) -> abbrevboth(integer(a, 0), integer(a, 1), str(a, 2)), INT, INT, STRING));
        m.put("hello", fixed(STRING, (c, a) -> "Hello!"));
        m.put("initials", fixed(STRING, (c, a) -> initials(str(a, 0)), STRING));
        m.put("wrap", fixed(STRING, (c, a) -> wrap(str(a, 1), (int) integer(a, 0), "\n", false), INT, STRING));
        m.put("wrapWith", fixed(STRING, (c, a) -> wrap(str(a, 2), (int) integer(a, 0), str(a, 1), true), INT, STRING, STRING));
        m.put("contains", fixed(BOOL, (c, a) -> str(a, 1).contains(str(a, 0)), STRING, STRING));
        m.put("hasPrefix", fixed(BOOL, (c, a) -> str(a, 1).startsWith(str(a, 0)), STRING, STRING));
        m.put("hasSuffix", fixed(BOOL, (c, a) -> str(a, 1).endsWith(str(a, 0)), STRING, STRING));
        m.put("quote", variadic(STRING, ANY, (c, a) -> quote(a)));
        m.put("squote", variadic(STRING, ANY, (c, a) -> squote(a)));
        m.put("cat", variadic(STRING, ANY, (c, a) -> cat(a)));
        m.put("indent", fixed(STRING, (c, a) -> indent(c, integer(a, 0), str(a, 1)), INT, STRING));
        m.put("nindent", fixed(STRING, (c, a) -> "\n" + indent(c, integer(a, 0), str(a, 1)), INT, STRING));
        m.put("replace", fixed(STRING, (c, a) -> replace(str(a, 2), str(a, 0), str(a, 1)), STRING, STRING, STRING));
        m.put("plural", fixed(STRING, (c, a) -> integer(a, 2) == 1 ? str(a, 0) : str(a, 1), STRING, STRING, INT));
        m.put("snakecase", fixed(STRING, (c, a) -> CaseWords.snake(str(a, 0), '_'), STRING));
        m.put("kebabcase", fixed(STRING, (c, a) -> CaseWords.snake(str(a, 0), '-'), STRING));
        m.put("camelcase", fixed(STRING, (c, a) -> CaseWords.pascal(str(a, 0)), STRING));
        m.put("swapcase", fixed(STRING, (c, a) -> swapcase(str(a, 0)), STRING));
        m.put("toString", fixed(STRING, (c, a) -> GoConv.strval(a.get(0)), ANY));
        m.put("toStrings", fixed(LIST, (c, a) -> new ArrayList<Object>(GoConv.strslice(a.get(0))), ANY));
        m.put("split", fixed(MAP, (c, a) -> indexed(goSplit(str(a, 1), str(a, 0), -1)), STRING, STRING));
        m.put("splitn", fixed(MAP, (c, a) -> indexed(goSplit(str(a, 2), str(a, 0), integer(a, 1))), STRING, INT, STRING));
        m.put("splitList", fixed(LIST, (c, a) -> new ArrayList<Object>(goSplit(str(a, 1), str(a, 0), -1)), STRING, STRING));
        m.put("join", fixed(STRING, (c, a) -> String.join(str(a, 0), GoConv.strslice(a.get(1))), STRING, ANY));
        m.put("sortAlpha", fixed(LIST, (c, a) -> {
            List<String> l = GoConv.strslice(a.get(0));
            l.sort(io.ccmlint.core.helm.template.GoValues.KEY_ORDER);
            return new ArrayList<Object>(l);
        }, ANY));
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Go's s[from:to] on bytes; a cut inside a character leaves invalid UTF-8, which Java shows as U+FFFD. */
    static String bytesSlice(byte[] b, int from, int to) {
        return new String(Arrays.copyOfRange(b, from, to), StandardCharsets.UTF_8);
    }

    static boolean isGoSpace(int cp) {
        switch (cp) {
            case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ': case 0x85: case 0xA0:
                return true;
            default:
                return cp == 0x1680 || cp >= 0x2000 && cp <= 0x200A || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
                        || cp == 0x205F || cp == 0x3000;
        }
    }

    static String goTrimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isGoSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isGoSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static String trimCutset(String s, String cutset) {
        int start = 0;
        int end = s.length();
        while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** strings.Title: the first letter of each word in title case; a separator is a space or ASCII punctuation. */
    static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int prev = ' ';
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            b.appendCodePoint(isTitleSeparator(prev) ? Character.toTitleCase(cp) : cp);
            prev = cp;
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static boolean isTitleSeparator(int r) {
        if (r <= 0x7F) {
            return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_');
        }
        if (Character.isLetterOrDigit(r)) {
            return false;
        }
        return isGoSpace(r);
    }

    /** goutils.Uncapitalize: each space-separated word's first character lower-cased. */
    private static String untitle(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean next = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (isGoSpace(ch)) {
                b.append(ch);
                next = true;
            } else if (next) {
                b.append(Character.toLowerCase(ch));
                next = false;
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    static String substr(int start, int end, String s) {
        byte[] b = bytes(s);
        if (start < 0) {
            return bytesSlice(b, 0, checkedIndex(end, b.length));
        }
        if (end < 0 || end > b.length) {
            return bytesSlice(b, checkedIndex(start, b.length), b.length);
        }
        if (start > end) {
            throw new IllegalStateException("runtime error: slice bounds out of range [" + start + ":" + end + "]");
        }
        return bytesSlice(b, start, end);
    }

    private static int checkedIndex(int i, int len) {
        if (i < 0 || i > len) {
            throw new IllegalStateException("runtime error: slice bounds out of range [" + (i < 0 ? ":" + i : i + ":" + len) + "]");
        }
        return i;
    }

    static String trunc(long c, String s) {
        byte[] b = bytes(s);
        if (c < 0 && b.length + c > 0) {
            return bytesSlice(b, (int) (b.length + c), b.length);
        }
        if (c >= 0 && b.length > c) {
            return bytesSlice(b, 0, (int) c);
        }
        return s;
    }

    private static String abbrev(long width, String s) {
        byte[] b = bytes(s);
        if (width < 4 || b.length <= width) {
            return s;
        }
        return bytesSlice(b, 0, (int) width - 3) + "...";
    }

    /** Sprig's abbrevboth: goutils.AbbreviateFull, "" where it errs (on bytes). */
    private static String abbrevboth(long left, long right, String s) {
        if (right < 4 || left > 0 && right < 7) {
            return s;
        }
        return abbreviateFull(bytes(s), left, right);
    }

    private static String abbreviateFull(byte[] b, long offset, long maxWidth) {
        if (b.length == 0 || b.length <= maxWidth) {
            return bytesSlice(b, 0, b.length);
        }
        int len = b.length;
        long off = Math.min(offset, len);
        if (len - off < maxWidth - 3) {
            off = len - (maxWidth - 3);
        }
        if (off <= 4) {
            return bytesSlice(b, 0, (int) maxWidth - 3) + "...";
        }
        if (maxWidth < 7) {
            return "";
        }
        if (off + maxWidth - 3 < len) {
            return "..." + abbreviateFull(java.util.Arrays.copyOfRange(b, (int) off, len), 0, maxWidth - 3);
        }
        return "..." + bytesSlice(b, (int) (len - (maxWidth - 3)), len);
    }

    private static String initials(String s) {
        StringBuilder b = new StringBuilder();
        boolean gap = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isGoSpace(cp)) {
                gap = true;
            } else if (gap) {
                b.appendCodePoint(cp);
                gap = false;
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** goutils.WrapCustom (a port of commons-lang's WordUtils.wrap), on bytes. */
    static String wrap(String str, int wrapLength, String newLine, boolean wrapLongWords) {
        if (str.isEmpty()) {
            return "";
        }
        if (wrapLength < 1) {
            wrapLength = 1;
        }
        byte[] s = bytes(str);
        int len = s.length;
        int offset = 0;
        StringBuilder out = new StringBuilder();
        while (len - offset > wrapLength) {
            if (s[offset] == ' ') {
                offset++;
                continue;
            }
            int end = Math.min(wrapLength + offset + 1, len);
            int space = lastSpace(s, offset, end);
            if (space >= offset) {
                out.append(bytesSlice(s, offset, space)).append(newLine);
                offset = space + 1;
            } else if (wrapLongWords) {
                out.append(bytesSlice(s, offset, wrapLength + offset)).append(newLine);
                offset += wrapLength;
            } else {
                int from = wrapLength + offset;
                int next = -1;
                for (int i = from; i < len; i++) {
                    if (s[i] == ' ') {
                        next = i;
                        break;
                    }
                }
                if (next < 0) {
                    out.append(bytesSlice(s, offset, len));
                    offset = len;
                } else {
                    out.append(bytesSlice(s, offset, next)).append(newLine);
                    offset = next + 1;
                }
            }
        }
        out.append(bytesSlice(s, offset, len));
        return out.toString();
    }

    private static int lastSpace(byte[] s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (s[i] == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static String quote(List<Object> args) {
        List<String> out = new ArrayList<>();
        for (Object o : args) {
            if (o != null) {
                out.add(GoFmt.sprintf("%q", List.of(GoConv.strval(o))));
            }
        }
        return String.join(" ", out);
    }

    private static String squote(List<Object> args) {
        List<String> out = new ArrayList<>();
        for (Object o : args) {
            if (o != null) {
                out.add("'" + GoConv.strval(o) + "'");
            }
        }
        return String.join(" ", out);
    }

    /** cat: fmt.Sprintf("%v %v ...") of the non-nil arguments. */
    private static String cat(List<Object> args) {
        List<Object> v = new ArrayList<>();
        for (Object o : args) {
            if (o != null) {
                v.add(o);
            }
        }
        return GoFmt.sprintf(String.join(" ", java.util.Collections.nCopies(v.size(), "%v")), v);
    }

    private static String indent(io.ccmlint.core.helm.template.CallContext c, long spaces, String v)
            throws io.ccmlint.core.helm.template.FunctionException {
        long n = Math.max(spaces, 0);
        if (spaces < 0) {
            throw new IllegalStateException("strings: negative Repeat count");
        }
        long lines = v.chars().filter(ch -> ch == '\n').count() + 1;
        Fn.checkSize(c, bytes(v).length + n * lines);
        String pad = " ".repeat((int) n);
        return pad + v.replace("\n", "\n" + pad);
    }

    /** strings.Replace(s, old, new, -1): an empty old inserts new around every character. */
    static String replace(String s, String old, String neu) {
        if (!old.isEmpty()) {
            return s.replace(old, neu);
        }
        StringBuilder b = new StringBuilder(neu);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            b.appendCodePoint(cp).append(neu);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static String swapcase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.isUpperCase(cp) || Character.isTitleCase(cp)
                ? Character.toLowerCase(cp) : Character.isLowerCase(cp) ? Character.toUpperCase(cp) : cp));
        return b.toString();
    }

    /** strings.SplitN (n < 0: all); an empty separator splits into characters. */
    static List<String> goSplit(String s, String sep, long n) {
        List<String> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        if (sep.isEmpty()) {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (n > 0 && out.size() == n - 1) {
                    out.add(s.substring(i));
                    return out;
                }
                out.add(new String(Character.toChars(cp)));
                i += Character.charCount(cp);
            }
            return out;
        }
        int from = 0;
        while (n < 0 || out.size() < n - 1) {
            int at = s.indexOf(sep, from);
            if (at < 0) {
                break;
            }
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    private static Map<String, Object> indexed(List<String> parts) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            m.put("_" + i, parts.get(i));
        }
        return m;
    }
}
