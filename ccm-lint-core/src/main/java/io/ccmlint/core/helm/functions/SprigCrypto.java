package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.integer;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.template.GoType.INT;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.CallContext;
import io.ccmlint.core.helm.template.FunctionException;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sprig's crypto.go functions other than keys and certificates (see {@link SprigNondeterministic}).
 * {@code derivePassword} (Master Password: scrypt then HMAC-SHA256) and {@code decryptAES} are
 * deterministic and give exactly Go's output, errors included. The others draw randomness in Go, so
 * here they are fixed so a lint run is reproducible and never depends on a random source:
 * <ul>
 * <li>{@code bcrypt} gives a string of bcrypt's shape ({@code $2a$10$} and 53 characters of bcrypt's
 * alphabet, 60 in all), derived from a hash of the password. It is not a real bcrypt hash: nothing
 * should check a password against it; only the length and shape match Helm's.
 * <li>{@code htpasswd} is {@code user:} and that bcrypt string, or Sprig's "invalid username" text.
 * <li>{@code encryptAES} really encrypts (AES-256-CBC, PKCS#7 padding, base64 of IV and ciphertext,
 * as Sprig does) but with an IV taken from a hash of key and text instead of a random one, so Helm's
 * or our {@code decryptAES} gives the text back.
 * <li>{@code randBytes} is the base64 of a fixed pattern of ASCII bytes of the asked length.
 * </ul>
 */
final class SprigCrypto {
    private static final String BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String SCOPE = "com.lyndir.masterpassword"; // the Master Password algorithm's key scope
    private static final Map<String, List<String>> PASSWORD_TEMPLATES = Map.of(
            "maximum", List.of("anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"),
            "long", List.of("CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
                    "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
                    "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
                    "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
                    "CvccCvcvCvccno"),
            "medium", List.of("CvcnoCvc", "CvcCvcno"),
            "short", List.of("Cvcn"),
            "basic", List.of("aaanaaan", "aannaaan", "aaannaaa"),
            "pin", List.of("nnnn"));
    private static final Map<Character, String> TEMPLATE_CHARACTERS = Map.of(
            'V', "AEIOU",
            'C', "BCDFGHJKLMNPQRSTVWXYZ",
            'v', "aeiou",
            'c', "bcdfghjklmnpqrstvwxyz",
            'A', "AEIOUBCDFGHJKLMNPQRSTVWXYZ",
            'a', "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz",
            'n', "0123456789",
            'o', "@&%?,=[]_:-+*$#!'^~;()/.",
            'x', "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()");

    /** scrypt keys by password and user: a chart deriving passwords for many sites computes each once (0.3 s, 32 MB). */
    private static final Map<String, byte[]> MASTER_KEYS = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > 16;
        }
    });

    private SprigCrypto() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("bcrypt", fixed(STRING, (c, a) -> bcrypt(str(a, 0)), STRING));
        m.put("htpasswd", fixed(STRING, (c, a) -> str(a, 0).contains(":")
                ? "invalid username: " + str(a, 0)
                : str(a, 0) + ":" + bcrypt(str(a, 1)), STRING, STRING));
        m.put("derivePassword", fixed(STRING, (c, a) -> derivePassword(integer(a, 0), str(a, 1), str(a, 2), str(a, 3),
                str(a, 4)), INT, STRING, STRING, STRING, STRING));
        m.put("encryptAES", fixed(STRING, (c, a) -> encryptAes(str(a, 0), str(a, 1)), STRING, STRING));
        m.put("decryptAES", fixed(STRING, (c, a) -> decryptAes(str(a, 0), str(a, 1)), STRING, STRING));
        m.put("randBytes", fixed(STRING, (c, a) -> randBytes(c, integer(a, 0)), INT));
    }

    static String bcrypt(String password) {
        byte[] p = utf8(password);
        if (p.length > 72) {
            return "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes";
        }
        byte[] h = digest("SHA-512", concat(utf8("ccm-lint bcrypt placeholder "), p));
        StringBuilder b = new StringBuilder("$2a$10$");
        for (int i = 0; i < 53; i++) {
            b.append(BCRYPT_ALPHABET.charAt(h[i] & 63));
        }
        return b.toString();
    }

    /** Master Password's algorithm as Sprig runs it; the counter is a uint32 in Go. */
    static String derivePassword(long counter, String type, String password, String user, String site) {
        if (counter < 0) {
            // Go rejects the argument itself (a uint32 parameter, set with wrap-around); ours takes an int
            throw new IllegalStateException("expected unsigned integer; found " + counter);
        }
        List<String> templates = PASSWORD_TEMPLATES.get(type);
        if (templates == null) {
            return "cannot find password template " + type;
        }
        byte[] key = MASTER_KEYS.computeIfAbsent(password.length() + ":" + password + user, k -> Scrypt.key(utf8(password),
                concat(utf8(SCOPE), uint32(utf8(user).length), utf8(user)), 32768, 8, 2, 64));
        byte[] siteKey = Scrypt.hmacSha256(key, concat(utf8(SCOPE), uint32(utf8(site).length), utf8(site),
                uint32((int) counter)));
        String template = templates.get((siteKey[0] & 0xff) % templates.size());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            String chars = TEMPLATE_CHARACTERS.get(template.charAt(i));
            b.append(chars.charAt((siteKey[i + 1] & 0xff) % chars.length()));
        }
        return b.toString();
    }

    static String encryptAes(String password, String plaintext) {
        if (plaintext.isEmpty()) {
            return "";
        }
        byte[] content = utf8(plaintext);
        int padding = 16 - content.length % 16;
        byte[] padded = Arrays.copyOf(content, content.length + padding);
        Arrays.fill(padded, content.length, padded.length, (byte) padding);
        byte[] key = key(password);
        byte[] iv = Arrays.copyOf(digest("SHA-256", concat(key, content)), 16);
        byte[] out = concat(iv, aes(Cipher.ENCRYPT_MODE, key, iv, padded));
        return Base64.getEncoder().encodeToString(out);
    }

    /** Sprig's decryptAES, with the panics Go turns into the function's error. */
    static String decryptAes(String password, String crypt64) {
        if (crypt64.isEmpty()) {
            return "";
        }
        byte[] crypt = SprigEncoding.b64decode(crypt64);
        if (crypt.length < 16) {
            throw new IllegalStateException("runtime error: slice bounds out of range [:16] with capacity " + crypt.length);
        }
        byte[] body = Arrays.copyOfRange(crypt, 16, crypt.length);
        if (body.length % 16 != 0) {
            throw new IllegalStateException("crypto/cipher: input not full blocks");
        }
        if (body.length == 0) {
            throw new IllegalStateException("runtime error: index out of range [-1]");
        }
        byte[] plain = aes(Cipher.DECRYPT_MODE, key(password), Arrays.copyOf(crypt, 16), body);
        int end = plain.length - (plain[plain.length - 1] & 0xff);
        if (end < 0) {
            throw new IllegalStateException("runtime error: slice bounds out of range [:" + end + "]");
        }
        return new String(plain, 0, end, StandardCharsets.UTF_8);
    }

    private static String randBytes(CallContext c, long count) throws FunctionException {
        if (count < 0) {
            throw new IllegalStateException("runtime error: makeslice: len out of range");
        }
        Fn.checkSize(c, count * 4 / 3 + 4);
        byte[] b = new byte[(int) count];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) ((i * 37 + 11) & 0x7f); // ASCII, so b64dec gives the same count of bytes back
        }
        return Base64.getEncoder().encodeToString(b);
    }

    /** The password's bytes, cut or zero-padded to an AES-256 key. */
    private static byte[] key(String password) {
        return Arrays.copyOf(utf8(password), 32);
    }

    private static byte[] aes(int mode, byte[] key, byte[] iv, byte[] data) {
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] uint32(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
