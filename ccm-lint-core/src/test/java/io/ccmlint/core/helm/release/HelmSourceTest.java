package io.ccmlint.core.helm.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLoader;
import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.model.helm.HelmRelease;
import io.ccmlint.core.model.k8s.K8sObject;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.RuleDoc;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.workspace.Relocation;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts rendered into the workspace: their manifests are Kubernetes objects of the release's
 * namespace, and a span of a rendered manifest is reported at the values line or template text it
 * came from.
 */
class HelmSourceTest {
    private static final RuleMetadata RULE = new RuleMetadata("CCM999", "test-rule", "A test rule", Severity.ERROR,
            Set.of(FixKind.SAFE), List.of(), RuleDoc.NONE);

    @TempDir
    Path dir;
    Path chart;

    @BeforeEach
    void writeChart() throws Exception {
        chart = dir.resolve("deploy/agent");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: agent\nversion: 1.0.0\n");
        Files.writeString(chart.resolve("values.yaml"), """
                image:
                  repository: harness/delegate
                  tag: 25.01.84800
                podSecurityContext:
                  runAsUser: 0
                  runAsGroup: 0
                env:
                  LOG_LEVEL: debug
                  REGION: us-east-1
                token: s3cr3t-token
                replicas: 2
                memory: 2048
                permissions: CLUSTER_ADMIN
                """);
        Files.writeString(chart.resolve("templates/_helpers.tpl"), """
                {{- define "agent.labels" -}}
                app: {{ .Chart.Name }}
                tier: {{ .Values.tier | default "backend" }}
                {{- end }}
                """);
        Files.writeString(chart.resolve("templates/deployment.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}-agent
                  labels:
                    {{- include "agent.labels" . | nindent 4 }}
                spec:
                  replicas: {{ .Values.replicas }}
                  template:
                    spec:
                      securityContext:
                        {{- toYaml .Values.podSecurityContext | nindent 8 }}
                      containers:
                        - name: agent
                          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                          env:
                            {{- range $k, $v := .Values.env }}
                            - name: {{ $k }}
                              value: {{ $v | quote }}
                            {{- end }}
                """);
        Files.writeString(chart.resolve("templates/secret.yaml"), """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: {{ .Release.Name }}-token
                data:
                  TOKEN: {{ .Values.token | b64enc }}
                {{- if eq .Values.permissions "CLUSTER_ADMIN" }}
                  ADMIN: "yes"
                {{- end }}
                """);
        Files.writeString(chart.resolve("templates/binding.yaml"), """
                {{- $role := get (dict "CLUSTER_ADMIN" "cluster-admin" "CLUSTER_VIEWER" "view") .Values.permissions }}
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata:
                  name: {{ .Release.Name }}-{{ $role }}
                roleRef:
                  kind: ClusterRole
                  name: {{ $role }}
                  memory: "{{ .Values.memory }}Mi"
                """);
    }

    private Workspace lint(LintConfig config) throws Exception {
        return LinterFactory.create(LinterOptions.builder(RuleRegistry.of(List.of()))
                .config(ConfigLookup.given(config)).displayBase(dir).build()).lint(List.of(dir)).workspace();
    }

    private Workspace lint() throws Exception {
        return lint(LintConfig.defaults(dir));
    }

    private static K8sObject object(Workspace ws, String kind) {
        return ws.kubernetes().objects(kind).stream().findFirst().orElseThrow();
    }

    private static Span reported(Workspace ws, Node rendered) {
        Relocation r = ws.relocation(rendered.span().file());
        assertThat(r).as("a rendered manifest is relocated").isNotNull();
        return r.at(rendered.span());
    }

    private static String where(Span s) {
        return s.file().displayPath() + ":" + s.startLine() + ":" + s.startColumn() + " " + s.text();
    }

    @Test
    void aChartRendersIntoObjectsOfTheReleaseNamespaceAndItsTemplatesAreNotReadAsYaml() throws Exception {
        Workspace ws = lint();
        assertThat(ws.parseFailures()).isEmpty();
        assertThat(ws.helmReleases()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("release-name");
            assertThat(r.chart()).isEqualTo("deploy/agent");
            assertThat(r.problems()).isEmpty();
        });
        K8sObject d = object(ws, "Deployment");
        assertThat(d.name()).isEqualTo("release-name-agent");
        assertThat(d.namespace()).isEqualTo("default");
        assertThat(d.file().displayPath()).isEqualTo("deploy/agent/templates/deployment.yaml (release release-name)");
    }

    @Test
    void aValuePrintedOrWrittenByToYamlIsReportedAtItsValuesLine() throws Exception {
        Workspace ws = lint();
        K8sObject d = object(ws, "Deployment");
        Node spec = d.root().at("/spec/template/spec");
        assertThat(where(reported(ws, spec.at("/securityContext/runAsUser"))))
                .isEqualTo("deploy/agent/values.yaml:5:14 0");
        assertThat(where(reported(ws, spec.at("/securityContext/runAsGroup"))))
                .as("the same value, another key: the key decides").isEqualTo("deploy/agent/values.yaml:6:15 0");
        assertThat(where(reported(ws, d.root().at("/spec/replicas")))).isEqualTo("deploy/agent/values.yaml:11:11 2");
        assertThat(where(reported(ws, spec.at("/containers/0/env/1/value"))))
                .as("a range variable, quoted").isEqualTo("deploy/agent/values.yaml:9:11 us-east-1");
        assertThat(where(reported(ws, object(ws, "Secret").root().at("/data/TOKEN"))))
                .as("b64enc of a value").isEqualTo("deploy/agent/values.yaml:10:8 s3cr3t-token");
    }

    @Test
    void aValueTheTemplateTransformedIsReportedAtTheOneValueItRead() throws Exception {
        Workspace ws = lint();
        K8sObject b = object(ws, "ClusterRoleBinding");
        assertThat(where(reported(ws, b.root().at("/roleRef/name"))))
                .as("a value chosen by a values key").isEqualTo("deploy/agent/values.yaml:13:14 CLUSTER_ADMIN");
        assertThat(where(reported(ws, b.root().at("/roleRef/memory"))))
                .as("a value with a unit appended").isEqualTo("deploy/agent/values.yaml:12:9 2048");
        assertThat(where(reported(ws, b.root().at("/metadata/name"))))
                .as("a name built from the release and a value: still the one value read")
                .isEqualTo("deploy/agent/values.yaml:13:14 CLUSTER_ADMIN");
        Node kind = b.root().at("/roleRef/kind");
        Finding onKind = new Finding(RULE, Severity.ERROR, kind.span(), "x", null, List.of(), false);
        assertThat(ws.relocation(kind.span().file()).relocate(onKind).related()).as("text outside any if: no reason").isEmpty();
        Node roleName = b.root().at("/roleRef/name");
        Finding f = new Finding(RULE, Severity.ERROR, roleName.span(), "x",
                Fix.safe("y", List.of(new TextEdit(roleName.span(), "view"))), List.of(), false);
        assertThat(ws.relocation(roleName.span().file()).relocate(f).fix())
                .as("the values literal is not what was printed: no fix").isNull();
    }

    @Test
    void textAnIfWroteNamesTheValuesTheIfRead() throws Exception {
        Workspace ws = lint();
        Node admin = object(ws, "Secret").root().at("/data/ADMIN");
        Finding f = new Finding(RULE, Severity.ERROR, admin.span(), "x", null, List.of(), false);
        Finding moved = ws.relocation(admin.span().file()).relocate(f);
        assertThat(where(moved.span())).isEqualTo("deploy/agent/templates/secret.yaml:8:10 \"yes\"");
        assertThat(moved.related()).singleElement().satisfies(r -> {
            assertThat(where(r.span())).isEqualTo("deploy/agent/values.yaml:13:14 CLUSTER_ADMIN");
            assertThat(r.message()).startsWith("written because of this value");
        });
    }

    @Test
    void textTheTemplateWritesIsReportedInTheTemplate() throws Exception {
        Workspace ws = lint();
        K8sObject d = object(ws, "Deployment");
        assertThat(where(reported(ws, d.root().at("/kind")))).isEqualTo("deploy/agent/templates/deployment.yaml:2:7 Deployment");
        assertThat(where(reported(ws, d.root().at("/spec/template/spec/containers/0/image"))))
                .as("a value made of two values and text: the template text that writes it")
                .isEqualTo("deploy/agent/templates/deployment.yaml:15:18 "
                        + "\"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"");
        assertThat(where(reported(ws, d.root().at("/metadata/labels/tier"))))
                .as("a default of an included template: the action that includes it")
                .isEqualTo("deploy/agent/templates/deployment.yaml:6:5 {{- include \"agent.labels\" . | nindent 4 }}");
    }

    @Test
    void releasesOfTheConfigurationRenderWithTheirValuesFilesAndSets() throws Exception {
        Files.writeString(dir.resolve("deploy/prod.yaml"), "replicas: 3\npodSecurityContext:\n  runAsUser: 1000\n");
        Files.writeString(dir.resolve(".ccm-lint.yml"), """
                helm:
                  releases:
                    - chart: deploy/agent
                      name: prod
                      namespace: harness-delegate-ng
                      values: [deploy/prod.yaml]
                      set: {token: from-set}
                """);
        Workspace ws = lint(ConfigLoader.load(dir.resolve(".ccm-lint.yml")));
        assertThat(ws.helmReleases()).extracting(HelmRelease::name).containsExactly("prod");
        K8sObject d = object(ws, "Deployment");
        assertThat(d.namespace()).isEqualTo("harness-delegate-ng");
        assertThat(where(reported(ws, d.root().at("/spec/replicas")))).isEqualTo("deploy/prod.yaml:1:11 3");
        assertThat(where(reported(ws, d.root().at("/spec/template/spec/securityContext/runAsUser"))))
                .isEqualTo("deploy/prod.yaml:3:14 1000");
        assertThat(where(reported(ws, d.root().at("/spec/template/spec/securityContext/runAsGroup"))))
                .as("what the release's file does not set comes from the chart").isEqualTo("deploy/agent/values.yaml:6:15 0");
        assertThat(where(reported(ws, object(ws, "Secret").root().at("/data/TOKEN"))))
                .as("--set is written in no values file: the action").isEqualTo("deploy/agent/templates/secret.yaml:6:10 "
                        + "{{ .Values.token | b64enc }}");
    }

    @Test
    void aFixIsMovedToTheValuesLiteralAndDroppedWhereThereIsNone() throws Exception {
        Workspace ws = lint();
        K8sObject d = object(ws, "Deployment");
        Node runAsUser = d.root().at("/spec/template/spec/securityContext/runAsUser");
        Relocation r = ws.relocation(runAsUser.span().file());
        Finding replace = new Finding(RULE, Severity.ERROR, runAsUser.span(), "runs as root",
                Fix.safe("run as 1000", List.of(new TextEdit(runAsUser.span(), "1000"))), List.of(), false);
        Finding moved = r.relocate(replace);
        assertThat(where(moved.span())).isEqualTo("deploy/agent/values.yaml:5:14 0");
        assertThat(moved.related()).singleElement().satisfies(rel -> assertThat(where(rel.span()))
                .isEqualTo("deploy/agent/templates/deployment.yaml:12:9 {{- toYaml .Values.podSecurityContext | nindent 8 }}"));
        assertThat(moved.fix().edits()).singleElement().satisfies(e -> {
            assertThat(where(e.span())).isEqualTo("deploy/agent/values.yaml:5:14 0");
            assertThat(e.replacement()).isEqualTo("1000");
        });
        Node kind = d.root().at("/kind");
        Finding onText = new Finding(RULE, Severity.ERROR, kind.span(), "x",
                Fix.safe("y", List.of(new TextEdit(kind.span(), "StatefulSet"))), List.of(), false);
        assertThat(r.relocate(onText).fix()).as("template text is not a values literal: no fix").isNull();
        Node tier = d.root().at("/metadata/labels/tier");
        Finding insert = new Finding(RULE, Severity.ERROR, tier.span(), "x",
                Fix.safe("y", List.of(TextEdit.insert(new Span(tier.span().file(), tier.span().end(), tier.span().end()), "x"))),
                List.of(), false);
        assertThat(r.relocate(insert).fix()).isNull();
    }

    @Test
    void aDependencyNotInChartsIsLeftOutWithANoteAsHelmDependencyBuildWasNotRun() throws Exception {
        Files.writeString(chart.resolve("Chart.yaml"), """
                apiVersion: v2
                name: agent
                version: 1.0.0
                dependencies:
                  - name: redis
                    version: 1.0.0
                    repository: https://charts.example.com
                """);
        Workspace ws = lint();
        assertThat(ws.helmReleases()).singleElement().satisfies(r -> assertThat(r.problems()).isEmpty());
        assertThat(ws.kubernetes().objects("Deployment")).hasSize(1);
        assertThat(ws.notes()).containsExactly("1 Helm chart rendered without dependencies missing from charts/:"
                + " deploy/agent (redis); run `helm dependency build` to check them too");
    }

    @Test
    void aTemplateThatFailsIsAProblemOfTheReleaseAndTheOthersStillRender() throws Exception {
        Files.writeString(chart.resolve("templates/configmap.yaml"),
                "apiVersion: v1\nkind: ConfigMap\ndata:\n  ACCOUNT: {{ required \"accountId is required\" .Values.accountId }}\n");
        Files.writeString(dir.resolve(".ccm-lint.yml"), "helm:\n  releases:\n    - chart: deploy/agent\n");
        Workspace ws = lint(ConfigLoader.load(dir.resolve(".ccm-lint.yml")));
        assertThat(ws.helmReleases()).singleElement().satisfies(r -> assertThat(r.problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).isEqualTo("execution error at (agent/templates/configmap.yaml:4:14): accountId is required");
                    assertThat(where(p.at())).startsWith("deploy/agent/templates/configmap.yaml:4:15 required");
                    assertThat(p.related()).as("the value is not there: nothing to blame").isEmpty();
                }));
        assertThat(ws.kubernetes().objects("Deployment")).hasSize(1);
        assertThat(ws.kubernetes().objects("ConfigMap")).isEmpty();
    }

    @Test
    void aChartRenderedWithItsOwnValuesThatRequiresOneIsANoteNotAProblem() throws Exception {
        Files.writeString(chart.resolve("templates/configmap.yaml"),
                "apiVersion: v1\nkind: ConfigMap\ndata:\n  ACCOUNT: {{ required \"accountId is required\" .Values.accountId }}\n");
        Files.writeString(chart.resolve("templates/fail.yaml"), "{{ fail \"set region\" }}\n");
        Workspace ws = lint();
        assertThat(ws.helmReleases()).singleElement().satisfies(r -> assertThat(r.problems()).isEmpty());
        assertThat(ws.kubernetes().objects("Deployment")).as("the other templates are checked").hasSize(1);
        assertThat(ws.notes()).containsExactly("1 Helm chart rendered with its own values stopped where it requires one"
                + " (required or fail): deploy/agent (set region; accountId is required); its other templates were checked;"
                + " name a release with values in .ccm-lint.yml (helm: releases) to check it whole");
    }

    @Test
    void aRenderedManifestRepeatingAKeyIsReadAsHelmReadsIt() throws Exception {
        Files.writeString(chart.resolve("templates/service.yaml"), """
                apiVersion: v1
                kind: Service
                metadata:
                  name: agent
                  labels:
                    {{- include "agent.labels" . | nindent 4 }}
                    app: agent-svc
                """);
        Workspace ws = lint();
        assertThat(ws.helmReleases()).singleElement().satisfies(r -> assertThat(r.problems()).isEmpty());
        assertThat(object(ws, "Service").root().at("/metadata/labels/app").asText()).as("the last one wins").isEqualTo("agent-svc");
    }

    @Test
    void aValueThatMadeATemplateFailIsNamedWithTheProblem() throws Exception {
        Files.writeString(chart.resolve("templates/configmap.yaml"),
                "apiVersion: v1\nkind: ConfigMap\ndata:\n{{- range .Values.token }}\n  x: y\n{{- end }}\n");
        Workspace ws = lint();
        assertThat(ws.helmReleases()).singleElement().satisfies(r -> assertThat(r.problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).contains("range can't iterate over s3cr3t-token");
                    assertThat(p.related()).singleElement().satisfies(rel ->
                            assertThat(where(rel.span())).isEqualTo("deploy/agent/values.yaml:10:8 s3cr3t-token"));
                }));
    }
}
