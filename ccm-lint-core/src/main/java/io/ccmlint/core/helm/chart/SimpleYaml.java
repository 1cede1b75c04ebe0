package io.ccmlint.core.helm.chart;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The YAML Helm's toYAML writes for a map of strings (go-yaml v2 through sigs.k8s.io/yaml), enough for
 * {@code .Files.AsConfig}/{@code AsSecrets}: keys sorted, multi-line text as a literal block, text that
 * would read as another type double-quoted, other text plain when safe, else single-quoted; no final
 * newline.
 */
final class SimpleYaml {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./ =+-]*");

    private SimpleYaml() {
    }

    static String stringMap(Map<String, String> m) {
        if (m.isEmpty()) {
            return "{}";
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : m.entrySet()) {
            b.append(scalar(e.getKey(), "")).append(':');
            String v = e.getValue();
            if (v.contains("\n") && !v.contains("\r") && !v.startsWith(" ")) {
                String chomp = v.endsWith("\n\n") ? "+" : v.endsWith("\n") ? "" : "-";
                b.append(" |").append(chomp).append('\n');
                String body = v.endsWith("\n") ? v.substring(0, v.length() - 1) : v;
                for (String line : body.split("\n", -1)) {
                    b.append(line.isEmpty() ? "" : "  " + line).append('\n');
                }
            } else {
                b.append(' ').append(scalar(v, "")).append('\n');
            }
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    private static String scalar(String v, String unused) {
        if (v.isEmpty()) {
            return "\"\"";
        }
        if (!(io.ccmlint.core.helm.YamlScalars.resolve(v) instanceof String)) {
            return "\"" + v + "\"";
        }
        if (PLAIN.matcher(v).matches() && !v.endsWith(" ")) {
            return v;
        }
        if (v.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return "'" + v.replace("'", "''") + "'";
        }
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
