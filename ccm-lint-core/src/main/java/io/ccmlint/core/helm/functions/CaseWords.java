package io.ccmlint.core.helm.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * xstrings' case conversions, simplified: words split at connectors ('-', '_', spaces), at a lower to
 * upper change, and before the last capital of a capital run followed by a lower-case letter
 * ("HTTPServer" is "http_server"). Digits stay with the word they follow.
 */
final class CaseWords {
    private CaseWords() {
    }

    static String snake(String s, char connector) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '_' || Character.isWhitespace(c)) {
                flush(words, w);
                continue;
            }
            if (Character.isUpperCase(c) && w.length() > 0) {
                char prev = w.charAt(w.length() - 1);
                boolean nextLower = i + 1 < n && Character.isLowerCase(s.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || Character.isUpperCase(prev) && nextLower) {
                    flush(words, w);
                }
            }
            w.append(c);
        }
        flush(words, w);
        return String.join(String.valueOf(connector), words).toLowerCase(Locale.ROOT);
    }

    private static void flush(List<String> words, StringBuilder w) {
        if (w.length() > 0) {
            words.add(w.toString());
            w.setLength(0);
        }
    }

    /** xstrings.ToPascalCase: connectors dropped, the letter after one upper-cased, as is the first; leading connectors kept. */
    static String pascal(String s) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length() && isConnector(s.charAt(i))) {
            b.append(s.charAt(i++));
        }
        boolean upperNext = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isConnector(c)) {
                if (i + 1 < s.length() && isConnector(s.charAt(i + 1)) || i + 1 == s.length()) {
                    b.append(c);
                }
                upperNext = true;
                continue;
            }
            b.append(upperNext ? Character.toUpperCase(c) : c);
            upperNext = false;
        }
        return b.toString();
    }

    private static boolean isConnector(char c) {
        return c == '-' || c == '_' || Character.isWhitespace(c);
    }
}
