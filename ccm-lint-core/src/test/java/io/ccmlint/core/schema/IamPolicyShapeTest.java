package io.ccmlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.Node;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fast path accepts only what the schema accepts, and accepts the common shape. */
class IamPolicyShapeTest {
    private static final String SCHEMA = IamPolicyShape.SCHEMA;

    private static Node json(String text) throws Exception {
        return new JsonTreeReader().read(SourceFile.of("p.json", text));
    }

    private static Node uncheckedJson(String text) {
        try {
            return json(text);
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }

    private static String policy(String statement) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [" + statement + "]}";
    }

    /** Statements varying one element at a time around a valid one, valid and not. */
    private static List<String> variants() {
        List<String> sids = List.of("", "\"Sid\": \"ReadOnly1\", ", "\"Sid\": \"read-only\", ", "\"Sid\": \"\", ", "\"Sid\": 7, ");
        List<String> effects = List.of("\"Effect\": \"Allow\"", "\"Effect\": \"Deny\"", "\"Effect\": \"allow\"", "\"Effect\": true",
                "\"Effekt\": \"Allow\"");
        List<String> actions = List.of(", \"Action\": \"s3:GetObject\"", ", \"Action\": \"*\"", ", \"Action\": [\"ec2:Describe*\", \"s3:?et*\"]",
                ", \"NotAction\": \"iam:*\"", ", \"Action\": []", ", \"Action\": \"\"", ", \"Action\": \"s3\"", ", \"Action\": \"s3:Get Object\"",
                ", \"Action\": [\"s3:GetObject\", 1]", ", \"Action\": \"s3:*\", \"NotAction\": \"iam:*\"", "", ", \"Action\": \"${var.a}\"");
        List<String> resources = List.of(", \"Resource\": \"*\"", ", \"Resource\": [\"arn:aws:s3:::b/*\", \"*\"]", ", \"NotResource\": \"*\"",
                ", \"Resource\": \"\"", ", \"Resource\": []", ", \"Resource\": [\"\"]", ", \"Resource\": 5", "",
                ", \"Resource\": \"*\", \"NotResource\": \"*\"", ", \"Principal\": \"*\"", ", \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}");
        List<String> out = new ArrayList<>();
        for (String sid : sids) {
            for (String effect : effects) {
                for (String action : actions) {
                    for (String resource : resources) {
                        out.add("{" + sid + effect + action + resource + "}");
                    }
                }
            }
        }
        return out;
    }

    /** Conditions, valid and not, each in a few statements around them. */
    private static List<String> conditionVariants() {
        List<String> conditions = List.of("{}", "{\"Bool\": {\"aws:SecureTransport\": \"true\"}}",
                "{\"Bool\": {\"aws:SecureTransport\": false}}", "{\"NumericLessThan\": {\"s3:max-keys\": 10}}",
                "{\"NumericLessThanEquals\": {\"s3:max-keys\": 1.5e3}}",
                "{\"StringEquals\": {\"aws:RequestedRegion\": [\"us-east-1\", \"eu-west-1\"], \"aws:PrincipalTag/team\": \"a\"}}",
                "{\"StringEquals\": {\"k\": []}}", "{\"ForAnyValue:StringLike\": {\"k\": [\"a*\", true, 3]}}",
                "{\"ForAllValues:StringNotEqualsIgnoreCaseIfExists\": {\"k\": \"v\"}}", "{\"Null\": {\"k\": \"true\"}}",
                "{\"ArnLike\": {\"aws:SourceArn\": \"arn:aws:s3:::b\"}, \"IpAddress\": {\"aws:SourceIp\": \"10.0.0.0/8\"}}",
                "{\"StringEquals\": {}}", "{\"StringEquals\": \"v\"}", "{\"StringEquals\": [{\"k\": \"v\"}]}",
                "{\"StringEqual\": {\"k\": \"v\"}}", "{\"stringequals\": {\"k\": \"v\"}}", "{\"NullIfExists\": {\"k\": \"true\"}}",
                "{\"StringEquals\\n\": {\"k\": \"v\"}}", "{\" StringEquals\": {\"k\": \"v\"}}", "{\"\": {\"k\": \"v\"}}",
                "{\"StringEquals\": {\"k\": null}}", "{\"StringEquals\": {\"k\": [null]}}", "{\"StringEquals\": {\"k\": {\"a\": \"b\"}}}",
                "{\"StringEquals\": {\"k\": [[\"a\"]]}}", "{\"Bool\": {\"a\": \"true\"}, \"Foo\": {\"a\": \"b\"}}", "[]", "\"x\"", "null");
        List<String> around = List.of("\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"",
                "\"Sid\": \"DenyInsecure\", \"Effect\": \"Deny\", \"NotAction\": [\"iam:*\"], \"NotResource\": [\"arn:aws:s3:::b\"]",
                "\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\"", "\"Effect\": \"Permit\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"");
        List<String> out = new ArrayList<>();
        for (String condition : conditions) {
            for (String statement : around) {
                out.add("{" + statement + ", \"Condition\": " + condition + "}");
            }
        }
        return out;
    }

    private static List<String> documents() {
        List<String> docs = new ArrayList<>();
        for (String s : variants()) {
            docs.add(policy(s));
        }
        for (String s : conditionVariants()) {
            docs.add(policy(s));
        }
        String ok = "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}";
        docs.add("{\"Statement\": " + ok + "}");
        docs.add("{\"Statement\": []}");
        docs.add("{\"Statement\": [" + ok + ", 3]}");
        docs.add("{\"Version\": \"2012-10-18\", \"Statement\": [" + ok + "]}");
        docs.add("{\"Version\": 1, \"Statement\": [" + ok + "]}");
        docs.add("{\"Version\": null, \"Statement\": [" + ok + "]}");
        docs.add("{\"Version\": [\"2012-10-17\"], \"Statement\": [" + ok + "]}");
        docs.add("{\"Version\": \"2008-10-17\", \"Id\": \"x\", \"Statement\": [" + ok + "]}");
        docs.add("{\"Version\": \"2012-10-17\", \"Id\": 1, \"Statement\": [" + ok + "]}");
        docs.add("{\"Version\": \"2012-10-17\", \"Extra\": 1, \"Statement\": [" + ok + "]}");
        docs.add("{\"Version\": \"2012-10-17\"}");
        docs.add("[" + ok + "]");
        return docs;
    }

    @Test
    void neverAcceptsWhatTheSchemaRejects() throws Exception {
        int accepted = 0;
        int rejectedBySchema = 0;
        for (String doc : documents()) {
            Node root = json(doc);
            boolean schemaOk = SchemaValidator.validateFully(SCHEMA, root).isEmpty();
            rejectedBySchema += schemaOk ? 0 : 1;
            if (IamPolicyShape.certainlyValid(root)) {
                accepted++;
                assertThat(schemaOk).as("the schema rejects %s", doc).isTrue();
            }
        }
        assertThat(accepted).as("the fast path is used").isGreaterThan(50);
        long conditionsAccepted = conditionVariants().stream().filter(s -> IamPolicyShape.certainlyValid(uncheckedJson(policy(s)))).count();
        assertThat(conditionsAccepted).as("the fast path takes conditions").isGreaterThan(10);
        assertThat(rejectedBySchema).as("the variants include invalid policies").isGreaterThan(1000);
    }

    @Test
    void theHandWrittenChecksAreTheSchemasPatterns() throws Exception {
        JsonNode schema;
        try (InputStream in = IamPolicyShape.class.getResourceAsStream("/io/ccmlint/schemas/" + SCHEMA)) {
            schema = new ObjectMapper().readTree(in);
        }
        assertThat(schema.at("/$defs/statement/properties/Sid/pattern").asText()).isEqualTo(IamPolicyShape.SID_PATTERN);
        assertThat(schema.at("/$defs/action/pattern").asText()).isEqualTo(IamPolicyShape.ACTION_PATTERN);
        Pattern sid = Pattern.compile(IamPolicyShape.SID_PATTERN);
        Pattern action = Pattern.compile(IamPolicyShape.ACTION_PATTERN);
        List<String> values = new ArrayList<>(List.of("", "*", "**", ":", "s3:", ":Get", "s3:GetObject", "s3:Get*", "s3:?et*", "*:*",
                "s3-x:Get", "s3_x:Get", "s3:Get-Object", "s3:Get:Object", "s3::Get", "s3:Get\n", "\ns3:Get", " s3:Get", "s3:Get ",
                "s3:G\u00e9t", "s\u0663:Get", "Sid1", "sid-1", "A\u00c4", "Zz09", "s3:Get\u0000"));
        for (char c = 0; c < 0x180; c++) {
            values.add("s" + c + ":G" + c + "t");
            values.add("Sid" + c);
        }
        for (String v : values) {
            assertThat(IamPolicyShape.action(v)).as("action %s", v).isEqualTo(action.matcher(v).matches());
            assertThat(IamPolicyShape.sid(v)).as("sid %s", v).isEqualTo(sid.matcher(v).matches());
        }
    }

    @Test
    void aRememberedOperatorIsAnsweredAsTheSchemasPatternAnswersIt() throws Exception {
        JsonNode schema;
        try (InputStream in = IamPolicyShape.class.getResourceAsStream("/io/ccmlint/schemas/" + SCHEMA)) {
            schema = new ObjectMapper().readTree(in);
        }
        Pattern operator = Pattern.compile(schema.at("/$defs/condition/propertyNames/pattern").asText());
        List<String> keys = List.of("StringEquals", "ForAnyValue:StringLike", "BoolIfExists", "Null", "NullIfExists",
                "StringEqual", "stringequals", "ForAnyValue:", "Bool ", "", "ArnNotLikeIfExists", "DateGreaterThanEquals");
        for (int round = 0; round < 2; round++) { // the second round answers the matches from memory
            for (String k : keys) {
                assertThat(IamPolicyShape.operator(k)).as("round %d, %s", round, k).isEqualTo(operator.matcher(k).matches());
            }
        }
    }

    @Test
    void theExamplesAndTheTestPoliciesAgree() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("../examples"), Path.of("src/test/resources"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".tf.json")).forEach(files::add);
                }
            }
        }
        int checked = 0;
        for (Path p : files) {
            Node root;
            try {
                root = new JsonTreeReader().read(SourceFile.of(p.toString(), Files.readString(p)));
            } catch (Exception e) {
                continue; // malformed on purpose
            }
            if (IamPolicyShape.certainlyValid(root)) {
                checked++;
                assertThat(SchemaValidator.validateFully(SCHEMA, root)).as(p.toString()).isEmpty();
            }
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void validateGivesTheSameAnswerWithAndWithoutTheFastPath() throws Exception {
        for (String doc : documents()) {
            Node root = json(doc);
            assertThat(SchemaValidator.validate(SCHEMA, root)).as(doc)
                    .usingRecursiveFieldByFieldElementComparator()
                    .isEqualTo(SchemaValidator.validateFully(SCHEMA, root));
        }
    }
}
