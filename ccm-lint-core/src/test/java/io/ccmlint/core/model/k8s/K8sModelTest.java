package io.ccmlint.core.model.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.workspace.KindDetector;
import io.ccmlint.core.workspace.ParsedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class K8sModelTest {
    static ParsedFile parse(String path, String text) throws Exception {
        SourceFile f = SourceFile.of(Path.of("/ws").resolve(path), path, text);
        List<ParsedFile.Document> docs = new ArrayList<>();
        for (Node root : new YamlTreeReader(ParseLimits.DEFAULT).readAll(f)) {
            docs.add(new ParsedFile.Document(KindDetector.detectYaml(path, root), root));
        }
        return new ParsedFile(f, docs);
    }

    @Test
    void namespacesAreExplicitElseTheSetsSingleNamespaceElseDefault() throws Exception {
        ParsedFile a = parse("delegate/ns.yaml", """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: harness-delegate-ng
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: implicit
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: explicit
                  namespace: other
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata:
                  name: crb
                subjects:
                - kind: ServiceAccount
                  name: implicit
                  namespace: harness-delegate-ng
                roleRef:
                  kind: ClusterRole
                  name: view
                """);
        ParsedFile b = parse("delegate/more.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: same-folder
                """);
        ParsedFile c = parse("apps/cm.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: elsewhere
                """);
        K8sModel m = K8sModel.build(List.of(a, b, c));
        assertThat(m.objects()).extracting(K8sObject::describe).containsExactly(
                "Namespace harness-delegate-ng", "ServiceAccount harness-delegate-ng/implicit",
                "ServiceAccount other/explicit", "ClusterRoleBinding crb", "ConfigMap harness-delegate-ng/same-folder",
                "ConfigMap default/elsewhere");
        assertThat(m.objects().get(1).namespaceExplicit()).isFalse();
        assertThat(m.objects().get(2).namespaceExplicit()).isTrue();
        assertThat(m.serviceAccount("harness-delegate-ng", "implicit")).isNotNull();
        assertThat(m.serviceAccount("default", "implicit")).isNull();
        assertThat(m.definesServiceAccountsIn("other")).isTrue();
        assertThat(m.definesServiceAccountsIn("default")).isFalse();
        assertThat(m.bindings()).singleElement().satisfies(bd -> {
            assertThat(bd.roleRefName()).isEqualTo("view");
            assertThat(bd.subjects()).singleElement().satisfies(s -> {
                assertThat(s.namespace()).isEqualTo("harness-delegate-ng");
                assertThat(s.nameSpan().startLine()).isEqualTo(23);
            });
        });
    }

    @Test
    void twoNamespacesInASetLeaveImplicitObjectsInDefault() throws Exception {
        K8sModel m = K8sModel.build(List.of(parse("x/a.yaml", """
                apiVersion: v1
                kind: Namespace
                metadata: {name: one}
                ---
                apiVersion: v1
                kind: Namespace
                metadata: {name: two}
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: sa}
                """)));
        assertThat(m.serviceAccounts()).singleElement().extracting(K8sObject::namespace).isEqualTo("default");
    }

    @Test
    void listKindsExpandToTheirItemsAndPodSpecsAreFoundForEveryWorkloadKind() throws Exception {
        K8sModel m = K8sModel.build(List.of(parse("l/list.yaml", """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata: {name: p, namespace: n}
                  spec: {containers: [{name: c, image: "a:1"}]}
                - apiVersion: batch/v1
                  kind: CronJob
                  metadata: {name: cj, namespace: n}
                  spec:
                    jobTemplate:
                      spec:
                        template:
                          spec:
                            serviceAccountName: runner
                            initContainers: [{name: i, image: "b:1"}]
                            containers: [{name: c, image: "c:1"}]
                - apiVersion: apps/v1
                  kind: DaemonSet
                  metadata: {name: ds, namespace: n}
                  spec: {template: {spec: {containers: []}}}
                """)));
        assertThat(m.objects()).extracting(K8sObject::kind).containsExactly("Pod", "CronJob", "DaemonSet");
        assertThat(m.podSpecs()).hasSize(3);
        PodSpec cron = m.podSpecs().get(1);
        assertThat(cron.serviceAccountName()).isEqualTo("runner");
        assertThat(cron.containers()).extracting(PodSpec.Container::name).containsExactly("i", "c");
        assertThat(cron.mainContainers()).extracting(PodSpec.Container::imageText).containsExactly("c:1");
        assertThat(m.podSpecs().get(0).serviceAccountName()).isEqualTo("default");
        assertThat(cron.keySpan().text()).isEqualTo("spec");
        assertThat(cron.keySpan().startLine()).isEqualTo(15);
    }

    @Test
    void lookupsAnswerAsAScanOfEveryObjectWouldFirstMatchWinning() throws Exception {
        ParsedFile a = parse("one/a.yaml", """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: sa, namespace: n1, labels: {copy: first}}
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: sa, namespace: n1, labels: {copy: second}}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: cr, namespace: ignored, labels: {copy: first}}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: cr, labels: {copy: second}}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {namespace: n1}
                """);
        ParsedFile b = parse("two/b.yaml", """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: sa, namespace: n2}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: p, namespace: n1}
                spec: {containers: [{name: c, image: "a:1"}]}
                """);
        ParsedFile c = parse("one/c.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: cm, namespace: n1}
                """);
        K8sModel m = K8sModel.build(List.of(a, b, c));
        for (String kind : List.of("ServiceAccount", "ClusterRole", "ConfigMap", "Pod", "Secret")) {
            assertThat(m.objects(kind)).isEqualTo(m.objects().stream().filter(o -> o.is(kind)).toList());
            for (String ns : java.util.Arrays.asList("n1", "n2", "other", null)) {
                for (String name : java.util.Arrays.asList("sa", "cr", "cm", "p", "none", null)) {
                    K8sObject first = m.objects().stream().filter(o -> o.is(kind) && name != null
                                    && name.equals(o.name())
                                    && (o.isClusterScoped() || java.util.Objects.equals(ns, o.namespace())))
                            .findFirst().orElse(null);
                    assertThat(m.find(kind, ns, name)).as("%s %s/%s", kind, ns, name).isSameAs(first);
                }
            }
        }
        assertThat(m.serviceAccount("n1", "sa").label("copy")).isEqualTo("first");
        assertThat(m.find("ClusterRole", "anywhere", "cr").label("copy")).isEqualTo("first");
        assertThat(m.definesServiceAccountsIn("n1")).isTrue();
        assertThat(m.definesServiceAccountsIn("n2")).isTrue();
        assertThat(m.definesServiceAccountsIn("other")).isFalse();
        assertThat(m.definesServiceAccountsIn(null)).isFalse();
        assertThat(m.manifestSets()).containsExactly("/ws/one", "/ws/two");
        assertThat(m.manifestSet("/ws/one")).extracting(K8sObject::describe).containsExactly(
                "ServiceAccount n1/sa", "ServiceAccount n1/sa", "ClusterRole cr", "ClusterRole cr",
                "ConfigMap n1/(unnamed)", "ConfigMap n1/cm");
        assertThat(m.manifestSet("/ws/none")).isEmpty();
        assertThat(m.podSpecs()).singleElement().extracting(PodSpec::owner).isSameAs(m.find("Pod", "n1", "p"));
        assertThat(m.podSpecs()).isSameAs(m.podSpecs());
    }

    @Test
    void secretDataIsDecodedAndStringDataWins() throws Exception {
        K8sModel m = K8sModel.build(List.of(parse("s/secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata: {name: s, namespace: n}
                data:
                  TOKEN: c2VjcmV0LXZhbHVl
                  BROKEN: "not base64!"
                  EMPTY: ""
                stringData:
                  TOKEN: plain
                """)));
        K8sObject s = m.objects("Secret").get(0);
        assertThat(K8sModel.secretEntries(s)).extracting(SecretEntry::key, SecretEntry::value, SecretEntry::encoded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TOKEN", "secret-value", true),
                        org.assertj.core.groups.Tuple.tuple("BROKEN", null, true),
                        org.assertj.core.groups.Tuple.tuple("EMPTY", "", true),
                        org.assertj.core.groups.Tuple.tuple("TOKEN", "plain", false));
        // stringData follows data, so the last entry of a key is the value the API server keeps
        assertThat(K8sModel.secretEntries(s)).filteredOn(e -> e.key().equals("TOKEN")).last()
                .extracting(SecretEntry::value).isEqualTo("plain");
    }

    @Test
    void secretDataDecodesOnlyWellFormedBase64() throws Exception {
        K8sModel m = K8sModel.build(List.of(parse("s/secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata: {name: s, namespace: n}
                data:
                  WRAPPED: |
                    c2VjcmV0
                    LXZhbHVl
                  PADDED: "YQ=="
                  SPACED: "  YWJj  "
                  URLSAFE: "-_-_"
                  TOO_MUCH_PADDING: "YQ==="
                  SHORT: "YWJjZ"
                  NUMBER: 1234
                  NESTED: {a: b}
                """)));
        assertThat(K8sModel.secretEntries(m.objects("Secret").get(0))).extracting(SecretEntry::key, SecretEntry::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WRAPPED", "secret-value"),
                        org.assertj.core.groups.Tuple.tuple("PADDED", "a"),
                        org.assertj.core.groups.Tuple.tuple("SPACED", "abc"),
                        org.assertj.core.groups.Tuple.tuple("URLSAFE", null),
                        org.assertj.core.groups.Tuple.tuple("TOO_MUCH_PADDING", null),
                        org.assertj.core.groups.Tuple.tuple("SHORT", null),
                        org.assertj.core.groups.Tuple.tuple("NUMBER", null),
                        org.assertj.core.groups.Tuple.tuple("NESTED", null));
    }

    @Test
    void kubeconfigUsersAndExec() throws Exception {
        K8sModel m = K8sModel.build(List.of(parse("k/config.yaml", """
                apiVersion: v1
                kind: Config
                clusters: []
                users:
                - name: eks
                  user:
                    exec:
                      apiVersion: client.authentication.k8s.io/v1beta1
                      command: aws-iam-authenticator
                      args: ["token", "-i", "testing"]
                - name: plain
                  user: {token: abc}
                """)));
        assertThat(m.objects()).isEmpty();
        assertThat(m.kubeconfigs()).singleElement().satisfies(k -> {
            assertThat(k.users()).extracting(Kubeconfig.User::name).containsExactly("eks", "plain");
            assertThat(k.users().get(0).exec().command()).isEqualTo("aws-iam-authenticator");
            assertThat(k.users().get(0).exec().argValues()).containsExactly("token", "-i", "testing");
            assertThat(k.users().get(1).exec()).isNull();
        });
    }
}
