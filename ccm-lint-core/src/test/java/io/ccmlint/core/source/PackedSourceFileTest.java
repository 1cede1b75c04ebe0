package io.ccmlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A packed file answers every question exactly as before packing. */
class PackedSourceFileTest {
    private static void assertSameAnswers(SourceFile original, SourceFile packed) {
        assertThat(packed.isPacked()).isTrue();
        assertThat(packed.text()).isEqualTo(original.text());
        assertThat(packed.length()).isEqualTo(original.length());
        assertThat(packed.hasBom()).isEqualTo(original.hasBom());
        assertThat(packed.lineCount()).isEqualTo(original.lineCount());
        for (int o = 0; o <= original.length(); o++) {
            assertThat(packed.line(o)).as("line of %d", o).isEqualTo(original.line(o));
            assertThat(packed.column(o)).as("column of %d", o).isEqualTo(original.column(o));
            assertThat(packed.byteOffset(o)).as("byte of %d", o).isEqualTo(original.byteOffset(o));
        }
        for (int line = 1; line <= original.lineCount(); line++) {
            assertThat(packed.lineText(line)).isEqualTo(original.lineText(line));
            assertThat(packed.lineEnd(line)).isEqualTo(original.lineEnd(line));
        }
    }

    private static SourceFile decoded(String text) throws Exception {
        return SourceFile.decode(Path.of("f.json"), "f.json", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void asciiCrlfAndBomAreKept() throws Exception {
        String text = "\uFEFF{\r\n  \"Action\": \"s3:*\",\r\n\r  \"x\": 1\n}";
        SourceFile packed = decoded(text);
        packed.pack();
        assertSameAnswers(decoded(text), packed);
    }

    @Test
    void nonLatinTextAndSurrogatePairsAreKept() throws Exception {
        String text = "{\"Sid\": \"d\u00e9ploiement \u65e5\u672c \uD83D\uDE80\",\n \"Effect\": \"Allow\"}\n";
        SourceFile packed = decoded(text);
        packed.pack();
        assertSameAnswers(decoded(text), packed);
    }

    @Test
    void latinOneTextWithQuestionMarksIsKept() throws Exception {
        // Latin-1 is told apart by a round trip in which '?' stands for what does not fit
        for (String text : new String[] {"{\"Sid\": \"d\u00e9j\u00e0 vu? \u00ff\"}\n", "?\u0100?\n", "\u00ff?"}) {
            SourceFile packed = decoded(text);
            packed.pack();
            assertSameAnswers(decoded(text), packed);
        }
    }

    @Test
    void anUnpairedSurrogateSurvives() {
        String text = "a\uD800b\nc";
        SourceFile packed = SourceFile.of("x.yaml", text);
        packed.pack();
        assertSameAnswers(SourceFile.of("x.yaml", text), packed);
    }

    @Test
    void spansOfAPackedFileStillReadTheirText() throws Exception {
        SourceFile f = decoded("{\"Effect\": \"Allow\"}");
        Span span = f.span(11, 18);
        f.pack();
        f.pack(); // idempotent
        assertThat(span.text()).isEqualTo("\"Allow\"");
        assertThat(span.startLine()).isEqualTo(1);
        assertThat(span.startColumn()).isEqualTo(12);
    }

    @Test
    void manyPackedFilesReadInTurnStayExact() throws Exception {
        java.util.List<SourceFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) { // more than the unpacked cache holds
            SourceFile f = decoded("{\"n\": " + i + "}\n");
            f.pack();
            files.add(f);
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < files.size(); i++) {
                assertThat(files.get(i).text()).isEqualTo("{\"n\": " + i + "}\n");
            }
        }
    }
}
