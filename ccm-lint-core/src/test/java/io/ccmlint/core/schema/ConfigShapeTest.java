package io.ccmlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast path accepts only what the schema accepts, and accepts every valid config written as
 * users write them: the configs of the repository, and every mutation of a config that uses every
 * key of the schema that the schema accepts (but for the few values it leaves to the schema).
 */
class ConfigShapeTest {
    private static final String SCHEMA = ConfigShape.SCHEMA;
    private static final Path REPO = Path.of("..");

    /** Every key of the schema, each value of the kind users write. */
    private static final String EVERY_KEY = """
            harness:
              accountId: Kq2vT8xWbN4mR1yZc7LpHg
              hosts: [app.harness.io, "eu.harness.io:443"]
              ccmPrincipalAccounts: ["891928451355"]
              audiences: [sts.amazonaws.com]
            include: ["**/*.json"]
            exclude: [vendor/**]
            connectorRoles: ["Harness*"]
            connectorPolicies: ["iam/connector-roles/**"]
            rules:
              CCM209: off
              CCM101:
                severity: warning
                maxActions: 5
            cloudformation:
              partition: aws-us-gov
              stacks:
                - template: "cfn/*.yaml"
                  parameters: {ExternalId: "harness:891928451355:x", Port: 443, On: true}
                  parameterFiles: [cfn/params/prod.json]
            terraform:
              varFiles: [env/prod.tfvars]
            helm:
              releases:
                - chart: deploy/delegate
                  name: prod
                  namespace: harness-delegate-ng
                  values: [deploy/values-prod.yaml]
                  set: {replicas: 2, token: x, debug: false, proxy: null}
                  setString: {tag: "1.0", port: 8080, on: true}
            forbiddenAccess:
              - principals: ["harness-*"]
                actions: ["iam:Create*", "s3:Delete*"]
                resources: ["arn:aws:s3:::tf-state-*"]
                reason: the platform team only
            docs:
              baseUrl: https://lint.example.com/rules/
            limits:
              maxFileSize: 67108864
              maxNestingDepth: 500
              maxStringLength: 20000000
              maxYamlAliases: 50
              maxYamlNodes: 2000000
              fileTimeout: 30s
            suppressions:
              - path: "iam/legacy/*.json"
                rule: CCM108
                reason: replaced in Q3
                until: "2027-06-30"
                pointer: /Version
            """;

    /**
     * Values put in place of each value of {@link #EVERY_KEY}, as YAML: every type, empty ones, and
     * values on both sides of each format, enum and bound of the schema.
     */
    private static final List<String> VALUES = List.of(
            "x", "\"\"", "''", "7", "1.5", "true", "false", "null", "~", "[]", "{}", "[x]", "[\"\"]", "[7]", "[null]", "[true]",
            "[[x]]", "[{}]", "[x, 7]", "{a: x}", "{a: 1}", "{a: true}", "{a: null}", "{a: []}", "{a: {}}", "{\"\": x}",
            "off", "error", "warning", "info", "Off", "fatal", "yes", "no", "on", "aws", "aws-us-gov", "aws-cn", "aws-eu",
            "{severity: error}", "{severity: fatal}", "{severity: null}", "{severity: error, maxActions: 5}", "{maxActions: 5}",
            "0", "-0", "1", "-1", "+5", "1.0", "1e3", "0.5e1", "5000", "5001", "100000", "100001", "2147483647", "2147483648",
            "99999999999999999999", "0x10", "0o7", ".inf", "-.inf", ".nan", "1_000",
            "\"891928451355\"", "891928451355", "\"89192845135\"", "\"8919284513555\"", "\"89192845135x\"", "\"891928451355\\n\"",
            "app.harness.io", "\"app.harness.io:443\"", "\"host:\"", "\":443\"", "\"a b\"", "\"host:44x\"", "\"h_st\"",
            "abc_DEF-123", "a" + "b".repeat(63), "a" + "b".repeat(64), "a.b",
            "CCM101", "A123", "ccm101", "CCM10", "C101", "CCM1O1", "\"CCM101\\n\"",
            "https://lint.example.com/rules/", "http://x", "https://", "https:///x", "\"https://a b\"", "ftp://x", "HTTPS://x",
            "\"https://a/b\\tc\"", "\"https://a\\u00a0b\"",
            "30s", "500ms", "2m", "\"30\"", "\"123456789\"", "\"1234567890\"", "30h", "s", "\"30s\\n\"",
            "\"2027-06-30\"", "2027-06-30", "\"2027-6-30\"", "\"2027-06-300\"",
            "/Version", "/", "Version", "\"/a\\nb\"", "\"/a\\u2028b\"", "\"/a\\u0085\"", "\"/\\U0001F600\"", "\"\\U0001F600\"");

    /** Values the fast path leaves to the schema although it accepts them (see ConfigShape). */
    private static final List<String> LEFT_TO_THE_SCHEMA = List.of("99999999999999999999", "\"https://a\\u00a0b\"",
            "\"/\\U0001F600\"");

    /** Configs written in the tests of other classes and by the benchmark scripts, valid and not. */
    private static final List<String> TEST_CONFIGS = List.of(
            "rules:\n  CCM108: off\n  CCM002: error\n  CCM101:\n    severity: warning\n    maxActions: 5\n    services: [ce, cur]\n"
                    + "connectorPolicies:\n  - iam/connector-roles/**\nexclude:\n  - vendor/**\n  - \"*.bak.json\"\n"
                    + "include:\n  - \"**/*.json\"\nharness:\n  accountId: abc_DEF-123\n  ccmPrincipalAccounts: [\"891928451355\"]\n",
            "rules: {}\n", "rules: {}\nexclud:\n  - x\n", "harness:\n  accountID: abc\n", "rules:\n  CCM101: fatal\n",
            "rules:\n  CCM101:\n    severity: fatal\n", "exclude: vendor/**\n", "harness:\n  accountId: 123\n", "- a\n",
            "docs:\n  baseUrl: https://lint.example.com/rules/\n", "docs:\n  baseUrl: docs/rules\n", "rules:\n  ccm101: off\n",
            "terraform:\n  varFiles: [\"env/*.tfvars\", common.tfvars.json]\n", "terraform:\n  varFile: [a.tfvars]\n",
            "terraform:\n  varFiles: a.tfvars\n", "terraform:\n  varFiles: [\"\"]\n", "terraform:\n  varFiles: [ok.tfvars, \"[z-a].tfvars\"]\n",
            "cloudformation:\n  partition: aws-eu\n", "cloudformation:\n  stacks:\n    - parameters: {A: b}\n",
            "cloudformation:\n  stacks:\n    - template: a.yaml\n      parameters: {Port: 443, On: true}\n",
            "cloudformation:\n  partition: aws-us-gov\n  stacks:\n    - template: \"ccm*.yaml\"\n      parameterFiles: [params/prod.json]\n",
            "cloudformation:\n  stacks:\n    - template: \"ccm*.yaml\"\n      parameterFiles: [params/prod.json]\n"
                    + "      parameters: {ExternalId: \"harness:891928451355:inline\"}\n",
            "suppressions:\n  - path: \"iam/*.json\"\n    rule: TST101\n    reason: \"legacy policies\"\n    until: \"2026-12-31\"\n",
            "suppressions:\n  - path: iam/a.json\n    rule: TST101\n    pointer: /Statement/1/Action\n    reason: \"reviewed\"\n",
            "suppressions:\n  - path: iam/a.json\n    rule: CCM101\n",
            "suppressions:\n  - path: iam/**\n    rule: CCM108\n    reason: r\n    until: 2027-06-30\n    pointer: /Version\n",
            "helm:\n  releases:\n    - chart: deploy/agent\n      name: prod\n      namespace: harness-delegate-ng\n"
                    + "      values: [deploy/prod.yaml]\n      set: {token: from-set}\n",
            "helm:\n  releases:\n    - chart: deploy/agent\n", "limits:\n  maxNestingDepth: 3\n  maxFileSize: 200\n",
            "limits:\n  fileTimeout: forever\n", "limits:\n  fileTimeout: 7s\n", "connectorRoles: [\"module.ccm.*\"]\n",
            "exclude:\n  - legacy/\n", "include:\n  - iam/**\n", "connectorPolicies: [\"roles/**\"]\n", "rules:\n  CCM999: off\n",
            "rules:\n  CCM101: loud\n", "include: !!io.ccmlint.core.hostile.YamlNeverConstructsTest$Canary [\"x\"]\n",
            "cloudformation:\n  stacks:\n    - template: \"cfn/stack.yaml\"\n      parameterFiles: [\"cfn/params.json\"]\n",
            "harness:\n  accountId: Kq2vT8xWbN4mR1yZc7LpHg\n  hosts: [app.harness.io]\n  ccmPrincipalAccounts: [\"891928451355\"]\n",
            "helm:\n  releases:\n    - chart: chart\n      name: prod\n      namespace: harness-delegate-ng\n      values: [values.yaml]\n",
            "harness:\n  ccmPrincipalAccounts: [891928451355]\n", "null\n", "x\n", "[]\n", "{}\n", "!Ref x\n");

    private static Node yaml(String text) throws ParseProblem {
        List<Node> docs = new YamlTreeReader().readAll(SourceFile.of(".ccm-lint.yml", text));
        return docs.isEmpty() ? null : docs.get(0);
    }

    private static boolean schemaAccepts(Node root) {
        return SchemaValidator.validateFully(SCHEMA, root).isEmpty();
    }

    /** The files the repository has: examples, rule examples, the corpus, the Maven plugin's tests. */
    private static List<Path> configFiles() throws Exception {
        try (Stream<Path> s = Files.walk(REPO)) {
            return s.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/")
                            && !p.toString().contains("/node_modules/"))
                    .filter(p -> p.getFileName().toString().matches("\\.?[\\w.-]*ccm-lint[\\w.-]*\\.ya?ml"))
                    .filter(Files::isRegularFile)
                    .sorted().toList();
        }
    }

    /** The README's configuration block, which documents every key. */
    private static String readmeConfig() throws Exception {
        String readme = Files.readString(REPO.resolve("README.md"));
        int section = readme.indexOf("## Configuration: `.ccm-lint.yml`");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void everyConfigOfTheRepositoryGetsTheSchemasAnswer() throws Exception {
        Map<String, String> configs = new LinkedHashMap<>();
        for (Path p : configFiles()) {
            configs.put(p.toString(), Files.readString(p));
        }
        configs.put("README.md", readmeConfig());
        for (String text : TEST_CONFIGS) {
            configs.put(text, text);
        }
        int valid = 0;
        int invalid = 0;
        for (Map.Entry<String, String> c : configs.entrySet()) {
            Node root;
            try {
                root = yaml(c.getValue());
            } catch (ParseProblem e) {
                continue; // the loader reports it before the schema is asked
            }
            boolean schemaOk = schemaAccepts(root);
            assertThat(ConfigShape.certainlyValid(root)).as(c.getKey()).isEqualTo(schemaOk);
            assertThat(SchemaValidator.validate(SCHEMA, root)).as(c.getKey()).usingRecursiveFieldByFieldElementComparator()
                    .isEqualTo(SchemaValidator.validateFully(SCHEMA, root));
            valid += schemaOk ? 1 : 0;
            invalid += schemaOk ? 0 : 1;
        }
        assertThat(configFiles()).as("the repository's config files").hasSizeGreaterThan(15)
                .contains(REPO.resolve("examples/.ccm-lint.yml"));
        assertThat(ConfigShape.certainlyValid(yaml(Files.readString(REPO.resolve("examples/.ccm-lint.yml"))))).isTrue();
        assertThat(ConfigShape.certainlyValid(yaml(readmeConfig()))).isTrue();
        assertThat(ConfigShape.certainlyValid(yaml(EVERY_KEY))).isTrue();
        assertThat(valid).isGreaterThan(40);
        assertThat(invalid).isGreaterThan(15);
    }

    /** One change to {@link #EVERY_KEY}'s tree; {@code doubtful} when it puts in a value left to the schema. */
    private record Mutation(String what, Node root, boolean doubtful) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Test
    void neverAcceptsWhatTheSchemaRejectsAndAcceptsTheRest() throws Exception {
        int accepted = 0;
        int rejectedBySchema = 0;
        int leftToTheSchema = 0;
        List<Mutation> mutations = mutations();
        for (Mutation m : mutations) {
            boolean schemaOk = schemaAccepts(m.root());
            boolean fast = ConfigShape.certainlyValid(m.root());
            if (fast) {
                accepted++;
                assertThat(schemaOk).as("the schema rejects %s", m.what()).isTrue();
            } else if (schemaOk) {
                leftToTheSchema++;
                assertThat(m.doubtful()).as("the fast path leaves %s to the schema", m.what()).isTrue();
            }
            rejectedBySchema += schemaOk ? 0 : 1;
        }
        assertThat(mutations.size()).isGreaterThan(9000);
        assertThat(accepted).as("valid mutations take the fast path").isGreaterThan(1000);
        assertThat(rejectedBySchema).as("the mutations include invalid configs").isGreaterThan(5000);
        assertThat(leftToTheSchema).as("each value left to the schema is tried").isGreaterThan(0);
    }

    @Test
    void validateGivesTheSameAnswerWithAndWithoutTheFastPath() throws Exception {
        List<Mutation> mutations = mutations();
        for (int i = 0; i < mutations.size(); i += 7) {
            Node root = mutations.get(i).root();
            assertThat(SchemaValidator.validate(SCHEMA, root)).as(mutations.get(i).what())
                    .usingRecursiveFieldByFieldElementComparator()
                    .isEqualTo(SchemaValidator.validateFully(SCHEMA, root));
        }
    }

    /**
     * Each value of the tree replaced by each of {@link #VALUES}, each key removed, each list item
     * removed, and keys added to each object (an unknown one, a rule ID, a severity).
     */
    private static List<Mutation> mutations() throws Exception {
        Node root = yaml(EVERY_KEY);
        List<Node> values = new ArrayList<>();
        for (String v : VALUES) {
            values.add(yaml("v: " + v + "\n").at("/v"));
        }
        List<Mutation> out = new ArrayList<>();
        List<List<Object>> paths = new ArrayList<>();
        paths(root, new ArrayList<>(), paths);
        for (List<Object> path : paths) {
            for (int i = 0; i < VALUES.size(); i++) {
                Node value = values.get(i);
                out.add(new Mutation(path + " = " + VALUES.get(i), edit(root, path, 0, n -> value),
                        LEFT_TO_THE_SCHEMA.contains(VALUES.get(i))));
            }
            if (path.isEmpty()) {
                continue;
            }
            List<Object> parent = path.subList(0, path.size() - 1);
            Object last = path.get(path.size() - 1);
            out.add(new Mutation(path + " removed", edit(root, parent, 0, n -> without(n, last)), false));
        }
        for (List<Object> path : paths) {
            if (root.at(pointer(path)) instanceof MapNode) {
                for (String key : List.of("unknownKey", "CCM999", "severity", "")) {
                    for (String v : List.of("off", "x", "[x]")) {
                        Node value = yaml("v: " + v + "\n").at("/v");
                        out.add(new Mutation(path + " + " + key + ": " + v, edit(root, path, 0, n -> with((MapNode) n, key, value)),
                                false));
                    }
                }
            }
        }
        return out;
    }

    /** The path of every node, root included: keys and list indexes. */
    private static void paths(Node n, List<Object> path, List<List<Object>> out) {
        out.add(List.copyOf(path));
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                path.add(e.key());
                paths(e.value(), path, out);
                path.remove(path.size() - 1);
            }
        } else if (n instanceof ListNode l) {
            for (int i = 0; i < l.items().size(); i++) {
                path.add(i);
                paths(l.items().get(i), path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    private static String pointer(List<Object> path) {
        StringBuilder b = new StringBuilder();
        for (Object o : path) {
            b.append('/').append(o);
        }
        return b.toString();
    }

    /** The tree with {@code change} made to the node at {@code path}. */
    private static Node edit(Node n, List<Object> path, int depth, UnaryOperator<Node> change) {
        if (depth == path.size()) {
            return change.apply(n);
        }
        Object step = path.get(depth);
        if (n instanceof MapNode m) {
            List<MapNode.Entry> entries = new ArrayList<>();
            for (MapNode.Entry e : m.entries()) {
                entries.add(e.key().equals(step) ? new MapNode.Entry(e.name(), edit(e.value(), path, depth + 1, change)) : e);
            }
            return new MapNode(m.span(), m.syntax(), m.flow(), entries);
        }
        ListNode l = (ListNode) n;
        List<Node> items = new ArrayList<>(l.items());
        int i = (Integer) step;
        items.set(i, edit(items.get(i), path, depth + 1, change));
        return new ListNode(l.span(), l.syntax(), l.flow(), items);
    }

    private static Node without(Node n, Object keyOrIndex) {
        if (n instanceof MapNode m) {
            List<MapNode.Entry> entries = new ArrayList<>(m.entries());
            entries.removeIf(e -> e.key().equals(keyOrIndex));
            return new MapNode(m.span(), m.syntax(), m.flow(), entries);
        }
        ListNode l = (ListNode) n;
        List<Node> items = new ArrayList<>(l.items());
        items.remove((int) (Integer) keyOrIndex);
        return new ListNode(l.span(), l.syntax(), l.flow(), items);
    }

    private static Node with(MapNode m, String key, Node value) {
        List<MapNode.Entry> entries = new ArrayList<>(m.entries());
        entries.removeIf(e -> e.key().equals(key));
        entries.add(new MapNode.Entry(Scalar.known(key, value.span(), ScalarStyle.YAML_PLAIN), value));
        return new MapNode(m.span(), m.syntax(), m.flow(), entries);
    }

    @Test
    void theHandWrittenFormatsAreTheSchemasPatterns() throws Exception {
        JsonNode schema = schema();
        Map<ConfigShape.Format, String> patterns = Map.of(
                ConfigShape.Format.ACCOUNT_ID, ConfigShape.ACCOUNT_ID_PATTERN, ConfigShape.Format.HOST, ConfigShape.HOST_PATTERN,
                ConfigShape.Format.AWS_ACCOUNT, ConfigShape.AWS_ACCOUNT_PATTERN, ConfigShape.Format.RULE_ID, ConfigShape.RULE_ID_PATTERN,
                ConfigShape.Format.BASE_URL, ConfigShape.BASE_URL_PATTERN, ConfigShape.Format.FILE_TIMEOUT, ConfigShape.FILE_TIMEOUT_PATTERN,
                ConfigShape.Format.DATE, ConfigShape.DATE_PATTERN, ConfigShape.Format.POINTER, ConfigShape.POINTER_PATTERN);
        assertThat(schema.at("/properties/harness/properties/accountId/pattern").asText()).isEqualTo(ConfigShape.ACCOUNT_ID_PATTERN);
        assertThat(schema.at("/properties/harness/properties/hosts/items/pattern").asText()).isEqualTo(ConfigShape.HOST_PATTERN);
        assertThat(schema.at("/properties/harness/properties/ccmPrincipalAccounts/items/pattern").asText())
                .isEqualTo(ConfigShape.AWS_ACCOUNT_PATTERN);
        assertThat(schema.at("/properties/rules/propertyNames/pattern").asText()).isEqualTo(ConfigShape.RULE_ID_PATTERN);
        assertThat(schema.at("/properties/suppressions/items/properties/rule/pattern").asText()).isEqualTo(ConfigShape.RULE_ID_PATTERN);
        assertThat(schema.at("/properties/docs/properties/baseUrl/pattern").asText()).isEqualTo(ConfigShape.BASE_URL_PATTERN);
        assertThat(schema.at("/properties/limits/properties/fileTimeout/pattern").asText()).isEqualTo(ConfigShape.FILE_TIMEOUT_PATTERN);
        assertThat(schema.at("/properties/suppressions/items/properties/until/pattern").asText()).isEqualTo(ConfigShape.DATE_PATTERN);
        assertThat(schema.at("/properties/suppressions/items/properties/pointer/pattern").asText()).isEqualTo(ConfigShape.POINTER_PATTERN);

        List<String> values = new ArrayList<>(List.of("", " ", "x", "0", "\n", "/", "//", "a:", ":1", "a:1", "a:1:2", "a.b-c:080",
                "891928451355", "89192845135", "8919284513550", "CCM101", "A000", "AB12C345", "a101", "CCM01", "CCM1O1", "C1234",
                "https://a", "http://a", "https://a/", "https://a/b/c?d=e#f", "https://", "https:///", "https://a b", "https:/a",
                "http://a\u00a0b", "https://a/\u2003", "https://\u00e9t\u00e9", "1s", "1ms", "1m", "1", "123456789s", "1234567890s",
                "1h", "1mss", "ms", "2027-06-30", "2027-6-30", "27-06-30", "2027-06-30x", "2027/06/30", "/Version", "/a/b~1c",
                "/\ud83d\ude00", "/\ud83d", "\ud83d", "a".repeat(64), "a".repeat(65), "a_B-9"));
        String specials = "\t\n\u000b\f\r\u001f !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u007f\u0085\u00a0\u00e9\u0131\u0663\u1680\u2003"
                + "\u2028\u2029\u3000\ufeff\uff10\ud83d\ude00";
        for (char c = 0; c < 0x180; c++) {
            values.add(String.valueOf(c));
        }
        for (char c : specials.toCharArray()) {
            for (String template : List.of("A%sB", "CC%s101", "CCM10%s", "12345678901%s", "app%sx:443", "app:4%s3", "https://a%sb/c",
                    "https://a/b%s", "3%ss", "30%s", "2027-0%s-30", "/a%sb", "/a%s", "%s/a", "a%s")) {
                values.add(template.formatted(c));
            }
        }
        for (Map.Entry<ConfigShape.Format, String> f : patterns.entrySet()) {
            Pattern regex = Pattern.compile(f.getValue());
            for (String v : values) {
                boolean matches = regex.matcher(v).matches();
                boolean accepted = f.getKey().accepts(v);
                if (accepted) {
                    assertThat(matches).as("%s accepts \"%s\", its pattern does not", f.getKey(), v).isTrue();
                } else if (matches) { // left to the schema: only what ConfigShape says it leaves
                    boolean invisibleOrNotAscii = v.chars().anyMatch(c -> c <= ' ' || c >= 0x7f);
                    boolean surrogate = v.chars().anyMatch(c -> Character.isSurrogate((char) c));
                    assertThat(f.getKey() == ConfigShape.Format.BASE_URL && invisibleOrNotAscii
                            || f.getKey() == ConfigShape.Format.POINTER && surrogate)
                            .as("%s leaves \"%s\" to its pattern", f.getKey(), v).isTrue();
                }
            }
        }
        assertThat(ConfigShape.Format.NON_EMPTY.accepts("\ud83d\ude00")).isTrue();
        assertThat(ConfigShape.Format.NON_EMPTY.accepts("")).isFalse();
        assertThat(ConfigShape.Format.NON_EMPTY.accepts(null)).isFalse();
    }

    /**
     * ConfigShape implements this schema by hand: any change to it but its descriptions fails here,
     * until ConfigShape (and EVERY_KEY, VALUES above) have been brought up to it and this digest updated.
     */
    @Test
    void theSchemaIsTheOneConfigShapeImplements() throws Exception {
        JsonNode schema = schema();
        withoutDescriptions(schema);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(schema.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(digest)).isEqualTo("ce694de692d43670def92cef95e6f64e786d31e7fab997d25001a602fab3200a");
    }

    private static void withoutDescriptions(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("description");
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
            withoutDescriptions(it.next());
        }
    }

    private static JsonNode schema() throws Exception {
        try (InputStream in = ConfigShape.class.getResourceAsStream("/io/ccmlint/schemas/" + SCHEMA)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
