package io.ccmlint.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * OffsetJsonParser's offsets are Jackson's own JsonLocation char offsets, at every token, before
 * and after the token's text is read (reading a string moves the parser to its closing quote).
 */
class OffsetJsonParserTest {
    private static final JsonFactory FACTORY = JsonTreeReader.factory(ParseLimits.DEFAULT);
    /** createParser(String) reads longer text through a Reader, in 4000-char buffers, instead of one char array. */
    private static final String PAST_CHAR_ARRAY_LIMIT = " ".repeat(32_769);

    @Test
    void offsetsOfEveryJsonFileInTheRepository() throws IOException {
        List<Path> files;
        Path root = Path.of("..");
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f) && isSource(root.relativize(f)))
                    .sorted().collect(Collectors.toList());
        }
        assertThat(files).as("examples/, schemas/, test resources").hasSizeGreaterThan(100);
        int tokens = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            tokens += compareAtEveryToken(f.toString(), text);
            tokens += compareAtEveryToken(f + " (through a Reader)", PAST_CHAR_ARRAY_LIMIT + text);
        }
        assertThat(tokens).isGreaterThan(100_000);
    }

    @Test
    void offsetsInHandWrittenCorners() {
        List<String> docs = new ArrayList<>(List.of(
                "{\"a\\\"b\": \"c\\\\d\\u00e9\\n\\t\\/\", \"\\u0041\": \"\\\"\", \"\": \"\"}",
                "{\"😀key\": \"😀 and \\ud83d\\ude00\", \"é\": [\"\\ud83d\\ude00\", \"𝄞\"]}",
                "\uFEFF{\"bom\": true}",
                "{}", "[]", " [ ] ", "[{}, [], {\"a\": {}}, [[]], {\"b\": []}]",
                "[0, -0, 1.5, -1.5e10, 1E-7, 2e+3, 123456789012345678901234567890, 0.000, -0.0e-0]",
                "[true, false, null, true]", "true", "false", "null", "42", "-3.5e2", "\"root\"", "  7  ",
                "{\"t\":true,\"f\":false,\"n\":null,\"x\":1}",
                "{\n\t\"a\" :\r\n  [ 1 ,\r\n\t2 ]\r\n,\r\"b\"\t:\t{ }\n}\n",
                "\r\n\r\n{\"crlf\": \"x\"}\r\n",
                "{\"" + "k".repeat(5000) + "\": \"" + "v".repeat(10_000) + "\", \"next\": 1}",
                "[\"" + "\\u00e9\\n".repeat(3000) + "\", \"" + "😀".repeat(3000) + "\"]",
                "[" + "[".repeat(200) + "1" + "]".repeat(200) + "]",
                "{\"a\":".repeat(200) + "{}" + "}".repeat(200),
                manySmallTokens(),
                // errors: offsets up to the token that fails
                "{\"a\": [1, 2", "{} {}", "[1 2]", "{\"a\" 1}", "[\"x\ty\"]", "[tru]", "{'a': 1}", "[1,]",
                "[" + "[".repeat(600) + "]".repeat(600) + "]", "// c\n{}"));
        int tokens = 0;
        for (String doc : docs) {
            String name = doc.length() > 60 ? doc.substring(0, 60) + "..." : doc;
            tokens += compareAtEveryToken(name, doc);
            tokens += compareAtEveryToken(name + " (through a Reader)", PAST_CHAR_ARRAY_LIMIT + doc);
        }
        assertThat(tokens).isGreaterThan(10_000);
    }

    @Test
    void theReadersFactoryKeepsItsLimits() {
        StreamReadConstraints limits = JsonTreeReader.factory(new ParseLimits(7, 100, 1000, 0)).streamReadConstraints();
        assertThat(limits.getMaxNestingDepth()).isEqualTo(7);
        assertThat(limits.getMaxStringLength()).isEqualTo(100);
        assertThat(limits.getMaxDocumentLength()).isEqualTo(1000);
        assertThat(limits.getMaxNumberLength()).isEqualTo(1000);
        assertThat(limits.getMaxNameLength()).isEqualTo(50_000);
    }

    /** Not build output, nor tools the build installs (.cache/), nor .git. */
    private static boolean isSource(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Keys, strings and numbers of varying lengths, so tokens (in Reader mode) straddle buffer edges at every position. */
    private static String manySmallTokens() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < 3000; i++) {
            b.append(i == 0 ? "" : ",").append(" ".repeat(i % 3)).append("\"k").append(i).append("\":")
                    .append(i % 2 == 0 ? "\"" + "s".repeat(i % 11) + "\"" : String.valueOf(i * 7919L));
        }
        return b.append("}").toString();
    }

    /** Compares both offsets with Jackson's at every token of {@code text}; returns how many tokens were compared. */
    private static int compareAtEveryToken(String name, String text) {
        int tokens = 0;
        try (OffsetJsonParser p = (OffsetJsonParser) FACTORY.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                compare(name, t, p);
                p.getText();
                compare(name, t, p);
                tokens++;
            }
        } catch (JsonProcessingException invalidFromHere) {
            // the offsets up to here were compared; the reader does not ask for any after an error
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static void compare(String name, JsonToken t, OffsetJsonParser p) {
        assertThat(p.tokenStartOffset()).as("start of %s in %s", t, name)
                .isEqualTo(p.currentTokenLocation().getCharOffset());
        assertThat(p.currentOffset()).as("position after %s in %s", t, name)
                .isEqualTo(p.currentLocation().getCharOffset());
    }
}
