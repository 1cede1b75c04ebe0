package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.TemplateFunction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.Adler32;

/** Sprig's encodings and hashes: b64/b32 (a bad input decodes to Go's error text, as Sprig returns it), sha*sum, adler32sum. */
final class SprigEncoding {
    private static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private SprigEncoding() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("b64enc", fixed(STRING, (c, a) -> Base64.getEncoder().encodeToString(utf8(str(a, 0))), STRING));
        m.put("b64dec", fixed(STRING, (c, a) -> b64dec(str(a, 0)), STRING));
        m.put("b32enc", fixed(STRING, (c, a) -> b32enc(utf8(str(a, 0))), STRING));
        m.put("b32dec", fixed(STRING, (c, a) -> b32dec(str(a, 0)), STRING));
        m.put("sha1sum", fixed(STRING, (c, a) -> digest("SHA-1", str(a, 0)), STRING));
        m.put("sha256sum", fixed(STRING, (c, a) -> digest("SHA-256", str(a, 0)), STRING));
        m.put("sha512sum", fixed(STRING, (c, a) -> digest("SHA-512", str(a, 0)), STRING));
        m.put("adler32sum", fixed(STRING, (c, a) -> {
            Adler32 x = new Adler32();
            x.update(utf8(str(a, 0)));
            return Long.toString(x.getValue());
        }, STRING));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String digest(String algorithm, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(utf8(s)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** base64.StdEncoding.DecodeString as text, or Go's error text (Sprig returns the error as the result). */
    static String b64dec(String s) {
        try {
            return new String(b64decode(s), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** base64.StdEncoding.DecodeString: padding required, \r and \n skipped; errors name the byte offset. */
    static byte[] b64decode(String s) {
        byte[] in = utf8(s);
        StringBuilder clean = new StringBuilder();
        int[] pos = new int[in.length];
        for (int i = 0; i < in.length; i++) {
            if (in[i] != '\r' && in[i] != '\n') {
                pos[clean.length()] = i;
                clean.append((char) (in[i] & 0xFF));
            }
        }
        String t = clean.toString();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            boolean ok = ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '+' || ch == '/';
            if (!ok && ch != '=') {
                throw b64error(pos[i]);
            }
            if (ch == '=') {
                int q = i % 4;
                int pad = t.length() - i;
                if (q < 2 || q == 2 && (pad != 2 || t.charAt(i + 1) != '=') || q == 3 && pad != 1) {
                    throw b64error(pos[Math.min(i, t.length() - 1)]);
                }
                break;
            }
        }
        if (t.length() % 4 != 0) {
            throw b64error(t.length() / 4 * 4 < t.length() ? pos[t.length() / 4 * 4] : t.length());
        }
        try {
            return Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            throw b64error(Math.max(0, t.length() - 1));
        }
    }

    private static IllegalArgumentException b64error(int offset) {
        return new IllegalArgumentException("illegal base64 data at input byte " + offset);
    }

    static String b32enc(byte[] b) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < b.length; i += 5) {
            int n = Math.min(5, b.length - i);
            long buf = 0;
            for (int j = 0; j < 5; j++) {
                buf = buf << 8 | (j < n ? b[i + j] & 0xFF : 0);
            }
            int chars = (n * 8 + 4) / 5;
            for (int j = 0; j < 8; j++) {
                out.append(j < chars ? B32.charAt((int) (buf >>> (35 - 5 * j)) & 31) : '=');
            }
        }
        return out.toString();
    }

    static String b32dec(String s) {
        String t = s.replace("\r", "").replace("\n", "");
        if (t.length() % 8 != 0) {
            return "illegal base32 data at input byte " + (t.length() / 8 * 8);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < t.length(); i += 8) {
            long buf = 0;
            int chars = 0;
            boolean padding = false;
            for (int j = 0; j < 8; j++) {
                char ch = t.charAt(i + j);
                if (ch == '=') {
                    padding = true;
                    buf <<= 5;
                    continue;
                }
                int v = B32.indexOf(ch);
                if (v < 0 || padding) {
                    return "illegal base32 data at input byte " + (i + j);
                }
                buf = buf << 5 | v;
                chars++;
            }
            int bytes = chars * 5 / 8;
            for (int j = 0; j < bytes; j++) {
                out.write((int) (buf >>> (32 - 8 * j)) & 0xFF);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
