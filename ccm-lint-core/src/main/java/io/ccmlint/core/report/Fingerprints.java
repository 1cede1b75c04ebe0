package io.ccmlint.core.report;

import io.ccmlint.core.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A stable identity for a finding that survives edits elsewhere in the file: rule, path, the
 * offending text with white space folded, the text before it on its line (the key it belongs to,
 * as context), and the message; never line numbers. Findings identical in all of these get
 * occurrence indexes in file order ({@link #all}). A sensitive finding's text is left out (a hash
 * of a short secret could be brute-forced); its context is not the secret.
 */
public final class Fingerprints {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private Fingerprints() {
    }

    /**
     * The fingerprints of findings (in the deterministic finding order), identical ones numbered in
     * the order they appear, keyed by finding identity.
     */
    public static Map<Finding, String> all(List<Finding> findings, Function<Finding, String> path) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        Map<String, Integer> seen = new HashMap<>();
        Map<Finding, String> out = new IdentityHashMap<>();
        for (Finding f : sorted) {
            String base = base(f, path.apply(f));
            int n = seen.merge(base, 1, Integer::sum) - 1;
            out.put(f, hash(base + (n == 0 ? "" : "\u0000#" + n)));
        }
        return out;
    }

    /** {@link #all(List, Function)} with the paths as displayed. */
    public static Map<Finding, String> all(List<Finding> findings) {
        return all(findings, f -> f.span().file().displayPath());
    }

    private static String base(Finding f, String path) {
        String text = f.sensitive() ? "" : fold(f.span().text());
        var file = f.span().file();
        String context = fold(file.text().substring(file.lineStart(f.span().startLine()), f.span().start()));
        return f.ruleId() + "\u0000" + path + "\u0000" + text + "\u0000" + context + "\u0000" + f.message();
    }

    private static String fold(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }

    private static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
