package io.ccmlint.rules.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values never filled in: {@code YOUR_ACCOUNT_ID}, {@code <namespace>}, {@code $cluster_name}, {@code XXXXX}... */
public final class Placeholders {
    /** A placeholder found at {@code [start, end)} of the text searched. */
    record Match(int start, int end, String text) {
    }

    static final Pattern WORDS = Pattern.compile(
            "(?<![A-Za-z0-9_])(?:(?:PUT_|ENTER_|INSERT_)?YOUR_[A-Z0-9_]*[A-Z0-9]|REPLACE_?ME|CHANGE_?ME|X{4,})(?![A-Za-z0-9_])");
    static final Pattern ANGLE = Pattern.compile("<([A-Za-z][A-Za-z0-9]*(?:[_ -][A-Za-z0-9]+)*)>");
    static final Pattern SHELL = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}|\\$[a-z][a-z0-9_]*(?![a-z0-9_(])");
    private static final Set<String> HTML = Set.of("a", "b", "i", "p", "br", "em", "hr", "li", "ul", "ol", "code", "pre",
            "div", "span", "strong", "table", "tr", "td", "th", "sub", "sup", "none", "nil", "empty",
            "h1", "h2", "h3", "h4", "h5", "h6", "html", "head", "body", "title", "script", "style",
            // EC2 user data sections (<powershell>, <script>, <persist>), as in AWS's CloudFormation samples
            "powershell", "persist");

    private Placeholders() {
    }

    /**
     * Placeholders in {@code text}. The shell-variable forms ({@code $name}, {@code ${NAME}}) count
     * only when {@code singleToken} (a value without spaces: an ARN, a host), since scripts use
     * variables on purpose.
     */
    static List<Match> find(String text, boolean singleToken) {
        List<Match> out = new ArrayList<>();
        if (!mayHold(text, 0, text.length())) {
            return out;
        }
        // Each regular expression only where the text holds what it cannot match without: most
        // candidates hold a "$" or "<" only (a policy variable, ${aws:username}), and the words'
        // look-behind is the costliest part of a search under the launcher's C1-only JIT.
        if (mayHoldWord(text)) {
            Matcher m = WORDS.matcher(text);
            while (m.find()) {
                out.add(new Match(m.start(), m.end(), m.group()));
            }
        }
        if (text.indexOf('<') >= 0) {
            Matcher a = ANGLE.matcher(text);
            while (a.find()) {
                if (!HTML.contains(a.group(1).toLowerCase(java.util.Locale.ROOT)) && !regexGroup(text, a.start())) {
                    out.add(new Match(a.start(), a.end(), a.group()));
                }
            }
        }
        if (singleToken && mayHoldShell(text)) {
            Matcher s = SHELL.matcher(text);
            while (s.find()) {
                out.add(new Match(s.start(), s.end(), s.group()));
            }
        }
        if (out.size() > 1) {
            out.sort(java.util.Comparator.comparingInt(Match::start));
        }
        return out;
    }

    /** What every match of {@link #WORDS} holds: YOUR_, REPLACE, CHANGE or XXXX. */
    static boolean mayHoldWord(String text) {
        return text.contains("YOUR_") || text.contains("REPLACE") || text.contains("CHANGE") || text.contains("XXXX");
    }

    /** What every match of {@link #SHELL} starts with: {@code $} and a lower-case letter, or <code>${</code> and an upper-case one. */
    static boolean mayHoldShell(String text) {
        for (int i = text.indexOf('$'); i >= 0 && i + 1 < text.length(); i = text.indexOf('$', i + 1)) {
            char next = text.charAt(i + 1);
            if (next >= 'a' && next <= 'z' || next == '{' && i + 2 < text.length() && text.charAt(i + 2) >= 'A' && text.charAt(i + 2) <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the {@code <name>} at {@code at} is a regular expression's named group or its back
     * reference: {@code (?<time>...)}, {@code (?P<time>...)}, {@code \k<time>} (a log parser's regex).
     */
    private static boolean regexGroup(String text, int at) {
        return at >= 1 && text.charAt(at - 1) == '?'
                || at >= 2 && (text.startsWith("?P", at - 2) || text.startsWith("\\k", at - 2));
    }

    /**
     * False when {@code text[from, to)} cannot hold a placeholder: none of the patterns can match
     * without one of {@code <}, {@code $}, {@code XXXX}, {@code YOUR_}, {@code REPLACE}, {@code CHANGE}.
     * A cheap test run on every value of every file before the regular expressions.
     */
    static boolean mayHold(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '$') {
                return true;
            }
            if ((c == 'X' || c == 'Y' || c == 'R' || c == 'C') && i + 4 <= to
                    && (text.startsWith("XXXX", i) || text.startsWith("YOUR_", i) && i + 5 <= to
                    || text.startsWith("REPLACE", i) && i + 7 <= to || text.startsWith("CHANGE", i) && i + 6 <= to)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text holds a placeholder (a value without spaces also in the shell-variable forms). */
    public static boolean isPlaceholder(String text) {
        return text != null && !find(text, !text.strip().contains(" ")).isEmpty();
    }
}
