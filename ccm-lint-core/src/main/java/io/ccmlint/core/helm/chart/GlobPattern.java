package io.ccmlint.core.helm.chart;

import java.util.regex.Pattern;

/**
 * gobwas/glob with '/' as separator, as {@code .Files.Glob} uses it: {@code *} within a path element,
 * {@code **} across elements, {@code ?}, {@code [a-z]}, {@code [!a]}, {@code {a,b}}, backslash escapes.
 * A pattern that does not compile matches everything, as in Helm.
 */
final class GlobPattern {
    private GlobPattern() {
    }

    static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*':
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        re.append(".*");
                        i++;
                    } else {
                        re.append("[^/]*");
                    }
                    break;
                case '?':
                    re.append("[^/]");
                    break;
                case '[': {
                    int end = glob.indexOf(']', i + 1);
                    if (end < 0) {
                        return Pattern.compile(".*", Pattern.DOTALL);
                    }
                    String body = glob.substring(i + 1, end);
                    if (body.startsWith("!")) {
                        body = "^" + body.substring(1);
                    }
                    re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = end;
                    break;
                }
                case '{':
                    braces++;
                    re.append("(?:");
                    break;
                case '}':
                    if (braces == 0) {
                        re.append("\\}");
                    } else {
                        braces--;
                        re.append(')');
                    }
                    break;
                case ',':
                    re.append(braces > 0 ? "|" : ",");
                    break;
                case '\\':
                    if (i + 1 < glob.length()) {
                        re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                    break;
                default:
                    re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces != 0) {
            return Pattern.compile(".*", Pattern.DOTALL);
        }
        try {
            return Pattern.compile(re.toString(), Pattern.DOTALL);
        } catch (RuntimeException e) {
            return Pattern.compile(".*", Pattern.DOTALL);
        }
    }
}
