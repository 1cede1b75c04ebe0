package io.ccmlint.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.value.ScalarStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Local tags (CloudFormation's short forms) become one-entry mappings: the tag to the value, both located. */
class YamlLocalTagsTest {
    private static MapNode root(String text) throws ParseProblem {
        List<Node> docs = new YamlTreeReader().readAll(SourceFile.of("t.yaml", text));
        return (MapNode) docs.get(0);
    }

    private static MapNode.Entry only(Node n) {
        assertThat(n).isInstanceOf(MapNode.class);
        assertThat(((MapNode) n).entries()).hasSize(1);
        return ((MapNode) n).entries().get(0);
    }

    @Test
    void scalarOperand() throws Exception {
        MapNode r = root("Role: !Ref HarnessRole\n");
        MapNode.Entry e = only(r.get("Role"));
        assertThat(e.key()).isEqualTo("!Ref");
        assertThat(e.keySpan().text()).isEqualTo("!Ref");
        assertThat(e.keySpan().startColumn()).isEqualTo(7);
        assertThat(e.value().span().text()).isEqualTo("HarnessRole");
        assertThat(e.value().asText()).isEqualTo("HarnessRole");
        assertThat(r.get("Role").span().text()).isEqualTo("!Ref HarnessRole");
    }

    @Test
    void quotedAndBlockScalarOperands() throws Exception {
        MapNode r = root("A: !Sub \"arn:${AWS::Partition}:iam::x\"\nB: !Sub |\n  line ${X}\nC: !GetAZs ''\n");
        ScalarNode a = (ScalarNode) only(r.get("A")).value();
        assertThat(a.span().text()).isEqualTo("\"arn:${AWS::Partition}:iam::x\"");
        assertThat(a.style()).isEqualTo(ScalarStyle.YAML_DOUBLE_QUOTED);
        ScalarNode b = (ScalarNode) only(r.get("B")).value();
        assertThat(b.style()).isEqualTo(ScalarStyle.YAML_LITERAL);
        assertThat(b.asText()).isEqualTo("line ${X}\n");
        assertThat(only(r.get("C")).value().asText()).isEmpty();
    }

    @Test
    void sequenceAndMappingOperandsInBlockAndFlowStyle() throws Exception {
        MapNode r = root("""
                Arn: !GetAtt [HarnessRole, Arn]
                Name: !Join
                  - ''
                  - - !Ref AWS::StackName
                    - -role
                V: !FindInMap {a: b}
                L: [!Ref A, !Ref B]
                """);
        ListNode getAtt = (ListNode) only(r.get("Arn")).value();
        assertThat(getAtt.span().text()).isEqualTo("[HarnessRole, Arn]");
        assertThat(getAtt.items()).hasSize(2);
        ListNode join = (ListNode) only(r.get("Name")).value();
        assertThat(join.items()).hasSize(2);
        ListNode parts = (ListNode) join.items().get(1);
        assertThat(only(parts.items().get(0)).value().asText()).isEqualTo("AWS::StackName");
        assertThat(only(r.get("V")).value()).isInstanceOf(MapNode.class);
        ListNode l = (ListNode) r.get("L");
        assertThat(only(l.items().get(1)).keySpan().text()).isEqualTo("!Ref");
        assertThat(only(l.items().get(1)).value().span().text()).isEqualTo("B");
    }

    @Test
    void nestedTagsAndCoreTagsStayAsTheyAre() throws Exception {
        MapNode r = root("A: !Base64 {Fn::Sub: !Sub 'x-${Y}'}\nB: !!str 12\nC: ! 13\n");
        MapNode.Entry base64 = only(r.get("A"));
        MapNode.Entry sub = only(((MapNode) base64.value()).get("Fn::Sub"));
        assertThat(sub.key()).isEqualTo("!Sub");
        assertThat(sub.value().asText()).isEqualTo("x-${Y}");
        assertThat(r.get("B").asText()).isEqualTo("12");
        assertThat(r.get("C")).isInstanceOf(ScalarNode.class);
    }

    @Test
    void anchorBeforeTheTag() throws Exception {
        MapNode r = root("A: &a !Ref X\nB: *a\n");
        assertThat(only(r.get("A")).keySpan().text()).isEqualTo("!Ref");
        assertThat(only(r.get("A")).value().span().text()).isEqualTo("X");
    }
}
