package io.ccmlint.core.edit;

import static io.ccmlint.core.edit.Readers.apply;
import static io.ccmlint.core.edit.Readers.at;
import static io.ccmlint.core.edit.Readers.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** YAML text written in place of a scalar only where it reads back as that one node. */
class YamlTextTest {

    /** {@code text} with the scalar at {@code path} replaced by {@code yaml}, or empty when refused. */
    private static Optional<String> write(String text, String yaml, boolean inFlow, Object... path) {
        var value = scalar(at(Readers.yaml(text), path));
        return YamlText.replace(value, yaml, inFlow).map(e -> apply(text, e));
    }

    /** The one-entry mapping a tag reads as, {@code {"!Ref": "HarnessRole"}}, as "!Ref=HarnessRole". */
    private static String tagged(Node n) {
        MapNode m = (MapNode) n;
        assertThat(m.entries()).hasSize(1);
        Node v = m.entries().get(0).value();
        return m.entries().get(0).key() + "=" + (v instanceof ScalarNode s ? s.scalar().known() : v.span().text());
    }

    @Test
    void aQuotedScalarBecomesTheTaggedNodeItSpelled() {
        String fixed = write("Value: \"!Ref HarnessRole\" # the role\nnext: 1\n", "!Ref HarnessRole", false, "Value")
                .orElseThrow();
        assertThat(fixed).isEqualTo("Value: !Ref HarnessRole # the role\nnext: 1\n");
        assertThat(tagged(at(Readers.yaml(fixed), "Value"))).isEqualTo("!Ref=HarnessRole");
        assertThat(write("Value: '!GetAtt Role.Arn'\n", "!GetAtt Role.Arn", false, "Value"))
                .contains("Value: !GetAtt Role.Arn\n");
        assertThat(write("Value:\n  \"!Ref HarnessRole\"\n", "!Ref HarnessRole", false, "Value"))
                .contains("Value:\n  !Ref HarnessRole\n");
        assertThat(write("- \"!Ref A\"\n- b\n", "!Ref A", false, 0)).contains("- !Ref A\n- b\n");
    }

    @Test
    void aPlainScalarIsReplacedWhole() {
        assertThat(write("Value: Fn::GetAtt Role.Arn\n", "!GetAtt Role.Arn", false, "Value"))
                .contains("Value: !GetAtt Role.Arn\n");
    }

    @Test
    void inBlockContextBracesAreTextButAColonSpaceOrCommentIsNot() {
        String sub = "!Sub arn:aws:iam::${AWS::AccountId}:role/HarnessRole";
        String fixed = write("Arn: \"" + sub + "\"\n", sub, false, "Arn").orElseThrow();
        assertThat(tagged(at(Readers.yaml(fixed), "Arn"))).isEqualTo("!Sub=arn:aws:iam::${AWS::AccountId}:role/HarnessRole");
        assertThat(write("A: \"!Sub a: b\"\n", "!Sub a: b", false, "A")).isEmpty();
        assertThat(write("A: \"!Sub a #b\"\n", "!Sub a #b", false, "A")).isEmpty();
        assertThat(write("A: \"!Sub a:\"\n", "!Sub a:", false, "A")).isEmpty(); // a colon at the end of the line makes a key
    }

    @Test
    void inFlowContextCommasAndBracketsEndAPlainScalar() {
        String text = "List: [ \"!Ref A\", '!Ref B' ]\n";
        String once = write(text, "!Ref A", true, "List", 0).orElseThrow();
        assertThat(once).isEqualTo("List: [ !Ref A, '!Ref B' ]\n");
        assertThat(write("Map: {k: \"!Ref A\"}\n", "!Ref A", true, "Map", "k")).contains("Map: {k: !Ref A}\n");
        String sub = "!Sub arn:aws:iam::${AWS::AccountId}:role/X";
        assertThat(write("List: [\"" + sub + "\"]\n", sub, true, "List", 0)).isEmpty();
        assertThat(write("List: [\"!Join a,b\"]\n", "!Join a,b", true, "List", 0)).isEmpty();
        assertThat(write("List: [\"!Ref a: b\"]\n", "!Ref a: b", true, "List", 0)).isEmpty();
    }

    @Test
    void aFlowCollectionAfterTheTagIsOneNodeToo() {
        String fixed = write("A: \"!GetAtt [Role, Arn]\"\n", "!GetAtt [Role, Arn]", false, "A").orElseThrow();
        assertThat(fixed).isEqualTo("A: !GetAtt [Role, Arn]\n");
        assertThat(tagged(at(Readers.yaml(fixed), "A"))).isEqualTo("!GetAtt=[Role, Arn]");
        assertThat(write("L: [\"!GetAtt [Role, Arn]\"]\n", "!GetAtt [Role, Arn]", true, "L", 0))
                .contains("L: [!GetAtt [Role, Arn]]\n");
        assertThat(write("A: \"!GetAtt [Role, Arn\"\n", "!GetAtt [Role, Arn", false, "A")).isEmpty();
    }

    @Test
    void textThatIsNotOneNodeOnOneLineIsRefused() {
        assertThat(write("A: x\n", "", false, "A")).isEmpty();
        assertThat(write("A: x\n", " !Ref B", false, "A")).isEmpty();
        assertThat(write("A: x\n", "!Ref B\n", false, "A")).isEmpty();
        assertThat(write("A: x\n", "!Ref\tB", false, "A")).isEmpty();
        assertThat(write("A: x\n", "a\nb", false, "A")).isEmpty();
        assertThat(write("A: x\n", "!Ref B\n---\nc", false, "A")).isEmpty();
        assertThat(write("A: x\n", "*anchor", false, "A")).isEmpty();
        assertThat(write("A: x\n", "!Ref &a B", false, "A")).isEmpty();
        assertThat(write("A: x\n", "!Ref !Sub B", false, "A")).isEmpty(); // two tags on one node
    }

    @Test
    void aScalarNotWrittenAsOneLineOfItsOwnIsLeftAlone() {
        assertThat(write("A: |\n  !Ref B\n", "!Ref B", false, "A")).isEmpty();
        assertThat(write("A: >-\n  !Ref B\n", "!Ref B", false, "A")).isEmpty();
        assertThat(write("A: Fn::GetAtt\n  Role.Arn\n", "!GetAtt Role.Arn", false, "A")).isEmpty(); // plain over two lines
        assertThat(write("A: 12\n", "!Ref B", false, "A")).isEmpty(); // not a string
        assertThat(write("A: !!str \"!Ref B\"\n", "!Ref B", false, "A")).isEmpty(); // a tag says: this is text
    }
}
