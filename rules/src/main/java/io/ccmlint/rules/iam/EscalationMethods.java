package io.ccmlint.rules.iam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The known privilege-escalation methods CCM111 checks, read once from {@code escalation-methods.tsv}. */
final class EscalationMethods {
    /**
     * One method: what must be allowed together.
     *
     * @param passedTo the service principal a role is passed to with {@code iam:PassRole}, or null
     */
    record Method(String name, List<String> actions, String passedTo, String source) {
        /** "iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction". */
        String needs() {
            return String.join(" + ", actions);
        }
    }

    private static final List<Method> ALL = load();

    private EscalationMethods() {
    }

    static List<Method> all() {
        return ALL;
    }

    private static List<Method> load() {
        try (InputStream in = EscalationMethods.class.getResourceAsStream("escalation-methods.tsv")) {
            if (in == null) {
                throw new IllegalStateException("escalation-methods.tsv is missing from the rules jar");
            }
            List<Method> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalStateException("escalation-methods.tsv: not 4 fields: " + line);
                }
                out.add(new Method(f[0], List.of(f[1].split(" ")), f[2].equals("-") ? null : f[2], f[3]));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
