package io.ccmlint.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON held in a YAML string: values located in the YAML file, through the string's escapes and folding. */
class EmbeddedJsonTest {
    private static final String ARN = "arn:aws:iam::123456789012:role/Deployer";

    private static SourceFile file;

    private static MapNode config(String yaml) throws Exception {
        file = SourceFile.of("secret.yaml", yaml);
        ScalarNode s = (ScalarNode) ((MapNode) new YamlTreeReader().readAll(file).get(0)).get("config");
        Optional<Node> json = EmbeddedJson.inYaml(new JsonTreeReader(), s);
        assertThat(json).as("aligned").isPresent();
        return (MapNode) json.get();
    }

    private static Scalar roleArn(MapNode config) {
        return ((ScalarNode) config.at("/awsAuthConfig/roleARN")).scalar();
    }

    @Test
    void aLiteralBlockMapsOneToOne() throws Exception {
        MapNode c = config("config: |\n  {\"awsAuthConfig\": {\n    \"roleARN\": \"" + ARN + "\"}}\n");
        Scalar arn = roleArn(c);
        assertThat(arn.known()).isEqualTo(ARN);
        assertThat(arn.span().text()).isEqualTo("\"" + ARN + "\"");
        assertThat(arn.span().startLine()).isEqualTo(3);
        assertThat(arn.span().startColumn()).isEqualTo(16);
        assertThat(arn.style()).isEqualTo(ScalarStyle.JSON_STRING);
        assertThat(arn.within()).isEqualTo(ScalarStyle.YAML_LITERAL);
        assertThat(c.entry("awsAuthConfig").keySpan().text()).isEqualTo("\"awsAuthConfig\"");
        assertThat(c.entry("awsAuthConfig").name().within()).isEqualTo(ScalarStyle.YAML_LITERAL);
    }

    @Test
    void aDoubleQuotedStringMapsThroughItsBackslashEscapes() throws Exception {
        MapNode c = config("config: \"{\\\"awsAuthConfig\\\": {\\\"roleARN\\\": \\\"" + ARN + "\\\"}}\"\n");
        Scalar arn = roleArn(c);
        assertThat(arn.known()).isEqualTo(ARN);
        // from the escaped opening quote to the escaped closing one
        assertThat(arn.span().text()).isEqualTo("\\\"" + ARN + "\\\"");
        assertThat(arn.within()).isEqualTo(ScalarStyle.YAML_DOUBLE_QUOTED);
        assertThat(file.text().substring(arn.span().start() + 2, arn.span().end() - 2)).isEqualTo(ARN);
    }

    @Test
    void aDoubleQuotedStringMapsThroughUnicodeEscapesAndEscapedLineBreaks() throws Exception {
        MapNode c = config("config: \"{\\\"awsAuthConfig\\\": {\\\"clusterName\\\": \\\"t\\u00e9st\\\",\\\n"
                + "    \\\"roleARN\\\": \\\"" + ARN + "\\\"}}\"\n");
        assertThat(((ScalarNode) c.at("/awsAuthConfig/clusterName")).scalar().known()).isEqualTo("t\u00e9st");
        assertThat(((ScalarNode) c.at("/awsAuthConfig/clusterName")).span().text()).isEqualTo("\\\"t\\u00e9st\\\"");
        Scalar arn = roleArn(c);
        assertThat(arn.span().startLine()).isEqualTo(2);
        assertThat(arn.span().text()).isEqualTo("\\\"" + ARN + "\\\"");
    }

    @Test
    void aSingleQuotedStringMapsThroughDoubledQuotes() throws Exception {
        MapNode c = config("config: '{\"awsAuthConfig\": {\"clusterName\": \"it''s\", \"roleARN\": \"" + ARN + "\"}}'\n");
        assertThat(((ScalarNode) c.at("/awsAuthConfig/clusterName")).scalar().known()).isEqualTo("it's");
        assertThat(((ScalarNode) c.at("/awsAuthConfig/clusterName")).span().text()).isEqualTo("\"it''s\"");
        assertThat(roleArn(c).span().text()).isEqualTo("\"" + ARN + "\"");
        assertThat(roleArn(c).within()).isEqualTo(ScalarStyle.YAML_SINGLE_QUOTED);
    }

    @Test
    void aFoldedBlockMapsAcrossItsLines() throws Exception {
        MapNode c = config("config: >\n  {\"awsAuthConfig\":\n    {\"roleARN\": \"" + ARN + "\"}}\n");
        assertThat(roleArn(c).span().startLine()).isEqualTo(3);
        assertThat(roleArn(c).span().startColumn()).isEqualTo(17);
        assertThat(roleArn(c).span().text()).isEqualTo("\"" + ARN + "\"");
        assertThat(roleArn(c).within()).isEqualTo(ScalarStyle.YAML_FOLDED);
    }

    @Test
    void textThatIsNoJsonIsAProblemInTheYamlFile() throws Exception {
        SourceFile f = SourceFile.of("secret.yaml", "config: |\n  {\"a\": 1,}\n");
        ScalarNode s = (ScalarNode) ((MapNode) new YamlTreeReader().readAll(f).get(0)).get("config");
        assertThatThrownBy(() -> EmbeddedJson.inYaml(new JsonTreeReader(), s))
                .isInstanceOfSatisfying(ParseProblem.class, p -> assertThat(p.span().file()).isSameAs(f));
    }

    @Test
    void aValueThatIsNoStringHoldsNoJson() throws Exception {
        SourceFile f = SourceFile.of("secret.yaml", "config: 12\n");
        ScalarNode s = (ScalarNode) ((MapNode) new YamlTreeReader().readAll(f).get(0)).get("config");
        assertThat(EmbeddedJson.inYaml(new JsonTreeReader(), s)).isEmpty();
    }
}
