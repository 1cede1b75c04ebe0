package io.ccmlint.core.edit;

import static io.ccmlint.core.edit.Readers.apply;
import static io.ccmlint.core.edit.Readers.at;
import static io.ccmlint.core.edit.Readers.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.terraform.ValueNodes;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The text each style gets: the value's own style kept wherever it can hold the new value. */
class ValueEditsTest {

    // ------------------------------------------------------------ YAML

    @Test
    void aYamlPlainScalarStaysPlainWhenThatIsSafe() {
        assertThat(yaml("k: old\n", "new-value")).isEqualTo("k: new-value\n");
        assertThat(yaml("k: old\n", "arn:aws:iam::123456789012:role/x")).isEqualTo("k: arn:aws:iam::123456789012:role/x\n");
    }

    @Test
    void aYamlPlainScalarIsDoubleQuotedWhenPlainWouldReadOtherwise() {
        assertThat(yaml("k: old\n", "true")).isEqualTo("k: \"true\"\n");
        assertThat(yaml("k: old\n", "a: b")).isEqualTo("k: \"a: b\"\n");
        assertThat(yaml("k: old\n", "a #b")).isEqualTo("k: \"a #b\"\n");
        assertThat(yaml("k: old\n", "-r")).isEqualTo("k: \"-r\"\n");
        assertThat(yaml("k: old\n", "123456789012")).isEqualTo("k: \"123456789012\"\n");
        assertThat(yaml("k: old\n", "")).isEqualTo("k: \"\"\n");
    }

    @Test
    void aYamlSingleQuotedScalarStaysSingleQuoted() {
        assertThat(yaml("k: 'old'\n", "it's")).isEqualTo("k: 'it''s'\n");
        assertThat(yaml("k: 'old'\n", "a\nb")).isEqualTo("k: \"a\\nb\"\n");
    }

    @Test
    void aYamlDoubleQuotedScalarEscapesWhatYamlMust() {
        assertThat(yaml("k: \"old\"\n", "say \"hi\" \\ é\t\u0001")).isEqualTo("k: \"say \\\"hi\\\" \\\\ é\\t\\u0001\"\n");
    }

    @Test
    void aLiteralBlockKeepsItsHeaderIndentationAndTheLinesAfterIt() {
        assertThat(yaml("k: |  # note\n    old\n\nnext: 1\n", "a\n  b\n")).isEqualTo("k: |  # note\n    a\n      b\n\nnext: 1\n");
        assertThat(yaml("k: |-\n  old\n\nnext: 1\n", "a\nb")).isEqualTo("k: |-\n  a\n  b\n\nnext: 1\n");
    }

    @Test
    void theChompingIndicatorFollowsTheNewValuesFinalLineBreaks() {
        assertThat(yaml("k: |\n  old\n", "x")).isEqualTo("k: |-\n  x\n");
        assertThat(yaml("k: |-\n  old\n", "x\n")).isEqualTo("k: |\n  x\n");
        assertThat(yaml("k: |\n  old\nnext: 1\n", "x\n\n")).isEqualTo("k: |+\n  x\n\nnext: 1\n");
    }

    @Test
    void aFoldedBlockWritesLineBreaksSoTheyFoldBack() {
        assertThat(yaml("k: >\n  old\n", "a b\nc\n")).isEqualTo("k: >\n  a b\n\n  c\n");
        assertThat(yaml("k: >\n  old\n", "a\n  more\nc\n")).isEqualTo("k: >\n  a\n    more\n  c\n");
    }

    @Test
    void aBlockScalarThatCannotHoldTheValueBecomesDoubleQuoted() {
        assertThat(yaml("k: |\n  old\nnext: 1\n", " leading space\n")).isEqualTo("k: \" leading space\\n\"\nnext: 1\n");
        assertThat(yaml("k: |\n  old\n", "")).isEqualTo("k: \"\"\n");
    }

    @Test
    void aYamlValueCanBecomeABoolean() {
        assertThat(yaml("k: \"false\"\n", true)).isEqualTo("k: true\n");
    }

    // ------------------------------------------------------------ JSON and HCL

    @Test
    void jsonEscapesQuotesBackslashesAndControlCharactersOnly() {
        String text = "{\"k\": \"old\"}";
        Scalar old = scalar(at(Readers.json(text), "k"));
        assertThat(apply(text, ValueEdits.replace(old, "\"\\\n\u0001 é ${x}").orElseThrow()))
                .isEqualTo("{\"k\": \"\\\"\\\\\\n\\u0001 é ${x}\"}");
    }

    @Test
    void anHclStringKeepsTemplateSyntaxLiteral() {
        assertThat(hcl("x = \"old\"\n", "${aws:username} %{x}")).isEqualTo("x = \"$${aws:username} %%{x}\"\n");
    }

    @Test
    void anHclStringWithAnEscapedInterpolationIsALiteral() {
        assertThat(Readers.hcl("x = \"a$${b}\"\n").style()).isEqualTo(ScalarStyle.HCL_STRING);
        assertThat(Readers.hcl("x = <<EOF\n$${b}\nEOF\n").style()).isEqualTo(ScalarStyle.HCL_HEREDOC);
        assertThat(Readers.hcl("x = \"a\\\"b\"\n").style()).isEqualTo(ScalarStyle.HCL_STRING);
    }

    @Test
    void aValueAnHclExpressionComputesIsNeverRewritten() {
        for (String text : List.of("x = upper(\"a\")\n", "x = \"a-${var.b}\"\n", "x = \"${var.b}\"\n",
                "x = \"%{ if true }a%{ endif }\"\n", "x = \"${\"a\"}-b\"\n", "x = 1 + 2\n")) {
            Scalar v = Readers.hcl(text);
            assertThat(ValueEdits.replace(v, "new")).as(text).isEmpty();
        }
    }

    @Test
    void aLocalIsRewrittenWhereItIsWritten() {
        String text = "locals {\n  a = \"old\"\n}\nx = local.a\n";
        Scalar v = Readers.hcl(text);
        assertThat(apply(text, ValueEdits.replace(v, "new").orElseThrow())).isEqualTo("locals {\n  a = \"new\"\n}\nx = local.a\n");
    }

    @Test
    void aHeredocKeepsItsMarkerAndIndentation() {
        assertThat(hcl("x = <<-EOT\n    old\n  EOT\n", "a\n  ${b}\n")).isEqualTo("x = <<-EOT\n    a\n      $${b}\n  EOT\n");
        assertThat(hcl("x = <<EOF\nold\nEOF\n", "one line")).isEqualTo("x = \"one line\"\n");
    }

    // ------------------------------------------------------------ JSON in a heredoc

    @Test
    void jsonInAHeredocEscapesTemplateSyntax() {
        String text = "x = <<EOF\n{\"Resource\": \"old\"}\nEOF\n";
        Scalar old = scalar(at(Readers.heredocJson(text), "Resource"));
        assertThat(apply(text, ValueEdits.replace(old, "arn:aws:s3:::b/${aws:username}/*").orElseThrow()))
                .isEqualTo("x = <<EOF\n{\"Resource\": \"arn:aws:s3:::b/$${aws:username}/*\"}\nEOF\n");
    }

    @Test
    void aKeyOfJsonInAHeredocIsRewrittenForTheHeredoc() {
        String text = "x = <<-EOF\n  {\"StringLike\": {\"old:sub\": \"*\"}}\n  EOF\n";
        var keys = (io.ccmlint.core.tree.MapNode) at(Readers.heredocJson(text), "StringLike");
        Scalar key = keys.entries().get(0).name();
        assertThat(apply(text, ValueEdits.replace(key, "${issuer}:sub").orElseThrow()))
                .isEqualTo("x = <<-EOF\n  {\"StringLike\": {\"$${issuer}:sub\": \"*\"}}\n  EOF\n");
    }

    @Test
    void jsonInAHeredocIsNotRewrittenWhereAnInterpolationWritesIt() {
        String text = "locals {\n  action = \"s3:*\"\n}\nx = <<EOF\n{\"Resource\": \"${aws_s3_bucket.b.arn}\", "
                + "\"Action\": \"${local.action}\", \"Sid\": \"$${x}\"}\nEOF\n";
        Node policy = Readers.heredocJson(text);
        assertThat(ValueEdits.replace(scalar(at(policy, "Resource")), "*")).as("a hole").isEmpty();
        assertThat(scalar(at(policy, "Action")).known()).isEqualTo("s3:*");
        assertThat(ValueEdits.replace(scalar(at(policy, "Action")), "s3:GetObject")).as("known, but computed").isEmpty();
        assertThat(apply(text, ValueEdits.replace(scalar(at(policy, "Sid")), "y").orElseThrow())).contains("\"Sid\": \"y\"");
    }

    @Test
    void jsonInAQuotedHclStringEscapesItsQuotes() {
        String text = "x = \"{\\\"Action\\\": \\\"old\\\"}\"\n";
        Scalar old = scalar(at(Readers.heredocJson(text), "Action"));
        assertThat(apply(text, ValueEdits.replace(old, "a\"${b}").orElseThrow()))
                .isEqualTo("x = \"{\\\"Action\\\": \\\"a\\\\\\\"$${b}\\\"}\"\n");
    }

    // ------------------------------------------------------------ lists

    @Test
    void anElementBecomesSeveralInTheListsLayout() {
        assertThat(replaceItem(Readers::json, "{\"a\": [\"x\", \"old\"]}", 1, List.of("p", "q")))
                .isEqualTo("{\"a\": [\"x\", \"p\", \"q\"]}");
        assertThat(replaceItem(Readers::json, "{\"a\": [\n    \"old\",\n    \"x\"\n  ]}", 0, List.of("p", "q")))
                .isEqualTo("{\"a\": [\n    \"p\",\n    \"q\",\n    \"x\"\n  ]}");
        assertThat(replaceItem(Readers::yaml, "a:\n  - old # why\n  - x\n", 0, List.of("p", "true")))
                .isEqualTo("a:\n  - p\n  - \"true\" # why\n  - x\n");
        assertThat(replaceItem(Readers::yaml, "a: [old, 'x']\n", 1, List.of("p", "q'")))
                .isEqualTo("a: [old, 'p', 'q''']\n");
    }

    @Test
    void aLoneScalarBecomesAList() {
        assertThat(replaceItem(Readers::json, "{\"a\": \"old\"}", -1, List.of("p", "q"))).isEqualTo("{\"a\": [\"p\", \"q\"]}");
        assertThat(replaceItem(Readers::yaml, "a: old\n", -1, List.of("p", "a,b"))).isEqualTo("a: [p, \"a,b\"]\n");
    }

    @Test
    void valuesAreAddedAfterTheLastElement() {
        assertThat(add(Readers::json, "{\"a\": [\"x\"]}", List.of("p"))).isEqualTo("{\"a\": [\"x\", \"p\"]}");
        assertThat(add(Readers::json, "{\"a\": \"x\"}", List.of("p"))).isEqualTo("{\"a\": [\"x\", \"p\"]}");
        assertThat(add(Readers::yaml, "a:\n- x # c\nb: 1\n", List.of("p"))).isEqualTo("a:\n- x # c\n- p\nb: 1\n");
    }

    @Test
    void allElementsAreReplacedInTheListsLayout() {
        assertThat(replaceAll(Readers::json, "{\"a\": [\n  \"x\",\n  \"y\"\n]}", List.of("p", "q", "r")))
                .isEqualTo("{\"a\": [\n  \"p\",\n  \"q\",\n  \"r\"\n]}");
        assertThat(replaceAll(Readers::yaml, "a:\n- x\n- 'y'\n", List.of("p"))).isEqualTo("a:\n- p\n");
        assertThat(replaceAll(Readers::json, "{\"a\": \"x\"}", List.of("p", "q"))).isEqualTo("{\"a\": [\"p\", \"q\"]}");
    }

    @Test
    void anHclTupleKeepsItsTrailingCommaAndComments() {
        String text = "x = [\n  \"a\", # first\n  \"old\",\n]\n";
        var seq = (Value.Seq) Readers.hclValue(text, "x");
        List<Scalar> items = seq.items().stream().map(ValueNodes::located).toList();
        var edit = ValueEdits.replaceItem(seq.span(), items, items.get(1), List.of("p", "${q}")).orElseThrow();
        assertThat(apply(text, edit)).isEqualTo("x = [\n  \"a\", # first\n  \"p\",\n  \"$${q}\",\n]\n");
    }

    @Test
    void aListThatIsNotALiteralListOfTheItemsGetsNoEdit() {
        String text = "{\"a\": [\"x\", 1, {\"b\": 2}, \"old\"]}";
        Node list = at(Readers.json(text), "a");
        Scalar old = scalar(at(list, 3));
        List<Scalar> stringsOnly = List.of(scalar(at(list, 0)), old); // the model left two elements out
        assertThat(ValueEdits.replaceItem(list.span(), stringsOnly, old, List.of("p", "q"))).isEmpty();
        var seq = (Value.Seq) Readers.hclValue("x = concat([\"a\"], [\"old\"])\n", "x");
        List<Scalar> items = seq.items().stream().map(ValueNodes::located).toList();
        assertThat(ValueEdits.replaceItem(seq.span(), items, items.get(1), List.of("p", "q"))).isEmpty();
    }

    // ------------------------------------------------------------ helpers

    private static String yaml(String text, Object value) {
        Scalar old = scalar(at(Readers.yaml(text), "k"));
        return apply(text, ValueEdits.replace(old, value).orElseThrow());
    }

    private static String hcl(String text, Object value) {
        return apply(text, ValueEdits.replace(Readers.hcl(text), value).orElseThrow());
    }

    /** Replaces element {@code index} of list {@code a} (-1: {@code a} is a lone scalar). */
    private static String replaceItem(Function<String, Node> read, String text, int index, List<?> values) {
        Node a = at(read.apply(text), "a");
        List<Scalar> items = a instanceof ListNode l ? l.items().stream().map(Readers::scalar).toList() : List.of(scalar(a));
        Scalar item = items.get(Math.max(0, index));
        return apply(text, ValueEdits.replaceItem(a.span(), items, item, values).orElseThrow());
    }

    private static String replaceAll(Function<String, Node> read, String text, List<?> values) {
        Node a = at(read.apply(text), "a");
        List<Scalar> items = a instanceof ListNode l ? l.items().stream().map(Readers::scalar).toList() : List.of(scalar(a));
        return apply(text, ValueEdits.replaceAll(a.span(), items, values).orElseThrow());
    }

    private static String add(Function<String, Node> read, String text, List<?> values) {
        Node a = at(read.apply(text), "a");
        List<Scalar> items = a instanceof ListNode l ? l.items().stream().map(Readers::scalar).toList() : List.of(scalar(a));
        return apply(text, ValueEdits.add(a.span(), items, values).orElseThrow());
    }
}
