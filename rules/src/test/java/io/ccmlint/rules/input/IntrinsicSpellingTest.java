package io.ccmlint.rules.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.rules.input.IntrinsicSpelling.Form;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which texts spell an intrinsic function, and what the JSON message makes of them. */
class IntrinsicSpellingTest {
    private static String spelled(String text) {
        Optional<IntrinsicSpelling> s = IntrinsicSpelling.of(text);
        return s.map(x -> x.form() + " " + x.function() + " [" + x.operand() + "]").orElse("none");
    }

    @Test
    void theShortFormIsATagNameThenASpaceOrTheEnd() {
        assertThat(spelled("!Ref HarnessRole")).isEqualTo("SHORT Ref [HarnessRole]");
        assertThat(spelled("!Sub arn:aws:iam::${AWS::AccountId}:root")).isEqualTo("SHORT Fn::Sub [arn:aws:iam::${AWS::AccountId}:root]");
        assertThat(spelled("!GetAZs")).isEqualTo("SHORT Fn::GetAZs []");
        assertThat(spelled("!Condition IsProd")).isEqualTo("SHORT Condition [IsProd]");
        assertThat(spelled("!Length [a, b]")).isEqualTo("SHORT Fn::Length [[a, b]]"); // a function, if no documented tag
        assertThat(spelled("!RefHarnessRole")).isEqualTo("none");
        assertThat(spelled("!ref HarnessRole")).isEqualTo("none"); // tags are case-sensitive
        assertThat(spelled("!Important: read this")).isEqualTo("none");
        assertThat(spelled(" !Ref HarnessRole")).isEqualTo("none");
        assertThat(spelled("see !Ref HarnessRole")).isEqualTo("none");
    }

    @Test
    void theLongFormAsTextNeedsAKnownFunctionName() {
        assertThat(spelled("Fn::GetAtt: HarnessRole.Arn")).isEqualTo("LONG Fn::GetAtt [HarnessRole.Arn]");
        assertThat(spelled("Fn::GetAtt HarnessRole.Arn")).isEqualTo("LONG Fn::GetAtt [HarnessRole.Arn]");
        assertThat(spelled("Fn::GetAtt: [HarnessRole, Arn]")).isEqualTo("LONG Fn::GetAtt [[HarnessRole, Arn]]");
        assertThat(spelled("Ref: HarnessRole")).isEqualTo("LONG Ref [HarnessRole]");
        assertThat(spelled("Ref HarnessRole")).isEqualTo("none"); // prose as much as a Ref
        assertThat(spelled("Ref:")).isEqualTo("none");
        assertThat(spelled("Fn::Frobnicate: x")).isEqualTo("none");
        assertThat(spelled("Fn::GetAtt:HarnessRole.Arn")).isEqualTo("none");
        assertThat(spelled("Condition: IsProd")).isEqualTo("none");
    }

    @Test
    void aJsonObjectInAStringSpellsItsOneKeysFunction() {
        assertThat(spelled("{\"Ref\": \"HarnessRole\"}")).isEqualTo("OBJECT Ref [\"HarnessRole\"]");
        assertThat(spelled("{\"Fn::GetAtt\": [\"Role\", \"Arn\"]}")).isEqualTo("OBJECT Fn::GetAtt [[\"Role\", \"Arn\"]]");
        assertThat(spelled("{\"Ref\": \"A\", \"Other\": 1}")).isEqualTo("none");
        assertThat(spelled("{\"Statement\": []}")).isEqualTo("none");
        assertThat(spelled("{not yaml")).isEqualTo("none");
    }

    @Test
    void theTargetOfARefOrGetAttIsItsLogicalName() {
        assertThat(IntrinsicSpelling.of("!Ref HarnessRole").orElseThrow().target()).isEqualTo("HarnessRole");
        assertThat(IntrinsicSpelling.of("!Ref 'AWS::Region'").orElseThrow().target()).isEqualTo("AWS::Region");
        assertThat(IntrinsicSpelling.of("{\"Ref\": \"Role\"}").orElseThrow().target()).isEqualTo("Role");
        assertThat(IntrinsicSpelling.of("!GetAtt Role.Arn").orElseThrow().target()).isEqualTo("Role");
        assertThat(IntrinsicSpelling.of("!GetAtt Stack.Outputs.RoleArn").orElseThrow().target()).isEqualTo("Stack");
        assertThat(IntrinsicSpelling.of("!GetAtt [Role, Arn]").orElseThrow().target()).isEqualTo("Role");
        assertThat(IntrinsicSpelling.of("!Ref ${Name}").orElseThrow().target()).isNull();
        assertThat(IntrinsicSpelling.of("!Sub Role").orElseThrow().target()).isNull();
    }

    @Test
    void theJsonLongFormReadsTheOperandAsYaml() {
        assertThat(json("!Ref HarnessRole")).contains("{\"Ref\": \"HarnessRole\"}");
        assertThat(json("!GetAtt HarnessRole.Arn")).contains("{\"Fn::GetAtt\": [\"HarnessRole\", \"Arn\"]}");
        assertThat(json("!Select [0, !GetAZs '']")).contains("{\"Fn::Select\": [0, {\"Fn::GetAZs\": \"\"}]}");
        assertThat(json("!GetAZs")).contains("{\"Fn::GetAZs\": \"\"}");
        assertThat(json("!Transform {Name: M, Parameters: {a: 1}}"))
                .contains("{\"Fn::Transform\": {\"Name\": \"M\", \"Parameters\": {\"a\": 1}}}");
        assertThat(json("!Join [a, [b")).isEmpty();
    }

    private static Optional<String> json(String text) {
        IntrinsicSpelling s = IntrinsicSpelling.of(text).orElseThrow();
        assertThat(s.form()).isEqualTo(Form.SHORT);
        return IntrinsicJson.of(s);
    }
}
