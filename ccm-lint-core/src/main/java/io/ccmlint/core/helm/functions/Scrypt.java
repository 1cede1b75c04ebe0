package io.ccmlint.core.helm.functions;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * scrypt (RFC 7914) and the HMAC-SHA256 / PBKDF2 it is built on, as golang.org/x/crypto computes
 * them, for Sprig's derivePassword. HMAC is written out because Java's Mac refuses an empty key,
 * which Go accepts (an empty master password).
 */
final class Scrypt {
    private Scrypt() {
    }

    /** scrypt.Key(password, salt, n, r, p, keyLen); n a power of two above 1. */
    static byte[] key(byte[] password, byte[] salt, int n, int r, int p, int keyLen) {
        byte[] b = pbkdf2(password, salt, p * 128 * r);
        int[] xy = new int[64 * r];
        int[] v = new int[32 * n * r];
        for (int i = 0; i < p; i++) {
            smix(b, i * 128 * r, r, n, v, xy);
        }
        return pbkdf2(password, b, keyLen);
    }

    static byte[] hmacSha256(byte[] key, byte[] message) {
        MessageDigest sha = sha256();
        byte[] k = key.length > 64 ? sha.digest(key) : key;
        byte[] ipad = new byte[64];
        byte[] opad = new byte[64];
        for (int i = 0; i < 64; i++) {
            byte kb = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (kb ^ 0x36);
            opad[i] = (byte) (kb ^ 0x5c);
        }
        sha.update(ipad);
        byte[] inner = sha.digest(message);
        sha.update(opad);
        return sha.digest(inner);
    }

    /** PBKDF2-HMAC-SHA256 with one iteration, as scrypt uses it. */
    private static byte[] pbkdf2(byte[] password, byte[] salt, int length) {
        byte[] out = new byte[length];
        for (int block = 1, off = 0; off < length; block++, off += 32) {
            byte[] msg = Arrays.copyOf(salt, salt.length + 4);
            msg[salt.length] = (byte) (block >>> 24);
            msg[salt.length + 1] = (byte) (block >>> 16);
            msg[salt.length + 2] = (byte) (block >>> 8);
            msg[salt.length + 3] = (byte) block;
            byte[] u = hmacSha256(password, msg);
            System.arraycopy(u, 0, out, off, Math.min(32, length - off));
        }
        return out;
    }

    private static void smix(byte[] b, int off, int r, int n, int[] v, int[] xy) {
        int words = 32 * r;
        int[] x = new int[words];
        for (int i = 0; i < words; i++) {
            int j = off + 4 * i;
            x[i] = b[j] & 0xff | (b[j + 1] & 0xff) << 8 | (b[j + 2] & 0xff) << 16 | (b[j + 3] & 0xff) << 24;
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, r, xy);
        }
        for (int i = 0; i < n; i++) {
            int j = x[(2 * r - 1) * 16] & (n - 1);
            for (int k = 0; k < words; k++) {
                x[k] ^= v[j * words + k];
            }
            blockMix(x, r, xy);
        }
        for (int i = 0; i < words; i++) {
            int j = off + 4 * i;
            b[j] = (byte) x[i];
            b[j + 1] = (byte) (x[i] >>> 8);
            b[j + 2] = (byte) (x[i] >>> 16);
            b[j + 3] = (byte) (x[i] >>> 24);
        }
    }

    /** BlockMix with Salsa20/8: even outputs to the first half, odd to the second. */
    private static void blockMix(int[] b, int r, int[] y) {
        int[] t = Arrays.copyOfRange(b, (2 * r - 1) * 16, 2 * r * 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                t[k] ^= b[i * 16 + k];
            }
            salsa8(t);
            int dest = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(t, 0, y, dest, 16);
        }
        System.arraycopy(y, 0, b, 0, 32 * r);
    }

    private static void salsa8(int[] b) {
        int[] x = b.clone();
        for (int i = 0; i < 8; i += 2) {
            x[4] ^= Integer.rotateLeft(x[0] + x[12], 7);
            x[8] ^= Integer.rotateLeft(x[4] + x[0], 9);
            x[12] ^= Integer.rotateLeft(x[8] + x[4], 13);
            x[0] ^= Integer.rotateLeft(x[12] + x[8], 18);
            x[9] ^= Integer.rotateLeft(x[5] + x[1], 7);
            x[13] ^= Integer.rotateLeft(x[9] + x[5], 9);
            x[1] ^= Integer.rotateLeft(x[13] + x[9], 13);
            x[5] ^= Integer.rotateLeft(x[1] + x[13], 18);
            x[14] ^= Integer.rotateLeft(x[10] + x[6], 7);
            x[2] ^= Integer.rotateLeft(x[14] + x[10], 9);
            x[6] ^= Integer.rotateLeft(x[2] + x[14], 13);
            x[10] ^= Integer.rotateLeft(x[6] + x[2], 18);
            x[3] ^= Integer.rotateLeft(x[15] + x[11], 7);
            x[7] ^= Integer.rotateLeft(x[3] + x[15], 9);
            x[11] ^= Integer.rotateLeft(x[7] + x[3], 13);
            x[15] ^= Integer.rotateLeft(x[11] + x[7], 18);
            x[1] ^= Integer.rotateLeft(x[0] + x[3], 7);
            x[2] ^= Integer.rotateLeft(x[1] + x[0], 9);
            x[3] ^= Integer.rotateLeft(x[2] + x[1], 13);
            x[0] ^= Integer.rotateLeft(x[3] + x[2], 18);
            x[6] ^= Integer.rotateLeft(x[5] + x[4], 7);
            x[7] ^= Integer.rotateLeft(x[6] + x[5], 9);
            x[4] ^= Integer.rotateLeft(x[7] + x[6], 13);
            x[5] ^= Integer.rotateLeft(x[4] + x[7], 18);
            x[11] ^= Integer.rotateLeft(x[10] + x[9], 7);
            x[8] ^= Integer.rotateLeft(x[11] + x[10], 9);
            x[9] ^= Integer.rotateLeft(x[8] + x[11], 13);
            x[10] ^= Integer.rotateLeft(x[9] + x[8], 18);
            x[12] ^= Integer.rotateLeft(x[15] + x[14], 7);
            x[13] ^= Integer.rotateLeft(x[12] + x[15], 9);
            x[14] ^= Integer.rotateLeft(x[13] + x[12], 13);
            x[15] ^= Integer.rotateLeft(x[14] + x[13], 18);
        }
        for (int i = 0; i < 16; i++) {
            b[i] += x[i];
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
