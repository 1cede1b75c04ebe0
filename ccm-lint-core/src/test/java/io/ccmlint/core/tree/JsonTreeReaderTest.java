package io.ccmlint.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.ScalarStyle;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonTreeReaderTest {
    private final JsonTreeReader reader = new JsonTreeReader();

    private Node read(String text) throws ParseProblem {
        return reader.read(SourceFile.of("t.json", text));
    }

    private ParseProblem problem(String text) {
        ParseProblem p = catchThrowableOfType(() -> read(text), ParseProblem.class);
        assertThat(p).as("a ParseProblem for %s", text).isNotNull();
        assertThat(p.getMessage()).doesNotContainIgnoringCase("jackson").doesNotContain("com.fasterxml")
                .doesNotContain("Feature").doesNotContain("[Source").doesNotContain("`").doesNotContain("(code ")
                .doesNotContain("JsonToken").doesNotContain("Exception");
        return p;
    }

    private static void assertSpan(Span span, String text, int line, int column) {
        assertThat(span.text()).isEqualTo(text);
        assertThat(span.startLine()).as("line of %s", text).isEqualTo(line);
        assertThat(span.startColumn()).as("column of %s", text).isEqualTo(column);
    }

    private static void assertAt(ParseProblem p, int line, int column) {
        assertThat(p.span().startLine()).as("line of: %s", p.getMessage()).isEqualTo(line);
        assertThat(p.span().startColumn()).as("column of: %s", p.getMessage()).isEqualTo(column);
    }

    @Test
    void spansOfKeysAndValuesOfEveryKind() throws Exception {
        String text = """
                {
                  "name": "x",
                  "n": -12.5e3,
                  "t": true,
                  "f": false,
                  "z": null,
                  "o": {"k": [1, 2]},
                  "a": []
                }
                """;
        MapNode root = (MapNode) read(text);
        assertThat(root.flow()).isTrue();
        assertThat(root.syntax()).isEqualTo(Syntax.JSON);
        assertThat(root.span().text()).isEqualTo(text.substring(0, text.length() - 1));
        assertThat(root.span().endLine()).isEqualTo(9);
        assertThat(root.span().endColumn()).isEqualTo(2);
        assertThat(root.entries()).extracting(MapNode.Entry::key).containsExactly("name", "n", "t", "f", "z", "o", "a");
        assertThat(root.entries()).allSatisfy(e -> assertThat(e.name().style()).isEqualTo(ScalarStyle.JSON_STRING));
        assertThat(((ScalarNode) root.get("name")).style()).isEqualTo(ScalarStyle.JSON_STRING);
        assertThat(((ScalarNode) root.get("n")).style()).isEqualTo(ScalarStyle.JSON_BARE);

        assertSpan(root.entry("name").keySpan(), "\"name\"", 2, 3);
        assertSpan(root.get("name").span(), "\"x\"", 2, 11);
        assertThat(((ScalarNode) root.get("name")).scalar().value()).isEqualTo("x");
        assertThat(((ScalarNode) root.get("name")).quoted()).isTrue();

        assertSpan(root.entry("n").keySpan(), "\"n\"", 3, 3);
        assertSpan(root.get("n").span(), "-12.5e3", 3, 8);
        assertThat((BigDecimal) ((ScalarNode) root.get("n")).scalar().value()).isEqualByComparingTo("-12500");
        assertThat(((ScalarNode) root.get("n")).quoted()).isFalse();

        assertSpan(root.get("t").span(), "true", 4, 8);
        assertThat(((ScalarNode) root.get("t")).scalar().value()).isEqualTo(Boolean.TRUE);
        assertSpan(root.get("f").span(), "false", 5, 8);
        assertThat(((ScalarNode) root.get("f")).scalar().value()).isEqualTo(Boolean.FALSE);
        assertSpan(root.get("z").span(), "null", 6, 8);
        assertThat(((ScalarNode) root.get("z")).scalar().value()).isNull();

        MapNode o = (MapNode) root.get("o");
        assertSpan(o.span(), "{\"k\": [1, 2]}", 7, 8);
        assertSpan(o.entry("k").keySpan(), "\"k\"", 7, 9);
        ListNode k = (ListNode) o.get("k");
        assertSpan(k.span(), "[1, 2]", 7, 14);
        assertSpan(k.items().get(0).span(), "1", 7, 15);
        assertSpan(k.items().get(1).span(), "2", 7, 18);
        assertThat(o.entry("k").span().text()).isEqualTo("\"k\": [1, 2]");

        assertSpan(root.get("a").span(), "[]", 8, 8);
        assertThat(((ListNode) root.get("a")).items()).isEmpty();
        assertThat(root.at("/o/k/1")).isSameAs(k.items().get(1));
    }

    @Test
    void scalarRootsAndNumbersEndingTheDocument() throws Exception {
        assertSpan(read("  42  ").span(), "42", 1, 3);
        assertSpan(read("\n\"s\"").span(), "\"s\"", 2, 1);
        ListNode l = (ListNode) read("[1,2.5,-3]");
        assertSpan(l.items().get(1).span(), "2.5", 1, 4);
        assertSpan(l.items().get(2).span(), "-3", 1, 8);
    }

    @Test
    void spansAfterNonBmpCharactersOnTheSameLine() throws Exception {
        // the emoji takes two UTF-16 units: columns count them both
        MapNode root = (MapNode) read("{\"e\uD83D\uDE00\": \"\uD83D\uDE00x\", \"k\": \"v\", \"n\": [10]}");
        MapNode.Entry e = root.entries().get(0);
        assertThat(e.key()).isEqualTo("e\uD83D\uDE00");
        assertSpan(e.keySpan(), "\"e\uD83D\uDE00\"", 1, 2);
        assertSpan(e.value().span(), "\"\uD83D\uDE00x\"", 1, 9);
        assertThat(e.value().asText()).isEqualTo("\uD83D\uDE00x");
        assertSpan(root.entry("k").keySpan(), "\"k\"", 1, 16);
        assertSpan(root.get("k").span(), "\"v\"", 1, 21);
        assertSpan(root.get("n").span(), "[10]", 1, 31);
        assertSpan(((ListNode) root.get("n")).items().get(0).span(), "10", 1, 32);
    }

    @Test
    void spansWithCrlfLineEnds() throws Exception {
        MapNode root = (MapNode) read("{\r\n  \"a\": 1,\r\n  \"b\": [true]\r\n}\r\n");
        assertSpan(root.entry("a").keySpan(), "\"a\"", 2, 3);
        assertSpan(root.get("a").span(), "1", 2, 8);
        assertSpan(root.entry("b").keySpan(), "\"b\"", 3, 3);
        assertSpan(root.get("b").span(), "[true]", 3, 8);
        assertSpan(((ListNode) root.get("b")).items().get(0).span(), "true", 3, 9);
        assertThat(root.span().endLine()).isEqualTo(4);
        assertThat(root.span().endColumn()).isEqualTo(2);
    }

    @Test
    void spansWithAUtf8Bom() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write("{\"a\": \"\u00e9\",\n \"b\": 2}".getBytes(StandardCharsets.UTF_8));
        SourceFile f = SourceFile.decode(Path.of("bom.json"), "bom.json", b.toByteArray());
        MapNode root = (MapNode) reader.read(f);
        assertSpan(root.span(), f.text(), 1, 1);
        assertSpan(root.entry("a").keySpan(), "\"a\"", 1, 2);
        assertSpan(root.get("a").span(), "\"\u00e9\"", 1, 7);
        assertThat(root.get("a").span().startByte()).isEqualTo(9); // BOM (3) + {"a": (6)
        assertThat(root.get("a").span().endByte()).isEqualTo(13); // é is two bytes
        assertSpan(root.entry("b").keySpan(), "\"b\"", 2, 2);
        assertSpan(root.get("b").span(), "2", 2, 7);
    }

    @Test
    void escapedStringsSpanTheRawTextAndHoldTheUnescapedValue() throws Exception {
        MapNode root = (MapNode) read("{\"s\": \"a\\\"b\", \"u\": \"\\u00e9\", \"k\\u0041\": \"x\\\\\"}");
        assertSpan(root.get("s").span(), "\"a\\\"b\"", 1, 7);
        assertThat(root.get("s").asText()).isEqualTo("a\"b");
        assertSpan(root.get("u").span(), "\"\\u00e9\"", 1, 20);
        assertThat(root.get("u").asText()).isEqualTo("\u00e9");
        MapNode.Entry ka = root.entry("kA");
        assertThat(ka).isNotNull();
        assertSpan(ka.keySpan(), "\"k\\u0041\"", 1, 30);
        assertSpan(ka.value().span(), "\"x\\\\\"", 1, 41);
        assertThat(ka.value().asText()).isEqualTo("x\\");
    }

    @Test
    void duplicateKeysPointAtTheSecondKey() {
        ParseProblem p = problem("{\n  \"a\": 1,\n  \"b\": 2,\n  \"a\": 3\n}");
        assertSpan(p.span(), "\"a\"", 4, 3);
        assertThat(p.getMessage()).contains("duplicate key \"a\"");

        ParseProblem escaped = problem("{\"a\": 1, \"\\u0061\": 2}");
        assertSpan(escaped.span(), "\"\\u0061\"", 1, 10);

        ParseProblem nested = problem("{\"o\": {\"x\": 1,\n        \"x\": 2}}");
        assertSpan(nested.span(), "\"x\"", 2, 9);
    }

    @Test
    void sameKeyInDifferentObjectsIsFine() throws Exception {
        ListNode l = (ListNode) read("[{\"a\": 1}, {\"a\": 2}]");
        assertThat(l.items()).hasSize(2);
        assertSpan(((MapNode) l.items().get(1)).entry("a").keySpan(), "\"a\"", 1, 13);
    }

    @Test
    void missingComma() {
        ParseProblem p = problem("{\n  \"a\": 1\n  \"b\": 2\n}");
        assertAt(p, 3, 3);
        assertThat(p.getMessage()).isEqualTo("invalid JSON: unexpected character '\"': expected ',' or '}' between object entries");
        ParseProblem arr = problem("[1 2]");
        assertAt(arr, 1, 4);
        assertThat(arr.getMessage()).isEqualTo("invalid JSON: unexpected character '2': expected ',' or ']' between array entries");
    }

    @Test
    void trailingComma() {
        ParseProblem p = problem("{\n  \"a\": 1,\n}");
        assertAt(p, 3, 1);
        assertThat(p.getMessage()).isEqualTo("invalid JSON: unexpected character '}': expected double-quote to start field name");
        ParseProblem arr = problem("[1, 2,]");
        assertAt(arr, 1, 7);
        assertThat(arr.getMessage()).startsWith("invalid JSON: unexpected character ']'");
    }

    @Test
    void unterminatedString() {
        ParseProblem p = problem("{\"a\": \"abc");
        assertAt(p, 1, 11);
        assertThat(p.getMessage()).isEqualTo("invalid JSON: unexpected end of file: expected closing quote for a string value");
        ParseProblem multiLine = problem("{\n  \"a\": \"abc\n}");
        assertAt(multiLine, 2, 12);
        assertThat(multiLine.getMessage()).contains("control character 10");
    }

    @Test
    void unclosedContainersSayWhatIsMissingWithoutJavaNames() {
        ParseProblem obj = problem("{\"a\": 1 ");
        assertAt(obj, 1, 9);
        assertThat(obj.getMessage()).isEqualTo("invalid JSON: unexpected end of file: expected close marker for Object");
        ParseProblem mismatched = problem("{\"a\": [1, 2}");
        assertAt(mismatched, 1, 12);
        assertThat(mismatched.getMessage()).isEqualTo("invalid JSON: Unexpected close marker '}': expected ']'");
    }

    @Test
    void nonStandardInputHasPlainMessages() {
        assertAt(problem("[NaN]"), 1, 5);
        assertThat(problem("[NaN]").getMessage()).isEqualTo("invalid JSON: Non-standard token 'NaN'");
        assertThat(problem("/* c */ {}").getMessage())
                .isEqualTo("invalid JSON: unexpected character '/': maybe a (non-standard) comment?");
        assertAt(problem("{'a': 1}"), 1, 2);
    }

    @Test
    void emptyFile() {
        ParseProblem p = problem("");
        assertAt(p, 1, 1);
        assertThat(p.getMessage()).isEqualTo("the file is empty: expected a JSON value");
        ParseProblem blank = problem("  \n\n");
        assertAt(blank, 3, 1);
        assertThat(blank.getMessage()).isEqualTo("the file is empty: expected a JSON value");
    }

    @Test
    void extraContentAfterTheDocument() {
        ParseProblem second = problem("{}\n{}");
        assertAt(second, 2, 1);
        assertThat(second.getMessage()).isEqualTo("unexpected content after the end of the JSON document");
        ParseProblem junk = problem("{} x");
        assertAt(junk, 1, 4);
        assertThat(junk.getMessage()).startsWith("invalid JSON: unrecognized token 'x'");
        ParseProblem close = problem("[1]]");
        assertAt(close, 1, 4);
    }

    @Test
    void hostileNestingIsAProblemNotACrash() {
        ParseProblem p = problem("[".repeat(100_000));
        assertThat(p.getMessage()).isEqualTo("JSON nested deeper than 500 levels");
        assertAt(p, 1, 501); // the first bracket beyond the limit
        ParseProblem objects = problem("{\"a\":".repeat(100_000));
        assertThat(objects.getMessage()).isEqualTo("JSON nested deeper than 500 levels");
    }

    @Test
    void nestingLimitComesFromParseLimits() throws Exception {
        JsonTreeReader shallow = new JsonTreeReader(new ParseLimits(3, 1000, 10_000, 50));
        assertThat(shallow.read(SourceFile.of("ok.json", "[[[1]]]"))).isInstanceOf(ListNode.class);
        ParseProblem p = catchThrowableOfType(() -> shallow.read(SourceFile.of("deep.json", "[[[[1]]]]")), ParseProblem.class);
        assertThat(p.getMessage()).isEqualTo("JSON nested deeper than 3 levels");
        assertThat(p.span().startColumn()).isEqualTo(4);
        ParseProblem longString = catchThrowableOfType(
                () -> shallow.read(SourceFile.of("s.json", "[\"" + "x".repeat(2000) + "\"]")), ParseProblem.class);
        assertThat(longString.getMessage()).isEqualTo("a JSON string is longer than 1000 characters");
    }

    @Test
    void regionOfABiggerFileHasFileRelativeSpans() throws Exception {
        String text = "resource \"aws_iam_policy\" \"p\" {\n"
                + "  policy = <<EOF\n"
                + "{\"Statement\": [\n"
                + "  {\"Effect\": \"Allow\"}\n"
                + "]}\n"
                + "EOF\n"
                + "}\n";
        SourceFile f = SourceFile.of("main.tf", text);
        int start = text.indexOf("{\"Statement\"");
        int end = text.indexOf("\nEOF");
        MapNode root = (MapNode) reader.read(f, start, end);
        assertSpan(root.span(), text.substring(start, end), 3, 1);
        assertSpan(root.entry("Statement").keySpan(), "\"Statement\"", 3, 2);
        MapNode st = (MapNode) ((ListNode) root.get("Statement")).items().get(0);
        assertSpan(st.entry("Effect").keySpan(), "\"Effect\"", 4, 4);
        assertSpan(st.get("Effect").span(), "\"Allow\"", 4, 14);
        assertThat(st.span().file()).isSameAs(f);
    }

    @Test
    void errorsInARegionAreAtFilePositions() {
        String text = "x = <<EOF\n{\"a\": 1,\n \"a\": 2}\nEOF\ny = <<EOF\n{\"b\": }\nEOF\n";
        SourceFile f = SourceFile.of("main.tf", text);
        int s1 = text.indexOf('{');
        ParseProblem dup = catchThrowableOfType(() -> reader.read(f, s1, text.indexOf("\nEOF")), ParseProblem.class);
        assertSpan(dup.span(), "\"a\"", 3, 2);
        int s2 = text.indexOf("{\"b\"");
        ParseProblem bad = catchThrowableOfType(() -> reader.read(f, s2, text.indexOf("\nEOF", s2)), ParseProblem.class);
        assertAt(bad, 6, 7);
        int s3 = text.indexOf("EOF\ny");
        ParseProblem empty = catchThrowableOfType(() -> reader.read(f, s3, s3), ParseProblem.class);
        assertAt(empty, 4, 1);
    }

    /** A string value's span is its source text, quotes included, whatever escapes and characters it holds, in any container. */
    @Test
    void aStringValueSpansItsQuotedSourceWhateverItHolds() throws ParseProblem {
        java.util.List<String> pieces = java.util.List.of("a", "Action", "\\\"", "\\\\", "\\n", "\\u0041", "\\ud83d\\ude00", "\u00e9", "\ud83d\ude00",
                "/", "\\/", " ", ":", ",", "}", "]", "{", "[");
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder raw = new StringBuilder("\"");
            for (int k = random.nextInt(6); k > 0; k--) {
                raw.append(pieces.get(random.nextInt(pieces.size())));
            }
            String quoted = raw.append('"').toString();
            String text = "{\"k\": [" + quoted + ", {\"in\": " + quoted + "}], \"last\": " + quoted + "}";
            MapNode root = (MapNode) read(text);
            ListNode list = (ListNode) root.get("k");
            assertThat(list.items().get(0).span().text()).as(text).isEqualTo(quoted);
            assertThat(((MapNode) list.items().get(1)).get("in").span().text()).as(text).isEqualTo(quoted);
            assertThat(root.get("last").span().text()).as(text).isEqualTo(quoted);
        }
    }
}
