package io.ccmlint.core.edit;

import static io.ccmlint.core.edit.Readers.apply;
import static io.ccmlint.core.edit.Readers.at;
import static io.ccmlint.core.edit.Readers.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every style, every tricky string: the edited text, read back by ccm-lint's own readers, holds
 * exactly the new value, and the rest of the document is unchanged.
 */
class ValueEditsRoundTripTest {
    static final List<String> TRICKY = List.of("plain", "", "\"", "'", "''", "a'b", "\\", "a\\nb", "${aws:username}",
            "%{ if x }", "$${x}", "%%{x}", "$", "%", "x$", "a: b", "a #b", "a#b", "-x", "- x", "-", "*x", "&x", "!x",
            "?x", ":x", "x:", "|x", ">x", "@x", "`x", "%x", "#x", "[x]", "{x}", "a,b", "true", "True", "FALSE", "yes",
            "no", "on", "off", "y", "n", "null", "~", "<<", "=", "1e3", "1", "-1", "+1", ".5", "0x1F", "0o17", "0755",
            ".inf", "2012-10-17", "12:30", "é ü ß 日本 😀", "tab\there", "a\nb", "a\n", "a\n\n", "\n", "\na",
            "a\n\nb", " lead", "trail ", "  ", "line1\n  indented\nline3\n", "a\r\nb", "\r",
            "\u0001\u007f\u0085\u00a0\u2028\u2029\ufeff", "EOF", "  EOF", "x\nEOF\ny\n", "{\"Version\": \"2012-10-17\"}",
            "arn:aws:iam::123456789012:role/x", "a\n b\nc\n", "a \nb\n", "a\n\n\nb\n\n");

    /** A document with the value to replace and a neighbour that must not change. */
    record Case(String name, String text, Function<String, Node> read, Object[] path, Object[] next, ScalarStyle style) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Case> CASES = List.of(
            json("json string", "{\"k\": \"old\", \"next\": 1}", ScalarStyle.JSON_STRING),
            json("json number", "{\"k\": 7, \"next\": 1}", ScalarStyle.JSON_BARE),
            json("json in list", "{\"k\": [\"a\", \"old\"], \"next\": 1}", ScalarStyle.JSON_STRING, "k", 1),
            yaml("yaml plain", "k: old\nnext: 1\n", ScalarStyle.YAML_PLAIN),
            yaml("yaml plain in flow map", "{k: old, next: 1}\n", ScalarStyle.YAML_PLAIN),
            yaml("yaml plain in flow list", "k: [old, x]\nnext: 1\n", ScalarStyle.YAML_PLAIN, "k", 0),
            yaml("yaml plain in sequence", "k:\n  - old\n  - x\nnext: 1\n", ScalarStyle.YAML_PLAIN, "k", 0),
            yaml("yaml single", "k: 'old'\nnext: 1\n", ScalarStyle.YAML_SINGLE_QUOTED),
            yaml("yaml double", "k: \"old\"\nnext: 1\n", ScalarStyle.YAML_DOUBLE_QUOTED),
            yaml("yaml bool", "k: true\nnext: 1\n", ScalarStyle.YAML_PLAIN),
            yaml("yaml literal", "k: |\n  old\n  text\nnext: 1\n", ScalarStyle.YAML_LITERAL),
            yaml("yaml literal strip, blank after", "k: |-\n  old\n\nnext: 1\n", ScalarStyle.YAML_LITERAL),
            yaml("yaml literal keep", "k: |+\n  old\n\nnext: 1\n", ScalarStyle.YAML_LITERAL),
            yaml("yaml literal with indicator", "k: |2 # header comment\n    old\nnext: 1\n", ScalarStyle.YAML_LITERAL),
            yaml("yaml literal in sequence", "a:\n- k: |\n    old\n  next: 1\n", ScalarStyle.YAML_LITERAL, "a", 0),
            yaml("yaml literal, comment after", "k: |\n    old\n\n# about next\nnext: 1\n", ScalarStyle.YAML_LITERAL),
            yaml("yaml folded", "k: >\n  old\n  text\n\nnext: 1\n", ScalarStyle.YAML_FOLDED),
            yaml("yaml folded strip", "k: >-\n    old\nnext: 1\n", ScalarStyle.YAML_FOLDED),
            yaml("yaml literal crlf", "k: |\r\n  old\r\nnext: 1\r\n", ScalarStyle.YAML_LITERAL));

    static Case json(String name, String text, ScalarStyle style, Object... path) {
        return new Case(name, text, Readers::json, path.length == 0 ? new Object[] {"k"} : path, new Object[] {"next"}, style);
    }

    /** {@code path} {@code "a", 0}: the value is {@code k} of the first item of {@code a}, beside {@code next}. */
    static Case yaml(String name, String text, ScalarStyle style, Object... path) {
        if (path.length == 2 && "a".equals(path[0])) {
            return new Case(name, text, Readers::yaml, new Object[] {"a", 0, "k"}, new Object[] {"a", 0, "next"}, style);
        }
        return new Case(name, text, Readers::yaml, path.length == 0 ? new Object[] {"k"} : path, new Object[] {"next"}, style);
    }

    static Stream<Arguments> stringsInEveryStyle() {
        return CASES.stream().flatMap(c -> TRICKY.stream().map(s -> Arguments.of(c, s)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("stringsInEveryStyle")
    void aStringReadsBackExactly(Case c, String value) {
        readsBack(c, value);
    }

    static Stream<Arguments> nonStrings() {
        return CASES.stream().flatMap(c -> Stream.of(true, false, new BigDecimal("42"), new BigDecimal("-0.5"), 7L, null)
                .map(v -> Arguments.of(c, v)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("nonStrings")
    void booleansNumbersAndNullAreWrittenBare(Case c, Object value) {
        readsBack(c, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void randomStringsReadBackExactly(Case c) {
        Random random = new Random(c.name().hashCode());
        for (int i = 0; i < 100; i++) {
            readsBack(c, RandomText.next(random));
        }
    }

    static Stream<Case> cases() {
        return CASES.stream();
    }

    private static void readsBack(Case c, Object value) {
        Node before = c.read().apply(c.text());
        Scalar old = scalar(at(before, c.path()));
        assertThat(old.style()).isEqualTo(c.style());
        TextEdit edit = ValueEdits.replace(old, value).orElseThrow();
        String edited = apply(c.text(), edit);
        Node after = c.read().apply(edited);
        assertThat(read(scalar(at(after, c.path())))).as("%s reads back from%n%s", c, edited).isEqualTo(normal(value));
        assertThat(scalar(at(after, c.next())).value()).as("the neighbour in%n%s", edited).isEqualTo(BigDecimal.ONE);
    }

    static Object read(Scalar s) {
        return normal(s.value());
    }

    /** Numbers compared by value, not scale. */
    static Object normal(Object v) {
        return v instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros() : v;
    }

    // ------------------------------------------------------------ HCL

    static Stream<Arguments> hclStrings() {
        return Stream.of("x = \"old\"\ny = 1\n", "x = \"a$${b}\"\ny = 1\n", "x = <<EOF\nold\nEOF\ny = 1\n",
                        "x = <<-EOT\n    old\n      more\n  EOT\ny = 1\n", "x = <<EOF\r\nold\r\nEOF\r\ny = 1\r\n", "x = 5\ny = 1\n")
                .flatMap(text -> TRICKY.stream().map(s -> Arguments.of(text, s)));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("hclStrings")
    void hclReadsBackExactly(String text, String value) {
        hclReadsBack(text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hclTexts")
    void hclRandomStringsReadBackExactly(String text) {
        Random random = new Random(text.hashCode());
        for (int i = 0; i < 100; i++) {
            hclReadsBack(text, RandomText.next(random));
        }
        for (Object v : new Object[] {true, new BigDecimal("3.25"), null}) {
            hclReadsBack(text, v);
        }
    }

    static Stream<String> hclTexts() {
        return hclStrings().map(a -> (String) a.get()[0]).distinct();
    }

    private static void hclReadsBack(String text, Object value) {
        Scalar old = Readers.hcl(text);
        assertThat(old.style().literal()).as("a literal: %s", text).isTrue();
        String edited = apply(text, ValueEdits.replace(old, value).orElseThrow());
        Value v = Readers.hclValue(edited, "x");
        Object read = v instanceof Value.Str s ? s.value() : v instanceof Value.Num n ? n.value()
                : v instanceof Value.Bool b ? b.value() : v instanceof Value.Null ? null : v;
        assertThat(normal(read)).as("reads back from%n%s", edited).isEqualTo(normal(value));
        assertThat(Readers.hcl(edited).style().literal()).as("still a literal:%n%s", edited).isTrue();
        assertThat(Readers.hclValue(edited, "y")).isInstanceOf(Value.Num.class);
    }

    // ------------------------------------------------------------ JSON in a heredoc

    static Stream<String> heredocs() {
        return Stream.of("x = <<EOF\n{\"Action\": \"old\", \"Resource\": \"*\"}\nEOF\n",
                "x = \"{\\\"Action\\\": \\\"o\\\\u006cd\\\", \\\"Resource\\\": \\\"$${aws:username}\\\"}\"\n",
                "x = <<-EOF\n    {\n      \"Action\": [\"a\", \"old\"],\n      \"Resource\": \"*\"\n    }\n    EOF\n");
    }

    @ParameterizedTest
    @MethodSource("heredocs")
    void jsonInAHeredocOrStringReadsBackExactly(String text) {
        List<String> values = new ArrayList<>(TRICKY);
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            values.add(RandomText.next(random));
        }
        for (String value : values) {
            Node policy = Readers.heredocJson(text);
            Node action = at(policy, "Action");
            Scalar old = scalar(action instanceof io.ccmlint.core.tree.ListNode ? at(action, 1) : action);
            String edited = apply(text, ValueEdits.replace(old, value).orElseThrow());
            Value v = Readers.hclValue(edited, "x");
            assertThat(v).as("a literal still:%n%s", edited).isInstanceOf(Value.Str.class);
            Node reread = Readers.json(((Value.Str) v).value());
            Node a = at(reread, "Action");
            Node actual = a instanceof io.ccmlint.core.tree.ListNode ? at(a, 1) : a;
            assertThat(scalar(actual).value()).as("reads back from%n%s", edited).isEqualTo(value);
        }
    }

    // ------------------------------------------------------------ lists

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("json inline", "{\"a\": [\"x\", \"old\", \"y\"]}", (Function<String, Node>) Readers::json),
                Arguments.of("json one per line", "{\"a\": [\n  \"x\",\n  \"old\",\n  \"y\"\n]}",
                        (Function<String, Node>) Readers::json),
                Arguments.of("yaml block", "a:\n  - x\n  - 'old'\n  - y\nnext: 1\n", (Function<String, Node>) Readers::yaml),
                Arguments.of("yaml flow", "a: [x, old, \"y\"]\nnext: 1\n", (Function<String, Node>) Readers::yaml));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void listElementsReadBackExactly(String name, String text, Function<String, Node> read) {
        Random random = new Random(name.hashCode());
        for (int i = 0; i < 100; i++) {
            List<String> values = List.of(TRICKY.get(random.nextInt(TRICKY.size())), RandomText.next(random));
            Node list = at(read.apply(text), "a");
            List<Scalar> items = ((io.ccmlint.core.tree.ListNode) list).items().stream().map(Readers::scalar).toList();
            String edited = apply(text, ValueEdits.replaceItem(list.span(), items, items.get(1), values).orElseThrow());
            List<Object> after = ((io.ccmlint.core.tree.ListNode) at(read.apply(edited), "a")).items().stream()
                    .map(n -> scalar(n).value()).toList();
            assertThat(after).as("from%n%s", edited).containsExactly("x", values.get(0), values.get(1), "y");
        }
    }

    // ------------------------------------------------------------ JSON in a YAML string

    static Stream<String> yamlStrings() {
        return Stream.of("config: '{\"a\": \"old\", \"it''s\": 1}'\nnext: 1\n",
                "config: \"{\\\"a\\\": \\\"o\\u006cd\\\", \\\"b\\\": 1}\"\nnext: 1\n",
                "config: |\n  {\n    \"a\": \"old\"\n  }\nnext: 1\n",
                "config: >\n  {\"a\":\n  \"old\"}\nnext: 1\n");
    }

    @ParameterizedTest
    @MethodSource("yamlStrings")
    void jsonInAYamlStringReadsBackExactly(String text) throws Exception {
        List<String> values = new ArrayList<>(TRICKY);
        Random random = new Random(2);
        for (int i = 0; i < 100; i++) {
            values.add(RandomText.next(random));
        }
        for (String value : values) {
            Scalar old = scalar(at(embedded(text), "a"));
            String edited = apply(text, ValueEdits.replace(old, value).orElseThrow());
            Node config = Readers.json((String) scalar(at(Readers.yaml(edited), "config")).value());
            assertThat(scalar(at(config, "a")).value()).as("reads back from%n%s", edited).isEqualTo(value);
            assertThat(scalar(at(Readers.yaml(edited), "next")).value()).isEqualTo(BigDecimal.ONE);
        }
    }

    private static Node embedded(String yaml) throws Exception {
        var node = (io.ccmlint.core.tree.ScalarNode) at(Readers.yaml(yaml), "config");
        return io.ccmlint.core.tree.EmbeddedJson.inYaml(new io.ccmlint.core.tree.JsonTreeReader(), node).orElseThrow();
    }

    /** Random text over the characters every syntax treats specially. */
    static final class RandomText {
        private static final String[] ALPHABET = {"a", "b", " ", "\"", "'", "\\", "$", "%", "{", "}", "#", ":", "-",
                "\n", "\t", "é", "😀", "|", ">", "&", "*", "!", ",", "[", "]", "1", ".", "e", "\r", "~", "?", "EOF"};

        static String next(Random random) {
            int n = random.nextInt(12);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            return b.toString();
        }
    }
}
