package io.ccmlint.core.source;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The text of one file plus a line index. Offsets everywhere in ccm-lint are {@code String}
 * (UTF-16) offsets into {@link #text()}, which never contains the UTF-8 byte-order mark: the BOM
 * is remembered separately so byte offsets and rewritten files stay exact.
 */
public final class SourceFile {
    private final Path path;
    private final String displayPath;
    private final String text;
    private final boolean bom;
    private final int[] lineStarts;
    private volatile int[] byteOffsetIndex;

    private SourceFile(Path path, String displayPath, String text, boolean bom) {
        this.path = Objects.requireNonNull(path);
        this.displayPath = Objects.requireNonNull(displayPath);
        this.text = Objects.requireNonNull(text);
        this.bom = bom;
        this.lineStarts = computeLineStarts(text);
    }

    /** A file whose text is already known (tests, fixed output). */
    public static SourceFile of(Path path, String displayPath, String text) {
        boolean bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
        return new SourceFile(path, displayPath, bom ? text.substring(1) : text, bom);
    }

    public static SourceFile of(String displayPath, String text) {
        return of(Path.of(displayPath), displayPath, text);
    }

    /**
     * Decodes UTF-8 strictly. Malformed input raises {@link MalformedInputException} carrying the
     * byte offset so the caller can report CCM001 at a location.
     */
    public static SourceFile decode(Path path, String displayPath, byte[] bytes) throws MalformedInputException {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            return new SourceFile(path, displayPath, text, bom);
        } catch (CharacterCodingException e) {
            int bad = firstMalformedByte(bytes, start);
            String prefix = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
            throw new MalformedInputException(bad, prefix);
        }
    }

    private static int firstMalformedByte(byte[] bytes, int from) {
        // decode step by step: on an error the input position is the first byte that is not UTF-8
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CoderResult r = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(bytes.length - from + 1), true);
        return r.isError() ? in.position() : bytes.length;
    }

    /** Thrown by {@link #decode} with the position of the first byte that is not UTF-8. */
    public static final class MalformedInputException extends Exception {
        private final int byteOffset;
        private final String decodedPrefix;

        MalformedInputException(int byteOffset, String decodedPrefix) {
            super("invalid UTF-8 at byte " + byteOffset);
            this.byteOffset = byteOffset;
            this.decodedPrefix = decodedPrefix;
        }

        public int byteOffset() {
            return byteOffset;
        }

        /** The text before the bad byte, to compute a line and column. */
        public String decodedPrefix() {
            return decodedPrefix;
        }
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    public Path path() {
        return path;
    }

    /** The path as shown to users: relative to the run's base directory, with '/' separators. */
    public String displayPath() {
        return displayPath;
    }

    public String text() {
        return text;
    }

    public boolean hasBom() {
        return bom;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of a text offset. */
    public int line(int offset) {
        int idx = Arrays.binarySearch(lineStarts, clamp(offset));
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    /** 1-based column of a text offset, in UTF-16 code units (as SARIF counts by default). */
    public int column(int offset) {
        int o = clamp(offset);
        return o - lineStarts[line(o) - 1] + 1;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.max(1, Math.min(line, lineStarts.length)) - 1];
    }

    /** Offset just past the last character of a 1-based line, before its line break. */
    public int lineEnd(int line) {
        int next = line < lineStarts.length ? lineStarts[line] : text.length();
        int end = next;
        if (end > lineStart(line) && end <= text.length() && end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > lineStart(line) && end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** Text offset of a 1-based line and column (UTF-16 units). */
    public int offset(int line, int column) {
        return clamp(lineStart(line) + Math.max(0, column - 1));
    }

    /** Byte offset in the file on disk (UTF-8, including a BOM) of a text offset. */
    public int byteOffset(int offset) {
        int[] index = byteOffsetIndex;
        if (index == null) {
            index = buildByteIndex();
            byteOffsetIndex = index;
        }
        int o = clamp(offset);
        return index == ASCII ? o + (bom ? 3 : 0) : index[o];
    }

    private static final int[] ASCII = new int[0];

    private int[] buildByteIndex() {
        int n = text.length();
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return ASCII;
        }
        int[] index = new int[n + 1];
        int b = bom ? 3 : 0;
        for (int i = 0; i < n; i++) {
            index[i] = b;
            char c = text.charAt(i);
            if (c < 0x80) {
                b += 1;
            } else if (c < 0x800) {
                b += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                index[i + 1] = b; // the pair is one 4-byte sequence; an offset inside it maps to its start
                b += 4;
                i++;
            } else {
                b += 3;
            }
        }
        index[n] = b;
        return index;
    }

    public Span span(int start, int end) {
        return new Span(this, start, end);
    }

    public Span wholeFile() {
        return new Span(this, 0, text.length());
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
