package io.ccmlint.core.model.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.edit.YamlPodSecurityEditor;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.source.SourceFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The fsGroup fix: the edited YAML re-parses to the same objects plus {@code fsGroup}, keeps every
 * other byte, and follows the document's style.
 */
class YamlPodSecurityEditorTest {
    static String apply(String text, List<TextEdit> edits) {
        StringBuilder b = new StringBuilder(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> e.span().start()).reversed());
        for (TextEdit e : sorted) {
            b.replace(e.span().start(), e.span().end(), e.replacement());
        }
        return b.toString();
    }

    static Object plain(Node n) {
        if (n instanceof MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach(e -> out.put(e.key(), plain(e.value())));
            return out;
        }
        if (n instanceof ListNode l) {
            return l.items().stream().map(YamlPodSecurityEditorTest::plain).toList();
        }
        return ((ScalarNode) n).scalar().value();
    }

    static Optional<String> fix(String text, long gid) throws Exception {
        K8sModel m = K8sModel.build(List.of(K8sModelTest.parse("p/pod.yaml", text)));
        PodSpec pod = m.podSpecs().get(0);
        return YamlPodSecurityEditor.addFsGroup(pod, gid).map(edits -> apply(text, edits));
    }

    static Node root(String text) throws Exception {
        return new YamlTreeReader(ParseLimits.DEFAULT).readAll(SourceFile.of("x.yaml", text)).get(0);
    }

    static Arguments c(String name, String before, String after) {
        return Arguments.of(name, before, after);
    }

    static List<Arguments> cases() {
        return List.of(
                c("block, after serviceAccountName, comments kept", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          serviceAccountName: app  # the IRSA account
                          # containers follow
                          containers:
                          - name: c
                            image: a:1
                        """, """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          serviceAccountName: app  # the IRSA account
                          securityContext:
                            fsGroup: 999
                          # containers follow
                          containers:
                          - name: c
                            image: a:1
                        """),
                c("block, no serviceAccountName: before the first key, four spaces", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                            name: d
                        spec:
                            template:
                                spec:
                                    containers:
                                        - name: c
                                          image: a:1
                        """, """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                            name: d
                        spec:
                            template:
                                spec:
                                    securityContext:
                                        fsGroup: 999
                                    containers:
                                        - name: c
                                          image: a:1
                        """),
                c("existing block securityContext: after its last entry", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          securityContext:
                            runAsUser: 1000   # image user
                          containers: []
                        """, """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          securityContext:
                            runAsUser: 1000   # image user
                            fsGroup: 999
                          containers: []
                        """),
                c("existing flow securityContext", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          securityContext: {runAsNonRoot: true}
                          containers: []
                        """, """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          securityContext: {fsGroup: 999, runAsNonRoot: true}
                          containers: []
                        """),
                c("empty flow securityContext", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          securityContext: {}
                          containers: []
                        """, """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          securityContext: {fsGroup: 999}
                          containers: []
                        """),
                c("null securityContext", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          securityContext:   # to do
                          containers: []
                        """, """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          securityContext: {fsGroup: 999}   # to do
                          containers: []
                        """),
                c("flow pod spec", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec: {serviceAccountName: app, containers: [{name: c, image: "a:1"}]}
                        """, """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec: {securityContext: {fsGroup: 999}, serviceAccountName: app, containers: [{name: c, image: "a:1"}]}
                        """),
                c("CRLF line breaks", "apiVersion: v1\r\nkind: Pod\r\nmetadata: {name: p}\r\nspec:\r\n  serviceAccountName: app\r\n"
                                + "  containers: []\r\n",
                        "apiVersion: v1\r\nkind: Pod\r\nmetadata: {name: p}\r\nspec:\r\n  serviceAccountName: app\r\n"
                                + "  securityContext:\r\n    fsGroup: 999\r\n  containers: []\r\n"),
                c("serviceAccountName last, no final newline", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          containers: []
                          serviceAccountName: app""", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          containers: []
                          serviceAccountName: app
                          securityContext:
                            fsGroup: 999"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void addsFsGroupInTheDocumentsStyle(String name, String before, String after) throws Exception {
        assertThat(fix(before, 999)).contains(after);
        // the same object plus the new field
        @SuppressWarnings("unchecked")
        Map<String, Object> expected = (Map<String, Object>) plain(root(before));
        Map<String, Object> pod = podSpec(expected);
        Object sc = pod.get("securityContext");
        Map<String, Object> newSc = new LinkedHashMap<>();
        if (sc instanceof Map<?, ?> old) {
            old.forEach((k, v) -> newSc.put((String) k, v));
        }
        newSc.put("fsGroup", new BigDecimal(999));
        pod.put("securityContext", newSc);
        assertThat(plain(root(after))).isEqualTo(expected);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> podSpec(Map<String, Object> root) {
        Map<String, Object> spec = (Map<String, Object>) root.get("spec");
        return spec.containsKey("template") ? (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec") : spec;
    }

    @Test
    void nothingWhenFsGroupIsSetOrTheShapeIsUnclear() throws Exception {
        assertThat(fix("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  securityContext: {fsGroup: 1}
                  containers: []
                """, 999)).isEmpty();
        assertThat(fix("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  securityContext: "not a map"
                  containers: []
                """, 999)).isEmpty();
    }
}
