package io.ccmlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceFileTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else if (p instanceof byte[] b) {
                out.writeBytes(b);
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }

    private static SourceFile decode(byte[] b) throws SourceFile.MalformedInputException {
        return SourceFile.decode(Path.of("f.json"), "f.json", b);
    }

    @Test
    void linesAndColumnsWithLf() {
        SourceFile f = SourceFile.of("a.txt", "ab\ncd\n\nxyz");
        assertThat(f.lineCount()).isEqualTo(4);
        assertThat(f.line(0)).isEqualTo(1);
        assertThat(f.column(0)).isEqualTo(1);
        assertThat(f.line(2)).isEqualTo(1); // the '\n' itself belongs to line 1
        assertThat(f.column(2)).isEqualTo(3);
        assertThat(f.line(3)).isEqualTo(2);
        assertThat(f.column(3)).isEqualTo(1);
        assertThat(f.line(4)).isEqualTo(2);
        assertThat(f.column(4)).isEqualTo(2);
        assertThat(f.line(6)).isEqualTo(3);
        assertThat(f.column(6)).isEqualTo(1);
        assertThat(f.line(9)).isEqualTo(4);
        assertThat(f.column(9)).isEqualTo(3);
        assertThat(f.line(10)).isEqualTo(4); // end of text
        assertThat(f.column(10)).isEqualTo(4);
        assertThat(f.lineText(1)).isEqualTo("ab");
        assertThat(f.lineText(3)).isEmpty();
        assertThat(f.lineText(4)).isEqualTo("xyz");
        assertThat(f.offset(2, 2)).isEqualTo(4);
        assertThat(f.offset(4, 1)).isEqualTo(7);
    }

    @Test
    void linesAndColumnsWithCrlf() {
        String text = "ab\r\ncd\r\n\r\nef";
        SourceFile f = SourceFile.of("a.txt", text);
        assertThat(f.lineCount()).isEqualTo(4);
        assertThat(f.line(2)).isEqualTo(1);
        assertThat(f.column(2)).isEqualTo(3); // the '\r'
        assertThat(f.line(3)).isEqualTo(1); // the '\n' of the CRLF pair, not a line of its own
        assertThat(f.column(3)).isEqualTo(4);
        assertThat(f.line(4)).isEqualTo(2);
        assertThat(f.column(4)).isEqualTo(1);
        assertThat(f.line(5)).isEqualTo(2);
        assertThat(f.column(5)).isEqualTo(2);
        assertThat(f.line(10)).isEqualTo(4);
        assertThat(f.column(11)).isEqualTo(2);
        assertThat(f.lineStart(1)).isEqualTo(0);
        assertThat(f.lineEnd(1)).isEqualTo(2);
        assertThat(f.lineStart(2)).isEqualTo(4);
        assertThat(f.lineEnd(2)).isEqualTo(6);
        assertThat(f.lineStart(3)).isEqualTo(8);
        assertThat(f.lineEnd(3)).isEqualTo(8);
        assertThat(f.lineStart(4)).isEqualTo(10);
        assertThat(f.lineEnd(4)).isEqualTo(12);
        assertThat(f.lineText(1)).isEqualTo("ab");
        assertThat(f.lineText(2)).isEqualTo("cd");
        assertThat(f.lineText(3)).isEmpty();
        assertThat(f.lineText(4)).isEqualTo("ef");
    }

    @Test
    void linesAndColumnsWithCrOnly() {
        SourceFile f = SourceFile.of("a.txt", "ab\rcd\r\ref\r");
        assertThat(f.lineCount()).isEqualTo(5);
        assertThat(f.line(3)).isEqualTo(2);
        assertThat(f.column(3)).isEqualTo(1);
        assertThat(f.line(6)).isEqualTo(3);
        assertThat(f.line(7)).isEqualTo(4);
        assertThat(f.column(8)).isEqualTo(2);
        assertThat(f.lineText(1)).isEqualTo("ab");
        assertThat(f.lineText(2)).isEqualTo("cd");
        assertThat(f.lineText(3)).isEmpty();
        assertThat(f.lineText(4)).isEqualTo("ef");
        assertThat(f.lineText(5)).isEmpty();
        assertThat(f.lineEnd(2)).isEqualTo(5);
    }

    @Test
    void mixedLineBreaksCountEachBreakOnce() {
        // LF, then CR alone, then CRLF
        SourceFile f = SourceFile.of("a.txt", "a\nb\rc\r\nd");
        assertThat(f.lineCount()).isEqualTo(4);
        assertThat(f.lineText(2)).isEqualTo("b");
        assertThat(f.lineText(3)).isEqualTo("c");
        assertThat(f.lineText(4)).isEqualTo("d");
        assertThat(f.line(7)).isEqualTo(4);
    }

    @Test
    void columnsCountUtf16Units() {
        // the emoji is two UTF-16 units: 'x' after it is at column 4
        SourceFile f = SourceFile.of("a.txt", "a\uD83D\uDE00x\n\u00e9y");
        assertThat(f.column(3)).isEqualTo(4);
        assertThat(f.text().charAt(3)).isEqualTo('x');
        assertThat(f.column(6)).isEqualTo(2);
        assertThat(f.line(6)).isEqualTo(2);
    }

    @Test
    void byteOffsetsAscii() {
        SourceFile f = SourceFile.of("a.txt", "abc\ndef");
        assertThat(f.byteOffset(0)).isZero();
        assertThat(f.byteOffset(5)).isEqualTo(5);
        assertThat(f.byteOffset(7)).isEqualTo(7);
    }

    @Test
    void byteOffsetsForMultiByteCharacters() {
        // a (1) é (2) € (3) 😀 (4, two chars) b (1)
        SourceFile f = SourceFile.of("a.txt", "a\u00e9\u20ac\uD83D\uDE00b");
        assertThat(f.text()).hasSize(6);
        assertThat(f.byteOffset(0)).isEqualTo(0);
        assertThat(f.byteOffset(1)).isEqualTo(1); // é
        assertThat(f.byteOffset(2)).isEqualTo(3); // €
        assertThat(f.byteOffset(3)).isEqualTo(6); // 😀
        assertThat(f.byteOffset(4)).isEqualTo(6); // inside the pair: its start
        assertThat(f.byteOffset(5)).isEqualTo(10); // b
        assertThat(f.byteOffset(6)).isEqualTo(11); // end
        assertThat(f.byteOffset(6)).isEqualTo(f.text().getBytes(StandardCharsets.UTF_8).length);
        assertThat(f.span(3, 6).startByte()).isEqualTo(6);
        assertThat(f.span(3, 6).endByte()).isEqualTo(11);
    }

    @Test
    void byteOffsetsCountTheBom() throws Exception {
        SourceFile ascii = decode(bytes(BOM, "ab\ncd"));
        assertThat(ascii.hasBom()).isTrue();
        assertThat(ascii.byteOffset(0)).isEqualTo(3);
        assertThat(ascii.byteOffset(4)).isEqualTo(7);

        SourceFile wide = decode(bytes(BOM, "\u00e9\uD83D\uDE00z"));
        assertThat(wide.byteOffset(0)).isEqualTo(3);
        assertThat(wide.byteOffset(1)).isEqualTo(5);
        assertThat(wide.byteOffset(3)).isEqualTo(9);
        assertThat(wide.byteOffset(4)).isEqualTo(10);
    }

    @Test
    void decodeStripsTheBom() throws Exception {
        SourceFile f = decode(bytes(BOM, "{\"a\": 1}\n"));
        assertThat(f.hasBom()).isTrue();
        assertThat(f.text()).isEqualTo("{\"a\": 1}\n");
        assertThat(f.text()).doesNotContain("\uFEFF");
        assertThat(f.column(1)).isEqualTo(2);

        SourceFile plain = decode(bytes("{}"));
        assertThat(plain.hasBom()).isFalse();
        assertThat(plain.text()).isEqualTo("{}");
    }

    @Test
    void ofStripsABomCharacterToo() {
        SourceFile f = SourceFile.of("a.json", "\uFEFF[1]");
        assertThat(f.hasBom()).isTrue();
        assertThat(f.text()).isEqualTo("[1]");
        assertThat(f.byteOffset(1)).isEqualTo(4);
    }

    @Test
    void decodeReportsTheFirstInvalidByte() {
        assertThatThrownBy(() -> decode(bytes("ab\ncd", 0xFF, "ef")))
                .isInstanceOfSatisfying(SourceFile.MalformedInputException.class, e -> {
                    assertThat(e.byteOffset()).isEqualTo(5);
                    assertThat(e.decodedPrefix()).isEqualTo("ab\ncd");
                });
    }

    @Test
    void decodeReportsAnInvalidByteRightAfterAMultiByteCharacter() {
        // é (2 bytes) is valid; the bad byte is the third one
        assertThatThrownBy(() -> decode(bytes("\u00e9", 0xFF)))
                .isInstanceOfSatisfying(SourceFile.MalformedInputException.class, e -> {
                    assertThat(e.byteOffset()).isEqualTo(2);
                    assertThat(e.decodedPrefix()).isEqualTo("\u00e9");
                });
        assertThatThrownBy(() -> decode(bytes("x\uD83D\uDE00\n\u20ac", 0xC3, 0x28, "tail")))
                .isInstanceOfSatisfying(SourceFile.MalformedInputException.class, e -> {
                    assertThat(e.byteOffset()).isEqualTo(9);
                    assertThat(e.decodedPrefix()).isEqualTo("x\uD83D\uDE00\n\u20ac");
                });
    }

    @Test
    void decodeReportsATruncatedSequenceAtTheEnd() {
        assertThatThrownBy(() -> decode(bytes("ab", 0xE2, 0x82)))
                .isInstanceOfSatisfying(SourceFile.MalformedInputException.class, e -> {
                    assertThat(e.byteOffset()).isEqualTo(2);
                    assertThat(e.decodedPrefix()).isEqualTo("ab");
                });
    }

    @Test
    void decodeReportsInvalidBytesAfterABomAsFileOffsets() {
        assertThatThrownBy(() -> decode(bytes(BOM, "ab", 0xC0, 0xAF)))
                .isInstanceOfSatisfying(SourceFile.MalformedInputException.class, e -> {
                    assertThat(e.byteOffset()).isEqualTo(5);
                    assertThat(e.decodedPrefix()).isEqualTo("ab");
                });
    }

    @Test
    void spanTextAndPositions() {
        SourceFile f = SourceFile.of("p.json", "{\r\n  \"k\": \"v\"\r\n}");
        Span s = f.span(10, 13);
        assertThat(s.text()).isEqualTo("\"v\"");
        assertThat(s.startLine()).isEqualTo(2);
        assertThat(s.startColumn()).isEqualTo(8);
        assertThat(s.endLine()).isEqualTo(2);
        assertThat(s.endColumn()).isEqualTo(11);
        assertThat(s.length()).isEqualTo(3);
        assertThat(s.toString()).isEqualTo("p.json:2:8");
        assertThat(s.atStart()).isEqualTo(f.span(10, 10));
        assertThat(s.atEnd()).isEqualTo(f.span(13, 13));
        assertThat(f.span(3, 5).union(s)).isEqualTo(f.span(3, 13));
        assertThat(f.span(0, 16).contains(s)).isTrue();
        assertThat(s.contains(f.span(0, 16))).isFalse();
        assertThatThrownBy(() -> f.span(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.span(0, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textOffsetsConvertCodePointsWithSeveralEmoji() {
        // code points: a0 😀1 b2 😀3 c4 😀5 d6 ; chars: a0 😀1-2 b3 😀4-5 c6 😀7-8 d9
        String text = "a\uD83D\uDE00b\uD83D\uDE00c\uD83D\uDE00d";
        TextOffsets t = new TextOffsets(text);
        assertThat(t.toCharOffset(0)).isEqualTo(0);
        assertThat(t.toCharOffset(1)).isEqualTo(1);
        assertThat(t.toCharOffset(2)).isEqualTo(3);
        assertThat(t.toCharOffset(3)).isEqualTo(4);
        assertThat(t.toCharOffset(4)).isEqualTo(6);
        assertThat(t.toCharOffset(5)).isEqualTo(7);
        assertThat(t.toCharOffset(6)).isEqualTo(9);
        assertThat(t.toCharOffset(7)).isEqualTo(10);
        assertThat(text.charAt(t.toCharOffset(4))).isEqualTo('c');
        assertThat(text.charAt(t.toCharOffset(6))).isEqualTo('d');
    }

    @Test
    void textOffsetsAreIdentityWithoutSupplementaryCharacters() {
        TextOffsets t = new TextOffsets("h\u00e9llo \u20ac");
        assertThat(t.toCharOffset(0)).isEqualTo(0);
        assertThat(t.toCharOffset(6)).isEqualTo(6);
        assertThat(t.toCharOffset(7)).isEqualTo(7);
    }

    @Test
    void textOffsetsWithAdjacentEmojiAtTheStart() {
        String text = "\uD83D\uDE00\uD83C\uDF89x";
        TextOffsets t = new TextOffsets(text);
        assertThat(t.toCharOffset(1)).isEqualTo(2);
        assertThat(t.toCharOffset(2)).isEqualTo(4);
        assertThat(text.charAt(t.toCharOffset(2))).isEqualTo('x');
    }
}
