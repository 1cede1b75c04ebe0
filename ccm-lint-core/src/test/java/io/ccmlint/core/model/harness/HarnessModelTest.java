package io.ccmlint.core.model.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.workspace.KindDetector;
import io.ccmlint.core.workspace.ParsedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessModelTest {
    private static HarnessModel model(String yaml) throws Exception {
        SourceFile f = SourceFile.of("h.yaml", yaml);
        var root = new YamlTreeReader().readAll(f).get(0);
        return HarnessModel.build(List.of(new ParsedFile(f, List.of(new ParsedFile.Document(
                KindDetector.detectYaml("h.yaml", root), root)))));
    }

    @Test
    void stagesAndStepsInExecutionOrderThroughParallelAndGroups() throws Exception {
        HarnessModel m = model("""
                pipeline:
                  identifier: p
                  stages:
                    - stage:
                        identifier: one
                        type: IACM
                        spec:
                          execution:
                            steps:
                              - step: {type: IACMOpenTofuPlugin, identifier: init, spec: {command: init}}
                              - parallel:
                                  - step: {type: Run, identifier: lint, spec: {}}
                                  - step: {type: IACMOpenTofuPlugin, identifier: plan, spec: {command: plan}}
                              - stepGroup:
                                  identifier: g
                                  steps:
                                    - step: {type: IACMApproval, identifier: ok, spec: {}}
                              - step:
                                  template: {templateRef: account.apply, versionLabel: v1}
                    - parallel:
                        - stage: {identifier: two, type: Custom}
                        - stage: {identifier: three, type: Custom}
                """);
        Pipeline p = m.pipelines().get(0);
        assertThat(p.stages()).extracting(Stage::identifierText).containsExactly("one", "two", "three");
        Stage one = p.stages().get(0);
        assertThat(one.steps()).extracting(Step::identifierText).containsExactly("init", "lint", "plan", "g", "ok", null);
        assertThat(one.steps().get(2).item()).isSameAs(one.steps().get(1).item()); // both placed at the parallel item
        assertThat(one.steps().get(2).list()).isNotNull();
        assertThat(one.steps().get(5).isTemplate()).isTrue();
        assertThat(one.steps()).filteredOn(s -> !s.group() && !s.isTemplate()) // the real steps
                .extracting(Step::identifierText).containsExactly("init", "lint", "plan", "ok");
        assertThat(one.steps().get(2).command().span().text()).isEqualTo("plan");
    }

    @Test
    void awsConnectorYamlUsesTerraformPaths() throws Exception {
        HarnessConnector c = model("""
                connector:
                  name: a
                  identifier: aws_a
                  type: Aws
                  spec:
                    credential:
                      type: OidcAuthentication
                      spec:
                        iamRoleArn: arn:aws:iam::123456789012:role/HarnessOidc
                      crossAccountAccess:
                        crossAccountRoleArn: arn:aws:iam::210987654321:role/Target
                        externalId: x
                      region: us-gov-west-1
                    delegateSelectors: [eks]
                    executeOnDelegate: false
                    awsSdkClientBackOffStrategyOverride:
                      type: EqualJitterBackoffStrategy
                      spec: {baseDelay: 10, maxBackoffTime: 100, retryCount: 2}
                """).connectors().get(0);
        assertThat(c.type()).isEqualTo("Aws");
        assertThat(c.credentialType()).isEqualTo("OidcAuthentication");
        assertThat(c.scalar("execute_on_delegate").value()).isEqualTo(Boolean.FALSE);
        assertThat(c.setting("execute_on_delegate").span().text()).isEqualTo("false");
        assertThat(c.setting("oidc_authentication.region").span().text()).isEqualTo("us-gov-west-1");
        assertThat(c.setting("oidc_authentication.delegate_selectors")).isInstanceOf(ListNode.class);
        assertThat(c.setting("equal_jitter_backoff_strategy.max_backoff_time").span().text()).isEqualTo("100");
        assertThat(c.roleArns()).extracting(r -> r.arn().known()).containsExactly(
                "arn:aws:iam::123456789012:role/HarnessOidc", "arn:aws:iam::210987654321:role/Target");
        assertThat(c.externalId().known()).isEqualTo("x");
        assertThat(c.externalId().style()).isEqualTo(ScalarStyle.YAML_PLAIN);
    }

    @Test
    void ccmConnectorAndCronTrigger() throws Exception {
        HarnessConnector c = model("""
                connector:
                  identifier: ccm
                  type: CEAws
                  spec:
                    crossAccountAccess: {crossAccountRoleArn: "arn:aws:iam::123456789012:role/HarnessCERole", externalId: e}
                    awsAccountId: "123456789012"
                    curAttributes: {reportName: r, s3BucketName: b}
                    featuresEnabled: [BILLING]
                """).connectors().get(0);
        assertThat(c.type()).isEqualTo("CEAws");
        assertThat(c.accountId().value()).isEqualTo("123456789012");
        assertThat(c.accountId().style()).isEqualTo(ScalarStyle.YAML_DOUBLE_QUOTED);
        assertThat(c.setting("s3_bucket").span().text()).isEqualTo("b");
        assertThat(c.setting("features_enabled")).isInstanceOf(ListNode.class);
        Trigger t = model("""
                trigger:
                  identifier: daily
                  source:
                    type: Scheduled
                    spec: {type: Cron, spec: {type: QUARTZ, expression: "0 0 6 ? * *"}}
                """).triggers().get(0);
        assertThat(t.cronType()).isEqualTo("QUARTZ");
        assertThat(t.cronExpression().asText()).isEqualTo("0 0 6 ? * *");
    }

    @Test
    void otherConnectorTypesAreNotModelled() throws Exception {
        assertThat(model("connector:\n  identifier: k\n  type: K8sCluster\n  spec: {}\n").connectors()).isEmpty();
    }
}
