package io.ccmlint.core.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Compressed file texts ({@link SourceFile#pack()}), and the few most recently unpacked ones:
 * reporters and fixes read the findings of one file after another, so a small cache unpacks each
 * file about once.
 */
final class PackedTexts {
    private static final int CACHED = 32;
    private static final int LATIN1 = 0;
    private static final int UTF16 = 1;
    private static final Map<SourceFile, SourceText> RECENT = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SourceFile, SourceText> eldest) {
            return size() > CACHED;
        }
    };

    private PackedTexts() {
    }

    /**
     * The text deflated, after a first byte saying how it is encoded: Latin-1 when every character
     * fits (most files: half the bytes to compress), else the UTF-16 code units. Both are lossless
     * for any string, unpaired surrogates included (UTF-8 would not be).
     */
    static byte[] pack(String text) {
        byte[] latin = text.getBytes(StandardCharsets.ISO_8859_1); // a '?' for each character that does not fit
        boolean latin1 = new String(latin, StandardCharsets.ISO_8859_1).equals(text); // array copies, not a loop per char
        byte[] raw = latin1 ? latin : codeUnits(text);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 6));
            out.write(latin1 ? LATIN1 : UTF16);
            byte[] buf = new byte[8192];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static SourceText unpack(SourceFile file, byte[] packed, boolean bom) {
        synchronized (RECENT) {
            SourceText cached = RECENT.get(file);
            if (cached != null) {
                return cached;
            }
        }
        SourceText text = new SourceText(inflate(packed, file.length()), bom);
        synchronized (RECENT) {
            RECENT.put(file, text);
        }
        return text;
    }

    private static String inflate(byte[] packed, int length) {
        Inflater inflater = new Inflater();
        try {
            boolean latin1 = packed[0] == LATIN1;
            inflater.setInput(packed, 1, packed.length - 1);
            byte[] raw = new byte[latin1 ? length : length * 2];
            int at = 0;
            while (at < raw.length && !inflater.finished()) {
                int n = inflater.inflate(raw, at, raw.length - at);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                at += n;
            }
            if (at != raw.length) {
                throw new IllegalStateException("packed text is damaged: " + at + " of " + raw.length + " bytes");
            }
            return latin1 ? new String(raw, StandardCharsets.ISO_8859_1) : fromCodeUnits(raw);
        } catch (DataFormatException e) {
            throw new IllegalStateException("packed text is damaged", e);
        } finally {
            inflater.end();
        }
    }

    /** Two bytes per UTF-16 code unit, copied as they are (a charset would replace unpaired surrogates). */
    private static byte[] codeUnits(String text) {
        byte[] raw = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            raw[2 * i] = (byte) (c >>> 8);
            raw[2 * i + 1] = (byte) c;
        }
        return raw;
    }

    private static String fromCodeUnits(byte[] raw) {
        char[] chars = new char[raw.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((raw[2 * i] & 0xFF) << 8) | (raw[2 * i + 1] & 0xFF));
        }
        return new String(chars);
    }
}
