package io.ccmlint.core.edit;

import static io.ccmlint.core.edit.Readers.apply;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import org.junit.jupiter.api.Test;

/** A first entry and a value set in YAML mappings, in the document's own layout, read back by ccm-lint's YAML reader. */
class YamlMappingsTest {
    private static String addFirst(String text, String key, Object value, Object... path) {
        Node root = Readers.yaml(text);
        TextEdit e = YamlMappings.addFirst((MapNode) Readers.at(root, path), key, value).orElseThrow();
        String after = apply(text, e);
        assertThat(Readers.at(Readers.yaml(after), path)).isInstanceOf(MapNode.class)
                .satisfies(m -> assertThat(((MapNode) m).entries().get(0).key()).isEqualTo(key));
        return after;
    }

    private static String setValue(String text, Object value, String... path) {
        Node root = Readers.yaml(text);
        MapNode parent = (MapNode) Readers.at(root, (Object[]) java.util.Arrays.copyOf(path, path.length - 1));
        TextEdit e = YamlMappings.setValue(parent.entry(path[path.length - 1]), value).orElseThrow();
        return apply(text, e);
    }

    @Test
    void blockMappingGetsTheEntryBelowItsKeyInItsIndentationAboveCommentsOfTheFirstKey() {
        assertThat(addFirst("""
                iam:  # IRSA
                    # the build pods push images
                    serviceAccounts:
                        - metadata: {name: a}
                """, "withOIDC", true, "iam")).isEqualTo("""
                iam:  # IRSA
                    withOIDC: true
                    # the build pods push images
                    serviceAccounts:
                        - metadata: {name: a}
                """);
        assertThat(addFirst("iam:\r\n   serviceAccounts: []\r\n", "withOIDC", true, "iam"))
                .isEqualTo("iam:\r\n   withOIDC: true\r\n   serviceAccounts: []\r\n");
    }

    @Test
    void flowMappingGetsTheEntryAfterItsBrace() {
        assertThat(addFirst("iam: {serviceAccounts: [{metadata: {name: x}}]}\n", "withOIDC", true, "iam"))
                .isEqualTo("iam: {withOIDC: true, serviceAccounts: [{metadata: {name: x}}]}\n");
        assertThat(addFirst("iam: {}\n", "withOIDC", true, "iam")).isEqualTo("iam: {withOIDC: true}\n");
    }

    @Test
    void refusesWhatItCannotPlaceSafely() {
        Node root = Readers.yaml("list:\n  - a: 1\n    b: 2\niam:\n  withOIDC: false\n");
        // a list item's mapping: its first key does not start its line
        assertThat(YamlMappings.addFirst((MapNode) Readers.at(root, "list", 0), "z", true)).isEmpty();
        // already there
        assertThat(YamlMappings.addFirst((MapNode) Readers.at(root, "iam"), "withOIDC", true)).isEmpty();
        // a key that would need quoting
        assertThat(YamlMappings.addFirst((MapNode) Readers.at(root, "iam"), "a: b", true)).isEmpty();
        // a container value
        assertThat(YamlMappings.setValue(((MapNode) root).entry("list"), true)).isEmpty();
    }

    @Test
    void setsFalseNullAndEmptyValues() {
        assertThat(setValue("iam:\n  withOIDC: false # off\n", true, "iam", "withOIDC")).isEqualTo("iam:\n  withOIDC: true # off\n");
        assertThat(setValue("iam:\n  withOIDC: ~\n", true, "iam", "withOIDC")).isEqualTo("iam:\n  withOIDC: true\n");
        assertThat(setValue("iam:\n  withOIDC: off\n", true, "iam", "withOIDC")).isEqualTo("iam:\n  withOIDC: true\n");
        assertThat(setValue("iam:\n  withOIDC:\n  serviceAccounts: []\n", true, "iam", "withOIDC"))
                .isEqualTo("iam:\n  withOIDC: true\n  serviceAccounts: []\n");
        assertThat(setValue("iam:\n  withOIDC:   # later\n", true, "iam", "withOIDC")).isEqualTo("iam:\n  withOIDC: true  # later\n");
        assertThat(setValue("iam: {withOIDC: , x: 1}\n", true, "iam", "withOIDC")).isEqualTo("iam: {withOIDC: true, x: 1}\n");
    }
}
