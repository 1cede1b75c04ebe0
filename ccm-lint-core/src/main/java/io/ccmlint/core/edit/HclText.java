package io.ccmlint.core.edit;

import java.util.List;
import java.util.stream.Collectors;

/** Renders HCL literals and aligned attribute lines the way {@code terraform fmt} writes them. */
public final class HclText {
    private HclText() {
    }

    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '$', '%' -> {
                    b.append(c);
                    if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                        b.append(c); // $${ and %%{ are the literal forms
                    }
                }
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** One string, or a tuple of strings. */
    public static String strings(List<String> values, boolean alwaysList) {
        if (values.size() == 1 && !alwaysList) {
            return quote(values.get(0));
        }
        return values.stream().map(HclText::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code key = value} lines with the {@code =} aligned, each prefixed by {@code indent}. */
    public static String alignedLines(List<String[]> keyValues, String indent, String assign, String nl) {
        int width = keyValues.stream().mapToInt(kv -> kv[0].length()).max().orElse(0);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < keyValues.size(); i++) {
            String[] kv = keyValues.get(i);
            b.append(indent).append(kv[0]).append(" ".repeat(width - kv[0].length())).append(' ').append(assign)
                    .append(' ').append(kv[1]);
            if (i < keyValues.size() - 1) {
                b.append(nl);
            }
        }
        return b.toString();
    }
}
