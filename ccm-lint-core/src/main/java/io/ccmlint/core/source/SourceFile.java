package io.ccmlint.core.source;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The text of one file plus a line index. Offsets everywhere in ccm-lint are {@code String}
 * (UTF-16) offsets into {@link #text()}, which never contains the UTF-8 byte-order mark: the BOM
 * is remembered separately so byte offsets and rewritten files stay exact.
 *
 * <p>Once nothing but findings refers to a file, {@link #pack()} keeps its text compressed (the
 * exact text read, never re-read from disk): a run over 85,000 files keeps findings, not texts.
 * The text and line index come back on demand.
 */
public final class SourceFile {
    private final Path path;
    private final String displayPath;
    private final boolean bom;
    private final int length;
    /** Null once packed. */
    private volatile SourceText content;
    private volatile byte[] packed;

    private SourceFile(Path path, String displayPath, String text, boolean bom) {
        this.path = Objects.requireNonNull(path);
        this.displayPath = Objects.requireNonNull(displayPath);
        this.content = new SourceText(text, bom);
        this.length = text.length();
        this.bom = bom;
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
        // the fast way (no CharBuffer; ASCII and Latin-1 text go straight to a compact String): a
        // malformed sequence decodes to U+FFFD, so a text without one was valid UTF-8
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new SourceFile(path, displayPath, fast, bom);
        }
        try { // strict: tells a U+FFFD written in the file from a malformed sequence
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

    public Path path() {
        return path;
    }

    /** The path as shown to users: relative to the run's base directory, with '/' separators. */
    public String displayPath() {
        return displayPath;
    }

    public String text() {
        return content().text();
    }

    /** The text's length in UTF-16 units (known without unpacking). */
    public int length() {
        return length;
    }

    public boolean hasBom() {
        return bom;
    }

    public int lineCount() {
        return content().lineCount();
    }

    /** 1-based line of a text offset. */
    public int line(int offset) {
        return content().line(offset);
    }

    /** 1-based column of a text offset, in UTF-16 code units (as SARIF counts by default). */
    public int column(int offset) {
        return content().column(offset);
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return content().lineStart(line);
    }

    /** Offset just past the last character of a 1-based line, before its line break. */
    public int lineEnd(int line) {
        return content().lineEnd(line);
    }

    public String lineText(int line) {
        SourceText c = content();
        return c.text().substring(c.lineStart(line), c.lineEnd(line));
    }

    /** Text offset of a 1-based line and column (UTF-16 units); for tests. */
    int offset(int line, int column) {
        return content().offset(line, column);
    }

    /** Byte offset in the file on disk (UTF-8, including a BOM) of a text offset. */
    public int byteOffset(int offset) {
        return content().byteOffset(offset);
    }

    public Span span(int start, int end) {
        return new Span(this, start, end);
    }

    public Span wholeFile() {
        return new Span(this, 0, length);
    }

    /**
     * Keeps the text compressed from now on: for a file whose trees and models are gone and that
     * only findings still refer to. Idempotent; every accessor still answers, unpacking on demand.
     */
    public void pack() {
        SourceText c = content;
        if (c != null) {
            packed = PackedTexts.pack(c.text());
            content = null; // after packed is set: a reader that sees null finds the packed text
        }
    }

    /** True once {@link #pack()} ran. */
    public boolean isPacked() {
        return content == null;
    }

    private SourceText content() {
        SourceText c = content;
        return c != null ? c : PackedTexts.unpack(this, packed, bom);
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
