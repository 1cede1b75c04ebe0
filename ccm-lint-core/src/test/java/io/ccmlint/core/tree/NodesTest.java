package io.ccmlint.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodesTest {
    private static MapNode yaml(String text) throws ParseProblem {
        return (MapNode) new YamlTreeReader(ParseLimits.DEFAULT).readAll(SourceFile.of("t.yaml", text)).get(0);
    }

    @Test
    void integersAreWholeNumbersOrDigitStringsThatFitALong() throws Exception {
        MapNode m = yaml("""
                n: 1000
                neg: "-7"
                big: "1234567890123456789"
                frac: 1.5
                word: "12a"
                """);
        assertThat(Nodes.integer(m.get("n"))).isEqualTo(1000L);
        assertThat(Nodes.integer(m.get("neg"))).isEqualTo(-7L);
        assertThat(Nodes.integer(m.get("big"))).isNull();
        assertThat(Nodes.integer(m.get("frac"))).isNull();
        assertThat(Nodes.integer(m.get("word"))).isNull();
        assertThat(Nodes.integer(m)).isNull();
        assertThat(Nodes.integer(null)).isNull();
    }

    @Test
    void accessorsTolerateMissingAndMistypedNodes() throws Exception {
        MapNode m = yaml("""
                items: [a, {k: v}, 3]
                flag: "TRUE"
                off: false
                inner: {x: y}
                """);
        assertThat(Nodes.list(m.get("items"))).hasSize(3);
        assertThat(Nodes.listNode(m.get("items"))).isSameAs(m.get("items"));
        assertThat(Nodes.list(m.get("inner"))).isEmpty();
        assertThat(Nodes.listNode(m.get("inner"))).isNull();
        assertThat(Nodes.maps(m.get("items"))).singleElement().extracting(x -> Nodes.text(x, "k")).isEqualTo("v");
        assertThat(Nodes.map(m, "inner")).isNotNull();
        assertThat(Nodes.map(null, "inner")).isNull();
        assertThat(Nodes.text(m.get("missing"))).isNull();
        assertThat(Nodes.isTrue(m.get("flag"))).isTrue();
        assertThat(Nodes.isTrue(m.get("off"))).isFalse();
        List<String> seen = new ArrayList<>();
        Nodes.scalars(m, s -> seen.add(s.asText()));
        assertThat(seen).containsExactly("a", "v", "3", "TRUE", "false", "y");
    }
}
