package io.ccmlint.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.ScalarStyle;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTreeReaderTest {
    private final YamlTreeReader reader = new YamlTreeReader();

    private List<Node> readAll(String text) throws ParseProblem {
        return reader.readAll(SourceFile.of("t.yaml", text));
    }

    private MapNode one(String text) throws ParseProblem {
        List<Node> docs = readAll(text);
        assertThat(docs).hasSize(1);
        return (MapNode) docs.get(0);
    }

    private ParseProblem problem(String text) {
        ParseProblem p = catchThrowableOfType(() -> readAll(text), ParseProblem.class);
        assertThat(p).as("a ParseProblem for %s", text).isNotNull();
        assertThat(p.getMessage()).doesNotContain("org.snakeyaml").doesNotContain("Exception").doesNotContain("\n");
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

    private static Object value(Node n) {
        return ((ScalarNode) n).scalar().value();
    }

    @Test
    void multiDocumentFileWithEveryCollectionStyle() throws Exception {
        String text = "a: 1\nb: 'x'\nc: \"y\"\n---\n- p\n- [1, 2]\n- {k: v}\n";
        List<Node> docs = readAll(text);
        assertThat(docs).hasSize(2);

        MapNode first = (MapNode) docs.get(0);
        assertThat(first.flow()).isFalse();
        assertThat(first.syntax()).isEqualTo(Syntax.YAML);
        assertThat(first.span().startLine()).isEqualTo(1);
        assertThat(first.span().text()).startsWith("a: 1\nb: 'x'\nc: \"y\"");
        assertSpan(first.entry("a").keySpan(), "a", 1, 1);
        assertSpan(first.get("a").span(), "1", 1, 4);
        assertSpan(first.entry("b").keySpan(), "b", 2, 1);
        assertSpan(first.get("b").span(), "'x'", 2, 4);
        assertThat(value(first.get("b"))).isEqualTo("x");
        assertThat(((ScalarNode) first.get("b")).quoted()).isTrue();
        assertSpan(first.get("c").span(), "\"y\"", 3, 4);
        assertThat(value(first.get("c"))).isEqualTo("y");

        ListNode second = (ListNode) docs.get(1);
        assertThat(second.flow()).isFalse();
        assertThat(second.span().startLine()).isEqualTo(5);
        assertThat(second.span().startColumn()).isEqualTo(1);
        assertThat(second.items()).hasSize(3);
        assertSpan(second.items().get(0).span(), "p", 5, 3);
        ListNode flowSeq = (ListNode) second.items().get(1);
        assertThat(flowSeq.flow()).isTrue();
        assertSpan(flowSeq.span(), "[1, 2]", 6, 3);
        assertSpan(flowSeq.items().get(1).span(), "2", 6, 7);
        MapNode flowMap = (MapNode) second.items().get(2);
        assertThat(flowMap.flow()).isTrue();
        assertSpan(flowMap.span(), "{k: v}", 7, 3);
        assertSpan(flowMap.entry("k").keySpan(), "k", 7, 4);
        assertSpan(flowMap.get("k").span(), "v", 7, 7);
    }

    @Test
    void quotedKeysAndScalarsSpanTheirQuotes() throws Exception {
        MapNode m = one("\"q k\": 'it''s'\n's': \"a\\tb\"\nblock:\n  - x\n  - y\n");
        MapNode.Entry qk = m.entry("q k");
        assertSpan(qk.keySpan(), "\"q k\"", 1, 1);
        assertSpan(qk.value().span(), "'it''s'", 1, 8);
        assertThat(value(qk.value())).isEqualTo("it's");
        assertSpan(m.entry("s").keySpan(), "'s'", 2, 1);
        assertSpan(m.get("s").span(), "\"a\\tb\"", 2, 6);
        assertThat(value(m.get("s"))).isEqualTo("a\tb");
        ListNode block = (ListNode) m.get("block");
        assertThat(block.flow()).isFalse();
        assertThat(block.span().startLine()).isEqualTo(4);
        assertThat(block.span().startColumn()).isEqualTo(3);
        assertSpan(block.items().get(1).span(), "y", 5, 5);
        assertThat(m.entry("block").span().startLine()).isEqualTo(3);
    }

    @Test
    void keysAndValuesKeepTheirStyle() throws Exception {
        MapNode m = one("\"q\": 'a'\n'r': plain\ns: |\n  lit\nt: >\n  fold\n");
        assertThat(m.entry("q").name().style()).isEqualTo(ScalarStyle.YAML_DOUBLE_QUOTED);
        assertThat(m.entry("r").name().style()).isEqualTo(ScalarStyle.YAML_SINGLE_QUOTED);
        assertThat(m.entry("s").name().style()).isEqualTo(ScalarStyle.YAML_PLAIN);
        assertThat(((ScalarNode) m.get("q")).style()).isEqualTo(ScalarStyle.YAML_SINGLE_QUOTED);
        assertThat(((ScalarNode) m.get("r")).style()).isEqualTo(ScalarStyle.YAML_PLAIN);
        assertThat(((ScalarNode) m.get("s")).style()).isEqualTo(ScalarStyle.YAML_LITERAL);
        assertThat(((ScalarNode) m.get("t")).style()).isEqualTo(ScalarStyle.YAML_FOLDED);
        assertThat(m.entry("q").name().isKnown()).isTrue();
        assertThat(m.entry("q").name().within()).isNull();
    }

    @Test
    void nestedBlockMappings() throws Exception {
        MapNode m = one("spec:\n  template:\n    name: web\n  replicas: 3\n");
        MapNode spec = (MapNode) m.get("spec");
        assertThat(spec.flow()).isFalse();
        assertThat(spec.span().startLine()).isEqualTo(2);
        assertThat(spec.span().startColumn()).isEqualTo(3);
        assertSpan(spec.entry("replicas").keySpan(), "replicas", 4, 3);
        assertSpan(spec.get("replicas").span(), "3", 4, 13);
        assertSpan(m.at("/spec/template/name").span(), "web", 3, 11);
    }

    @Test
    void spansAfterNonBmpCharactersAreUtf16Exact() throws Exception {
        // SnakeYAML counts code points; each emoji is two UTF-16 units in our spans
        String text = "e\uD83D\uDE00: [\uD83D\uDE00, \"\uD83D\uDE00x\", 'q']\n"
                + "k: v \uD83D\uDE00 w\n"
                + "m: {\uD83D\uDE00: 1, b: 2}\n";
        MapNode m = one(text);
        MapNode.Entry e = m.entries().get(0);
        assertThat(e.key()).isEqualTo("e\uD83D\uDE00");
        assertSpan(e.keySpan(), "e\uD83D\uDE00", 1, 1);
        ListNode list = (ListNode) e.value();
        assertSpan(list.span(), "[\uD83D\uDE00, \"\uD83D\uDE00x\", 'q']", 1, 6);
        assertSpan(list.items().get(0).span(), "\uD83D\uDE00", 1, 7);
        assertSpan(list.items().get(1).span(), "\"\uD83D\uDE00x\"", 1, 11);
        assertSpan(list.items().get(2).span(), "'q'", 1, 18);
        assertSpan(m.get("k").span(), "v \uD83D\uDE00 w", 2, 4);
        MapNode flow = (MapNode) m.get("m");
        assertSpan(flow.span(), "{\uD83D\uDE00: 1, b: 2}", 3, 4);
        assertSpan(flow.entry("\uD83D\uDE00").keySpan(), "\uD83D\uDE00", 3, 5);
        assertSpan(flow.get("\uD83D\uDE00").span(), "1", 3, 9);
        assertSpan(flow.entry("b").keySpan(), "b", 3, 12);
        assertSpan(flow.get("b").span(), "2", 3, 15);
    }

    @Test
    void spansAfterNonBmpCharactersOnEarlierLines() throws Exception {
        MapNode m = one("name: \"\uD83D\uDE00\uD83D\uDE00\" # c\nkey: value\nlist:\n  - \uD83D\uDE00\n  - z\n");
        assertSpan(m.get("name").span(), "\"\uD83D\uDE00\uD83D\uDE00\"", 1, 7);
        assertSpan(m.entry("key").keySpan(), "key", 2, 1);
        assertSpan(m.get("key").span(), "value", 2, 6);
        ListNode list = (ListNode) m.get("list");
        assertSpan(list.items().get(0).span(), "\uD83D\uDE00", 4, 5);
        assertSpan(list.items().get(1).span(), "z", 5, 5);
    }

    @Test
    void spansWithCrlf() throws Exception {
        MapNode m = one("a: 1\r\nb:\r\n  c: d\r\nx: \"\uD83D\uDE00\"\r\ny: [a, b]\r\n");
        assertSpan(m.get("a").span(), "1", 1, 4);
        assertSpan(m.entry("b").keySpan(), "b", 2, 1);
        MapNode b = (MapNode) m.get("b");
        assertThat(b.span().startLine()).isEqualTo(3);
        assertThat(b.span().startColumn()).isEqualTo(3);
        assertSpan(b.entry("c").keySpan(), "c", 3, 3);
        assertSpan(b.get("c").span(), "d", 3, 6);
        assertSpan(m.get("x").span(), "\"\uD83D\uDE00\"", 4, 4);
        assertSpan(m.entry("y").keySpan(), "y", 5, 1);
        assertSpan(m.get("y").span(), "[a, b]", 5, 4);
        assertSpan(((ListNode) m.get("y")).items().get(1).span(), "b", 5, 8);
    }

    @Test
    void spansWithABom() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write("a: b\nc: [1]\n".getBytes(StandardCharsets.UTF_8));
        SourceFile f = SourceFile.decode(Path.of("bom.yaml"), "bom.yaml", b.toByteArray());
        List<Node> docs = reader.readAll(f);
        assertThat(docs).hasSize(1);
        MapNode m = (MapNode) docs.get(0);
        assertSpan(m.entry("a").keySpan(), "a", 1, 1);
        assertSpan(m.get("a").span(), "b", 1, 4);
        assertThat(m.get("a").span().startByte()).isEqualTo(6);
        assertSpan(m.get("c").span(), "[1]", 2, 4);
        assertThat(m.entry("a").key()).isEqualTo("a"); // not "\uFEFFa"
    }

    @Test
    void scalarsFollowTheYaml12CoreSchema() throws Exception {
        MapNode m = one("t: true\nT: True\nfa: false\nn: 123\nneg: -7\nf: 1.5\nz: ~\nn2: null\n"
                + "s: \"123\"\nqt: 'true'\no: off\ny: yes\nno: no\ne:\n");
        assertThat(value(m.get("t"))).isEqualTo(Boolean.TRUE);
        assertThat(value(m.get("T"))).isEqualTo(Boolean.TRUE);
        assertThat(value(m.get("fa"))).isEqualTo(Boolean.FALSE);
        assertThat((BigDecimal) value(m.get("n"))).isEqualByComparingTo("123");
        assertThat((BigDecimal) value(m.get("neg"))).isEqualByComparingTo("-7");
        assertThat((BigDecimal) value(m.get("f"))).isEqualByComparingTo("1.5");
        assertThat(value(m.get("z"))).isNull();
        assertSpan(m.get("z").span(), "~", 7, 4);
        assertThat(value(m.get("n2"))).isNull();
        assertThat(value(m.get("s"))).isEqualTo("123");
        assertThat(((ScalarNode) m.get("s")).isString()).isTrue();
        assertThat(value(m.get("qt"))).isEqualTo("true");
        assertThat(value(m.get("o"))).isEqualTo("off");
        assertThat(value(m.get("y"))).isEqualTo("yes");
        assertThat(value(m.get("no"))).isEqualTo("no");
        assertThat(m.get("e")).isInstanceOf(ScalarNode.class);
        assertThat(value(m.get("e"))).isNull();
        assertThat(m.get("e").span().length()).isZero();
        assertThat(m.get("e").span().startLine()).isEqualTo(14);
        assertThat(m.get("e").span().startColumn()).isEqualTo(3);
    }

    @Test
    void blockScalars() throws Exception {
        MapNode m = one("a: |\n  line1\n  line2\nb: >\n  folded\n  text\n");
        assertThat(value(m.get("a"))).isEqualTo("line1\nline2\n");
        assertThat(m.get("a").span().startLine()).isEqualTo(1);
        assertThat(m.get("a").span().startColumn()).isEqualTo(4);
        assertThat(m.get("a").span().text()).startsWith("|\n  line1\n  line2");
        assertThat(value(m.get("b"))).isEqualTo("folded text\n");
    }

    @Test
    void duplicateKeysPointAtTheSecondKey() {
        ParseProblem p = problem("a: 1\nb: 2\na: 3\n");
        assertSpan(p.span(), "a", 3, 1);
        assertThat(p.getMessage()).isEqualTo("duplicate key \"a\" in the same YAML mapping");
        ParseProblem flow = problem("{x: 1, x: 2}");
        assertSpan(flow.span(), "x", 1, 8);
        ParseProblem nested = problem("top:\n  k: 1\n  'k': 2\n");
        assertSpan(nested.span(), "'k'", 3, 3);
    }

    @Test
    void keysAreTheirTextNotTheirResolvedValue() throws Exception {
        // the IAM condition operator Null, and keys YAML would read as booleans, numbers or null
        MapNode m = one("Null: {aws:TokenIssueTime: 'true'}\nTrue: 1\n~: 2\n+1: 3\n'null': 4\n");
        assertThat(m.entries()).extracting(MapNode.Entry::key).containsExactly("Null", "True", "~", "+1", "null");
        assertThat(problem("true: 1\n'true': 2\n").getMessage()).isEqualTo("duplicate key \"true\" in the same YAML mapping");
    }

    @Test
    void aliasesExpand() throws Exception {
        MapNode m = one("base: &x [1, 2]\nuse: *x\nname: &n hello\nagain: *n\n");
        ListNode use = (ListNode) m.get("use");
        assertThat(use.items()).extracting(n -> ((BigDecimal) value(n)).intValue()).containsExactly(1, 2);
        assertThat(value(m.get("again"))).isEqualTo("hello");
        assertThat(m.entry("again").keySpan().startLine()).isEqualTo(4);
    }

    @Test
    void billionLaughsIsAProblemNotAHang() {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'i'; c++) {
            b.append(c).append(": &").append(c).append(" [")
                    .append(String.join(",", Collections.nCopies(9, "*" + prev))).append("]\n");
            prev = String.valueOf(c);
        }
        long t0 = System.nanoTime();
        ParseProblem p = problem(b.toString());
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
        assertThat(p.getMessage()).contains("aliases");
    }

    @Test
    void hostileNestingIsAProblemNotACrash() {
        ParseProblem flow = problem("[".repeat(100_000));
        assertThat(flow.getMessage()).contains("nested");
        ParseProblem mixed = problem("a:\n  " + "[".repeat(100_000) + "]".repeat(100_000));
        assertThat(mixed.getMessage()).contains("nested");
    }

    @Test
    void nestingJustOverTheLimitIsReportedWhereItHappens() throws Exception {
        ParseProblem p = problem("[".repeat(600) + "]".repeat(600));
        assertThat(p.getMessage()).isEqualTo("YAML nested deeper than 500 levels");
        assertAt(p, 1, 502);
        assertThat(readAll("[".repeat(400) + "]".repeat(400))).hasSize(1);
    }

    @Test
    void syntaxErrorsHaveALineAndColumn() {
        ParseProblem flow = problem("a: [1, 2\nb: 3\n");
        assertAt(flow, 2, 2);
        assertThat(flow.getMessage()).isEqualTo("invalid YAML: while parsing a flow sequence: expected ',' or ']', but got :");
        ParseProblem indent = problem("a: b\n c: d\n");
        assertAt(indent, 2, 3);
        assertThat(indent.getMessage()).isEqualTo("invalid YAML: mapping values are not allowed here");
        ParseProblem tab = problem("a:\n\tb: c\n");
        assertAt(tab, 2, 1);
        assertThat(tab.getMessage()).startsWith("invalid YAML: ");
    }

    @Test
    void syntaxErrorAfterANonBmpCharacterHasAUtf16Column() {
        ParseProblem p = problem("a: [\uD83D\uDE00, b]]\n");
        assertAt(p, 1, 11);
        ParseProblem q = problem("x: \uD83D\uDE00\uD83D\uDE00\ny: \"\uD83D\uDE00\" z: w\n");
        assertThat(q.span().startLine()).isEqualTo(2);
    }

    /** Would flip {@link #constructed} if anything ever built it from a YAML tag. */
    public static final class Canary {
        static volatile boolean constructed;

        public Canary() {
            constructed = true;
        }
    }

    @Test
    void customTagsNeverInstantiateAnything() throws Exception {
        String text = "x: !!java.lang.Runtime {}\n"
                + "y: !foo bar\n"
                + "z: !!io.ccmlint.core.tree.YamlTreeReaderTest$Canary {}\n"
                + "w: !!python/object/apply:os.system [\"echo hi\"]\n";
        MapNode m = one(text);
        assertThat(m.get("x")).isInstanceOf(MapNode.class);
        assertThat(((MapNode) m.get("x")).entries()).isEmpty();
        assertThat(((MapNode) m.get("y")).get("!foo").asText()).isEqualTo("bar"); // a local tag: see YamlLocalTagsTest
        assertThat(m.get("z")).isInstanceOf(MapNode.class);
        assertThat(((ListNode) m.get("w")).items()).extracting(Node::asText).containsExactly("echo hi");
        assertThat(Canary.constructed).isFalse();

        assertThatCode(() -> readAll("--- !!java.net.URL [\"http://x\"]\n")).doesNotThrowAnyException();
        assertThat(readAll("--- !!java.net.URL [\"http://x\"]\n").get(0)).isInstanceOf(ListNode.class);
    }

    @Test
    void emptyDocumentsAreSkipped() throws Exception {
        assertThat(readAll("")).isEmpty();
        assertThat(readAll("# only a comment\n")).isEmpty();
        List<Node> docs = readAll("---\n---\na: 1\n---\n");
        assertThat(docs).hasSize(1);
        assertSpan(((MapNode) docs.get(0)).entry("a").keySpan(), "a", 3, 1);
    }

    @Test
    void nonScalarKeysAreAProblem() {
        ParseProblem p = problem("? [a, b]\n: c\n");
        assertThat(p.getMessage()).startsWith("invalid YAML: ");
    }
}
