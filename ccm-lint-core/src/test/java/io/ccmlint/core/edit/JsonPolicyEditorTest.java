package io.ccmlint.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.fix.FixPlan;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.model.policy.Effect;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPolicyEditorTest {
    private static final StatementSpec SPEC = new StatementSpec("CcmRead", Effect.ALLOW,
            List.of("ce:GetCostAndUsage"), List.of("*"));
    private static final StatementSpec TWO = new StatementSpec(null, Effect.DENY,
            List.of("iam:CreateUser", "iam:DeleteUser"), List.of("*"));

    private final JsonTreeReader reader = new JsonTreeReader();

    private JsonPolicyEditor editor(SourceFile f) throws Exception {
        return new JsonPolicyEditor(f, (MapNode) reader.read(f));
    }

    /** Applies the edits, checks that only they changed the text and that the result is JSON; returns it. */
    private String apply(String text, List<TextEdit> edits) throws Exception {
        String out = FixPlan.apply(text, edits);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(e -> e.span().start()));
        int pos = 0;
        int outPos = 0;
        for (TextEdit e : sorted) {
            String untouched = text.substring(pos, e.span().start());
            assertThat(out.substring(outPos, outPos + untouched.length())).isEqualTo(untouched);
            outPos += untouched.length() + e.replacement().length();
            pos = e.span().end();
        }
        assertThat(out.substring(outPos)).isEqualTo(text.substring(pos));
        reader.read(SourceFile.of("fixed.json", out)); // re-parses: throws otherwise
        return out;
    }

    /** addStatement then setVersion, each checked; the final text. */
    private String addThenVersion(String text, StatementSpec spec) throws Exception {
        SourceFile f = SourceFile.of("p.json", text);
        String added = apply(text, editor(f).addStatement(spec).orElseThrow());
        SourceFile g = SourceFile.of("p.json", added);
        return apply(added, editor(g).setVersion("2012-10-17").orElseThrow());
    }

    private List<String> statementSids(String text) throws Exception {
        Node st = ((MapNode) reader.read(SourceFile.of("x.json", text))).get("Statement");
        List<String> sids = new ArrayList<>();
        for (Node n : ((ListNode) st).items()) {
            Node sid = ((MapNode) n).get("Sid");
            sids.add(sid == null ? null : sid.asText());
        }
        return sids;
    }

    @Test
    void twoSpaces() throws Exception {
        String text = """
                {
                  "Version": "2008-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": "s3:GetObject",
                      "Resource": "*"
                    }
                  ]
                }
                """;
        SourceFile f = SourceFile.of("p.json", text);
        List<TextEdit> edits = editor(f).addStatement(SPEC).orElseThrow();
        assertThat(edits).hasSize(1);
        assertThat(edits.get(0).span().length()).isZero();
        assertThat(edits.get(0).span().startLine()).isEqualTo(8);
        assertThat(edits.get(0).span().startColumn()).isEqualTo(6);
        String added = apply(text, edits);
        int at = edits.get(0).span().start();
        assertThat(added).startsWith(text.substring(0, at)).endsWith(text.substring(at));

        assertThat(addThenVersion(text, SPEC)).isEqualTo("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": "s3:GetObject",
                      "Resource": "*"
                    },
                    {
                      "Sid": "CcmRead",
                      "Effect": "Allow",
                      "Action": "ce:GetCostAndUsage",
                      "Resource": "*"
                    }
                  ]
                }
                """);
    }

    @Test
    void fourSpacesWithoutVersion() throws Exception {
        String text = """
                {
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": "s3:GetObject",
                            "Resource": "*"
                        }
                    ]
                }
                """;
        assertThat(addThenVersion(text, TWO)).isEqualTo("""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": "s3:GetObject",
                            "Resource": "*"
                        },
                        {
                            "Effect": "Deny",
                            "Action": ["iam:CreateUser", "iam:DeleteUser"],
                            "Resource": "*"
                        }
                    ]
                }
                """);
    }

    @Test
    void tabs() throws Exception {
        String text = "{\n\t\"Version\": \"2012-10-17\",\n\t\"Statement\": [\n\t\t{\n\t\t\t\"Effect\": \"Allow\",\n"
                + "\t\t\t\"Action\": \"s3:GetObject\",\n\t\t\t\"Resource\": \"*\"\n\t\t}\n\t]\n}\n";
        assertThat(addThenVersion(text, SPEC)).isEqualTo("{\n"
                + "\t\"Version\": \"2012-10-17\",\n"
                + "\t\"Statement\": [\n"
                + "\t\t{\n"
                + "\t\t\t\"Effect\": \"Allow\",\n"
                + "\t\t\t\"Action\": \"s3:GetObject\",\n"
                + "\t\t\t\"Resource\": \"*\"\n"
                + "\t\t},\n"
                + "\t\t{\n"
                + "\t\t\t\"Sid\": \"CcmRead\",\n"
                + "\t\t\t\"Effect\": \"Allow\",\n"
                + "\t\t\t\"Action\": \"ce:GetCostAndUsage\",\n"
                + "\t\t\t\"Resource\": \"*\"\n"
                + "\t\t}\n"
                + "\t]\n"
                + "}\n");
    }

    @Test
    void crlfLineEnds() throws Exception {
        String text = "{\r\n  \"Statement\": [\r\n    {\r\n      \"Effect\": \"Allow\",\r\n"
                + "      \"Action\": \"s3:GetObject\",\r\n      \"Resource\": \"*\"\r\n    }\r\n  ]\r\n}\r\n";
        String out = addThenVersion(text, SPEC);
        assertThat(out).isEqualTo("{\r\n"
                + "  \"Version\": \"2012-10-17\",\r\n"
                + "  \"Statement\": [\r\n"
                + "    {\r\n"
                + "      \"Effect\": \"Allow\",\r\n"
                + "      \"Action\": \"s3:GetObject\",\r\n"
                + "      \"Resource\": \"*\"\r\n"
                + "    },\r\n"
                + "    {\r\n"
                + "      \"Sid\": \"CcmRead\",\r\n"
                + "      \"Effect\": \"Allow\",\r\n"
                + "      \"Action\": \"ce:GetCostAndUsage\",\r\n"
                + "      \"Resource\": \"*\"\r\n"
                + "    }\r\n"
                + "  ]\r\n"
                + "}\r\n");
        assertThat(out.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void singleStatementObjectBecomesAList() throws Exception {
        String text = """
                {
                  "Version": "2012-10-17",
                  "Statement": {
                    "Effect": "Allow",
                    "Action": "s3:GetObject",
                    "Resource": "*"
                  }
                }
                """;
        String out = addThenVersion(text, SPEC);
        assertThat(statementSids(out)).containsExactly(null, "CcmRead");
        assertThat(out).isEqualTo("""
                {
                  "Version": "2012-10-17",
                  "Statement": [{
                    "Effect": "Allow",
                    "Action": "s3:GetObject",
                    "Resource": "*"
                  },
                  {
                    "Sid": "CcmRead",
                    "Effect": "Allow",
                    "Action": "ce:GetCostAndUsage",
                    "Resource": "*"
                  }]
                }
                """);
    }

    @Test
    void emptyStatementList() throws Exception {
        String text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}\n";
        SourceFile f = SourceFile.of("p.json", text);
        List<TextEdit> edits = editor(f).addStatement(SPEC).orElseThrow();
        assertThat(edits).hasSize(1);
        assertThat(edits.get(0).span().text()).isEqualTo("[]");
        assertThat(addThenVersion(text, SPEC)).isEqualTo("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "CcmRead",
                      "Effect": "Allow",
                      "Action": "ce:GetCostAndUsage",
                      "Resource": "*"
                    }
                  ]
                }
                """);
    }

    @Test
    void inlineOneLinePolicyStaysOnOneLine() throws Exception {
        String text = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";
        String out = addThenVersion(text, SPEC);
        assertThat(out).isEqualTo("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": "
                + "\"s3:GetObject\", \"Resource\": \"*\"}, {\"Sid\": \"CcmRead\", \"Effect\": \"Allow\", \"Action\": "
                + "\"ce:GetCostAndUsage\", \"Resource\": \"*\"}]}");
        assertThat(statementSids(out)).containsExactly(null, "CcmRead");
    }

    @Test
    void inlineSingleStatementObjectStaysOnOneLine() throws Exception {
        String text = "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}\n";
        String out = addThenVersion(text, SPEC);
        assertThat(out).isEqualTo("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": "
                + "\"s3:GetObject\", \"Resource\": \"*\"}, {\"Sid\": \"CcmRead\", \"Effect\": \"Allow\", \"Action\": "
                + "\"ce:GetCostAndUsage\", \"Resource\": \"*\"}]}\n");
    }

    @Test
    void noSpaceAfterColons() throws Exception {
        String text = "{\n  \"Statement\":[\n    {\n      \"Effect\":\"Allow\",\n      \"Action\":\"s3:GetObject\",\n"
                + "      \"Resource\":\"*\"\n    }\n  ]\n}\n";
        assertThat(addThenVersion(text, SPEC)).isEqualTo("""
                {
                  "Version":"2012-10-17",
                  "Statement":[
                    {
                      "Effect":"Allow",
                      "Action":"s3:GetObject",
                      "Resource":"*"
                    },
                    {
                      "Sid":"CcmRead",
                      "Effect":"Allow",
                      "Action":"ce:GetCostAndUsage",
                      "Resource":"*"
                    }
                  ]
                }
                """);
    }

    @Test
    void setVersionReplacesOnlyTheValue() throws Exception {
        String text = "{\n  \"Version\" : \"2008-10-17\",\n  \"Statement\": []\n}\n";
        SourceFile f = SourceFile.of("p.json", text);
        List<TextEdit> edits = editor(f).setVersion("2012-10-17").orElseThrow();
        assertThat(edits).hasSize(1);
        assertThat(edits.get(0).span().text()).isEqualTo("\"2008-10-17\"");
        assertThat(edits.get(0).span().startLine()).isEqualTo(2);
        assertThat(edits.get(0).span().startColumn()).isEqualTo(15);
        assertThat(apply(text, edits)).isEqualTo("{\n  \"Version\" : \"2012-10-17\",\n  \"Statement\": []\n}\n");
    }

    @Test
    void setVersionInsertsTheFirstMemberWhenAbsent() throws Exception {
        String text = "{\n    \"Id\": \"x\",\n    \"Statement\": []\n}";
        SourceFile f = SourceFile.of("p.json", text);
        List<TextEdit> edits = editor(f).setVersion("2012-10-17").orElseThrow();
        assertThat(edits.get(0).span().length()).isZero();
        assertThat(edits.get(0).span().startLine()).isEqualTo(2);
        assertThat(edits.get(0).span().startColumn()).isEqualTo(5);
        String out = apply(text, edits);
        assertThat(out).isEqualTo("{\n    \"Version\": \"2012-10-17\",\n    \"Id\": \"x\",\n    \"Statement\": []\n}");
        MapNode root = (MapNode) reader.read(SourceFile.of("o.json", out));
        assertThat(root.entries().get(0).key()).isEqualTo("Version");
        assertThat(root.get("Version").asText()).isEqualTo("2012-10-17");
    }

    @Test
    void editsThatCannotBeExpressedAreEmpty() throws Exception {
        assertThat(editor(SourceFile.of("p.json", "{}")).setVersion("2012-10-17")).isEmpty();
        assertThat(editor(SourceFile.of("p.json", "{\"Version\": \"2012-10-17\"}")).addStatement(SPEC)).isEmpty();
        assertThat(editor(SourceFile.of("p.json", "{\"Statement\": \"oops\"}")).addStatement(SPEC)).isEmpty();
    }

    @Test
    void quotesAreEscapedInRenderedStrings() throws Exception {
        StatementSpec odd = new StatementSpec(null, Effect.ALLOW, List.of("s3:Get\"Object"), List.of("arn:aws:s3:::b\\k/*"));
        String text = "{\n  \"Statement\": [\n    {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}\n  ]\n}\n";
        String out = addThenVersion(text, odd);
        Node added = ((ListNode) ((MapNode) reader.read(SourceFile.of("o.json", out))).get("Statement")).items().get(1);
        assertThat(added.at("/Action").asText()).isEqualTo("s3:Get\"Object");
        assertThat(added.at("/Resource").asText()).isEqualTo("arn:aws:s3:::b\\k/*");
        assertThat(Literals.json("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\"");
    }

    @Test
    void inAHeredocNewTextKeepsTemplateSyntaxLiteral() throws Exception {
        String text = "x = <<EOF\n{\n  \"Statement\": [\n    {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}\n  ]\n}\nEOF\n";
        SourceFile f = SourceFile.of("main.tf", text);
        MapNode root = (MapNode) io.ccmlint.core.terraform.EmbeddedPolicyJson.read(f, "x");
        StatementSpec own = new StatementSpec(null, Effect.ALLOW, List.of("s3:GetObject"),
                List.of("arn:aws:s3:::b/${aws:username}/*"));
        var editor = new JsonPolicyEditor(f, root, io.ccmlint.core.value.ScalarStyle.HCL_HEREDOC);
        String out = FixPlan.apply(text, editor.addStatement(own).orElseThrow());
        assertThat(out).contains("\"Resource\": \"arn:aws:s3:::b/$${aws:username}/*\"");
    }

    @Test
    void conditionValuesAreAddedInTheListsLayout() throws Exception {
        String text = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\", \"Condition\": "
                + "{\"StringEquals\": {\"k\": [\n  \"a\"\n]}}}]}";
        SourceFile f = SourceFile.of("p.json", text);
        MapNode root = (MapNode) reader.read(f);
        var statement = io.ccmlint.core.model.policy.PolicyReader.read("p", f, root, io.ccmlint.core.model.policy.PolicyEditor.NONE)
                .statements().get(0);
        String out = apply(text, editor(f).addConditionValues(statement, "StringEquals", "k", List.of("a", "b")).orElseThrow());
        assertThat(out).endsWith("[\n  \"a\",\n  \"b\"\n]}}}]}");
    }
}
