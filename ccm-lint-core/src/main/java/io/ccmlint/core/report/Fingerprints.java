package io.ccmlint.core.report;

import io.ccmlint.core.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable identity for a finding that survives edits elsewhere in the file: rule, path and the
 * offending text with white space folded, never line numbers.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(Finding f) {
        String text = f.sensitive() ? "" : f.span().text().replaceAll("\\s+", " ").trim();
        String key = f.ruleId() + "\u0000" + f.span().file().displayPath() + "\u0000" + text + "\u0000" + f.message();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
