package io.ccmlint.core.cloudformation;

import static io.ccmlint.core.cloudformation.Templates.assertAt;
import static io.ccmlint.core.cloudformation.Templates.read;
import static io.ccmlint.core.cloudformation.Templates.role;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.tree.ScalarNode;
import org.junit.jupiter.api.Test;

/**
 * Functions that name what is not there, or that CloudFormation does not know: a CCM001 at the
 * name, and the value unknown (the role is still read). Property lines of {@link Templates#role}
 * start on line 6, column 7.
 */
class BadReferencesTest {
    @Test
    void unknownTagIsReportedAtTheTag() {
        Templates.Read r = read("t.yaml", role("RoleName: !Foo bar\nPath: !Ref AWS::Region"));
        assertAt(r.failure("unknown intrinsic function !Foo"), 6, 17);
        assertThat(r.failures()).hasSize(1);
        assertThat(r.roleNames()).containsExactly("Role");
        assertThat(r.workspace().roles().get(0).awsName()).isNull(); // unknown, not "bar"
    }

    @Test
    void unknownTagInACondition() {
        Templates.Read r = read("t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Conditions:
                  C: !Foo [a, b]
                Resources:
                  Role: {Type: AWS::IAM::Role, Condition: C}
                """);
        assertAt(r.failure("unknown intrinsic function !Foo"), 3, 6);
        assertThat(r.roleNames()).containsExactly("Role");
    }

    @Test
    void refToAMissingParameterOrResource() {
        Templates.Read r = read("t.yaml", role("RoleName: !Ref Missing\nPath: {Ref: AlsoMissing}\nDescription: !Ref AWS::Nothing"));
        assertAt(r.failure("!Ref Missing: no parameter, resource or pseudo parameter"), 6, 22);
        assertAt(r.failure("Ref AlsoMissing: no parameter"), 7, 19);
        assertAt(r.failure("AWS::Nothing is not a pseudo parameter"), 8, 25);
        assertThat(r.failures()).hasSize(3);
    }

    @Test
    void getAttOfAMissingResourceInBothForms() {
        Templates.Read r = read("t.yaml", role("RoleName: !GetAtt Nope.Arn\nPath: !GetAtt [Nope2, Arn]\nDescription: !GetAtt Role.Arn"));
        assertAt(r.failure("!GetAtt Nope: no resource of that name"), 6, 25);
        assertAt(r.failure("!GetAtt Nope2: no resource of that name"), 7, 21);
        assertThat(r.failures()).hasSize(2); // Role.Arn is there
    }

    @Test
    void subReportsTheVariableInsideTheString() {
        Templates.Read r = read("t.yaml", role("""
                RoleName: !Sub "a-${Missing}"
                Path: !Sub 'b-${Nope.Arn}'
                Description: !Sub |
                  line one
                  line ${AWS::Nothing} two
                """));
        assertAt(r.failure("!Sub ${Missing}: no parameter"), 6, 25);
        assertThat(r.failure("!Sub ${Missing}").span().text()).isEqualTo("${Missing}");
        assertAt(r.failure("!Sub ${Nope.Arn}: no resource Nope"), 7, 21);
        assertAt(r.failure("AWS::Nothing is not a pseudo parameter"), 10, 14);
        assertThat(r.failure("AWS::Nothing").span().text()).isEqualTo("${AWS::Nothing}");
    }

    @Test
    void subInJsonIsLocatedThroughTheEscapes() {
        Templates.Read r = read("t.json", """
                {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Role": {"Type": "AWS::IAM::Role",
                  "Properties": {"RoleName": {"Fn::Sub": "a\\"\\u0041${Missing}"}}}}}
                """);
        assertThat(r.failure("Fn::Sub ${Missing}").span().text()).isEqualTo("${Missing}");
        assertAt(r.failure("Fn::Sub ${Missing}"), 2, 52);
    }

    @Test
    void malformedSubstitutionsAreLiteralTextOrAnEmptyName() {
        Templates.Read r = read("t.yaml", role("""
                RoleName: !Sub "abc-${AWS::Region"
                Path: !Sub "${"
                Description: !Sub "x-${ }-${}-${!Literal}"
                """));
        // an unclosed ${ is text, as written
        assertThat(r.workspace().roles().get(0).awsName()).isEqualTo("abc-${AWS::Region");
        assertAt(r.failure("!Sub ${ }: a variable without a name"), 8, 28);
        assertAt(r.failure("!Sub ${}: a variable without a name"), 8, 33);
        assertThat(r.failures()).hasSize(2);
    }

    @Test
    void subVariableMapsDoNotSeeEachOther() {
        // each variable is evaluated on its own: ${B} inside A's value is a Ref to B, which does not exist
        Templates.Read r = read("t.yaml", role("""
                RoleName: !Sub ["${A}-${B}", {A: !Sub "${B}", B: !Sub "${A}"}]
                Path: !Sub ["${A}", {A: "${A}"}]
                """));
        assertAt(r.failure("!Sub ${B}: no parameter"), 6, 46);
        assertAt(r.failure("!Sub ${A}: no parameter"), 6, 62);
        assertThat(r.failures()).hasSize(2);
        Role role = r.workspace().roles().get(0);
        assertThat(role.awsName()).isNull();
    }

    @Test
    void selectOutOfRangeAndNotANumber() {
        Templates.Read r = read("t.yaml", role("""
                RoleName: !Select [5, [a, b]]
                Path: !Select [-1, [a]]
                Description: !Select ["x", [a]]
                MaxSessionDuration: !Select [99999999999999999999, [a]]
                PermissionsBoundary: !Select [1, [a, b]]
                """));
        assertAt(r.failure("index 5 is outside the list of 2"), 6, 26);
        assertAt(r.failure("index -1 is outside the list of 1"), 7, 22);
        assertAt(r.failure("index x is not a whole number"), 8, 29);
        assertAt(r.failure("index 99999999999999999999 is not a whole number"), 9, 36);
        assertThat(r.failures()).hasSize(4);
    }

    @Test
    void findInMapOfMissingKeysIsReportedAtTheKeyThatIsMissing() {
        Templates.Read r = read("t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Mappings:
                  M:
                    k1: {k2: v}
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      RoleName: !FindInMap [Nomap, k1, k2]
                      Path: !FindInMap [M, nokey, k2]
                      Description: !FindInMap [M, k1, nokey2]
                      PermissionsBoundary: !FindInMap [M, k1, nokey3, {DefaultValue: dflt}]
                      MaxSessionDuration: !FindInMap [M, k1, k2]
                """);
        assertAt(r.failure("no mapping Nomap in Mappings"), 9, 29);
        assertAt(r.failure("Mappings.M has no key nokey"), 10, 28);
        assertAt(r.failure("Mappings.M.k1 has no key nokey2"), 11, 39);
        assertThat(r.failures()).hasSize(3); // the DefaultValue form falls back
    }

    @Test
    void mappingsThatLookThemselvesUpDoNotLoop() {
        // was a StackOverflowError: a Mappings value was evaluated, and it looked up itself
        Templates.Read r = read("t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Mappings:
                  M:
                    a: {b: !FindInMap [M, a, b], c: !FindInMap [M, a, b]}
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties: {RoleName: !FindInMap [M, a, c]}
                """);
        assertAt(r.failure("Mappings.M.a.b: Mappings cannot hold functions (!FindInMap)"), 4, 12);
        assertAt(r.failure("Mappings.M.a.c: Mappings cannot hold functions (!FindInMap)"), 4, 37);
        assertThat(r.failures()).hasSize(2);
        assertThat(r.workspace().roles().get(0).awsName()).isNull();
    }

    @Test
    void mappingValuesAreTakenAsWritten() {
        Templates.Read r = read("t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Mappings:
                  Names: {prod: {role: deployer, arns: [a, b]}}
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties: {RoleName: !FindInMap [Names, prod, role]}
                """);
        assertThat(r.failures()).isEmpty();
        Role role = r.workspace().roles().get(0);
        assertThat(role.awsName()).isEqualTo("deployer");
    }

    @Test
    void longOperandsAreShownShort() {
        ScalarNode big = new ScalarNode(io.ccmlint.core.value.Scalar.known("x".repeat(1_000_000),
                io.ccmlint.core.source.SourceFile.of("t.yaml", "x".repeat(1_000_000)).span(0, 1_000_000),
                io.ccmlint.core.value.ScalarStyle.YAML_PLAIN));
        assertThat(CfnEvaluator.brief(big)).isEqualTo("x".repeat(57) + "...");
    }

    @Test
    void deeplyNestedCallsOnALargeOperandStayLinear() {
        // each unknown call showed its operand by copying and rescanning all its text: with 240 nested
        // calls around a 5 MB string that was quadratic (14 s to 32 s); the guard only catches a hang
        int depth = 240;
        String template = role("RoleName: " + "!ImportValue [".repeat(depth) + "x".repeat(5_000_000) + "]".repeat(depth));
        Templates.Read r = read("t.yaml", template);
        assertThat(r.failures()).isEmpty();
        assertThat(r.roleNames()).containsExactly("Role");
    }
}
