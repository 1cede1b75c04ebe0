package io.ccmlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.YamlTreeReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Our own Harness schemas are valid JSON Schema 2020-12, and say what they should. */
class HarnessSchemasTest {
    private static final Path SCHEMAS = Path.of("..", "schemas");

    @ParameterizedTest
    @ValueSource(strings = {"harness-connector-aws.schema.json", "harness-connector-ceaws.schema.json",
            "harness-pipeline-iacm.schema.json", "harness-trigger-cron.schema.json", "iam-policy.schema.json",
            "ccm-lint-config.schema.json"})
    void validAgainstTheMetaSchema(String name) throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        String text = Files.readString(SCHEMAS.resolve(name), StandardCharsets.UTF_8);
        List<Error> errors = meta.validate(text, InputFormat.JSON);
        assertThat(errors).as(name).isEmpty();
        assertThat(SchemaValidator.schema(name)).isNotNull(); // and it loads as a bundled schema
    }

    @Test
    void metaSchemaRejectsABrokenSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate("{\"type\": \"strin\", \"required\": \"x\"}", InputFormat.JSON)).isNotEmpty();
    }

    private static List<SchemaViolation> validate(String schema, String yaml) throws Exception {
        return SchemaValidator.validate(schema, new YamlTreeReader().readAll(SourceFile.of("x.yaml", yaml)).get(0));
    }

    @Test
    void credentialTypeIsAnEnumAndTheFindingSitsOnTheValue() throws Exception {
        List<SchemaViolation> v = validate("harness-connector-aws.schema.json", """
                connector:
                  name: a
                  identifier: a
                  type: Aws
                  spec:
                    credential:
                      type: IRSA
                    delegateSelectors: [eks]
                """);
        assertThat(v).hasSize(1);
        assertThat(v.get(0).span().text()).isEqualTo("IRSA");
        assertThat(v.get(0).span().startLine()).isEqualTo(7);
        assertThat(v.get(0).span().startColumn()).isEqualTo(13);
    }

    @Test
    void pipelineSchemaIsStrictOnCommandsAndRuntimeAndPermissiveElsewhere() throws Exception {
        List<SchemaViolation> v = validate("harness-pipeline-iacm.schema.json", """
                pipeline:
                  identifier: p
                  somethingNew: true
                  stages:
                    - stage:
                        identifier: s
                        type: IACM
                        spec:
                          runtime: {type: Kubernetes, spec: {}}
                          execution:
                            steps:
                              - step: {type: IACMOpenTofuPlugin, identifier: a, spec: {command: bogus}}
                              - step: {type: SomeFutureStep, identifier: b, spec: {anything: 1}}
                              - step: {type: IACMOpenTofuPlugin, identifier: c, spec: {command: <+input>}}
                """);
        assertThat(v).extracting(x -> x.span().text()).containsExactly("Kubernetes", "bogus");
    }

    @Test
    void ccmConnectorsGuidePipelineIsValid() throws Exception {
        String yaml = Files.readString(Path.of("..", "examples", "harness", "pipelines", "iacm-ccm-connectors.yaml"));
        assertThat(validate("harness-pipeline-iacm.schema.json", yaml)).isEmpty();
    }

    @Test
    void cronTriggerAndCcmFeatures() throws Exception {
        assertThat(validate("harness-trigger-cron.schema.json", """
                trigger:
                  identifier: t
                  source:
                    type: Scheduled
                    spec:
                      type: Cron
                      spec:
                        type: unix
                        expression: 0 6 * * *
                """)).extracting(x -> x.span().text()).containsExactly("unix");
        assertThat(validate("harness-connector-ceaws.schema.json", """
                connector:
                  name: c
                  identifier: c
                  type: CEAws
                  spec:
                    crossAccountAccess: {crossAccountRoleArn: "arn:aws:iam::123456789012:role/x"}
                    featuresEnabled: [BILLING, visibility]
                """)).extracting(x -> x.span().text()).containsExactly("visibility");
    }
}
