package io.ccmlint.core.cloudformation;

import static io.ccmlint.core.cloudformation.Templates.assertAt;
import static io.ccmlint.core.cloudformation.Templates.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every function with operands of the wrong shape: a scalar where it takes a list, a mapping or a
 * list where it takes a string, an empty list, nothing at all. Each is one CCM001 at the operand
 * that is wrong (or at the function when the operand is empty), and the value is unknown; an operand
 * whose shape only a deployment knows is silent. The value is the role's {@code Description} on
 * line 15: {@code "      Description: "} puts it at column 20.
 */
class OperandShapesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            !Ref [x]                       | 25 | !Ref takes the name of a parameter, resource or pseudo parameter
            !Ref {a: b}                    | 25 | !Ref takes the name of a parameter
            !Ref                           | 20 | !Ref takes the name of a parameter
            !Sub []                        | 25 | !Sub takes a string, or a list of a string and a map of variables
            !Sub {a: b}                    | 25 | !Sub takes a string
            !Sub [x]                       | 25 | !Sub takes a string, or a list of a string and a map of variables
            !Sub [[x], {}]                 | 26 | !Sub takes a string
            !Sub [x, [y]]                  | 25 | !Sub takes a string, or a list of a string and a map of variables
            !Join x                        | 26 | !Join takes a delimiter and a list
            !Join []                       | 26 | !Join takes a delimiter and a list
            !Join                          | 20 | !Join takes a delimiter and a list
            !Join [{a: b}, [x]]            | 27 | !Join takes a string as its delimiter
            !Join ["", x]                  | 31 | !Join takes a list of values to join
            !Split x                       | 27 | !Split takes a delimiter and a string
            !Split [",", [x]]              | 33 | !Split takes a string as its delimiter and a string to split
            !Split [[","], x]              | 28 | !Split takes a string as its delimiter and a string to split
            !Select {a: b}                 | 28 | !Select takes an index and a list
            !Select []                     | 28 | !Select takes an index and a list
            !Select [0, x]                 | 32 | !Select takes a list to select from
            !Select [[0], [x]]             | 29 | !Select takes a number as its index
            !FindInMap []                  | 31 | !FindInMap takes a map name, a top-level key and a second-level key
            !FindInMap {a: b}              | 31 | !FindInMap takes a map name, a top-level key and a second-level key
            !FindInMap [M, k]              | 31 | !FindInMap takes a map name, a top-level key and a second-level key
            !FindInMap [[M], k, v]         | 32 | !FindInMap takes strings: a map name and two keys
            !GetAtt []                     | 28 | !GetAtt takes a resource and an attribute
            !GetAtt {a: b}                 | 28 | !GetAtt takes a resource and an attribute
            !GetAtt [[Role], Arn]          | 28 | !GetAtt takes a resource and an attribute
            !GetAtt Role                   | 28 | !GetAtt takes a resource and an attribute
            !GetAtt                        | 20 | !GetAtt takes a resource and an attribute
            !If x                          | 24 | !If takes a condition name and two values
            !If []                         | 24 | !If takes a condition name and two values
            !If [C, a]                     | 24 | !If takes a condition name and two values
            !If [[C], a, b]                | 25 | !If takes the name of a condition first
            !If [Nope, a, b]               | 25 | !If: no condition Nope in Conditions
            !Base64 [x]                    | 28 | !Base64 takes a string
            !Base64 {a: b}                 | 28 | !Base64 takes a string
            !Length x                      | 28 | !Length takes a list
            !Equals x                      | 28 | !Equals takes two values
            !Equals [a]                    | 28 | !Equals takes two values
            !Not x                         | 25 | !Not takes a list of one condition
            !Not [!Condition C, !Condition C] | 25 | !Not takes a list of one condition
            !And [!Condition C]            | 25 | !And takes a list of 2 to 10 conditions
            !Or []                         | 24 | !Or takes a list of 2 to 10 conditions
            !Or x                          | 24 | !Or takes a list of 2 to 10 conditions
            !Condition [C]                 | 31 | !Condition takes the name of a condition
            !Condition Nope                | 31 | !Condition: no condition Nope in Conditions
            `{"Fn::Join": "x"}`            | 33 | Fn::Join takes a delimiter and a list
            `{"Fn::Select": [0]}`          | 35 | Fn::Select takes an index and a list
            """)
    void wrongShapeIsOneProblemAtTheOperand(String value, int column, String message) {
        Templates.Read r = read("t.yaml", template(value));
        assertThat(r.failures()).as("failures of %s: %s", value, r.messages()).hasSize(1);
        assertAt(r.failure(message), 15, column);
        assertThat(r.roleNames()).containsExactly("Role");
        assertThat(r.workspace().roles().get(0).awsName()).isEqualTo("fixed"); // the rest is read
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            !Join [",", !Ref List]
            !Select [0, !Ref List]
            !Select [!Ref Index, [a, b]]
            !Split [",", !Ref Text]
            !GetAZs [x]
            !ImportValue [x]
            !Cidr x
            !Transform x
            !ToJsonString x
            !Base64 {Ref: Text}
            !Length {Ref: List}
            !Sub ""
            !Split ["", abc]
            !Equals [{a: b}, [x]]
            !If [C, a, b]
            """)
    void shapesOnlyADeploymentKnowsAreSilent(String value) {
        Templates.Read r = read("t.yaml", template(value));
        assertThat(r.failures()).as("failures of %s", value).isEmpty();
        assertThat(r.roleNames()).isNotEmpty().allMatch(n -> n.startsWith("Role")); // !If: one per form
    }

    @Test
    void everyWrongOperandOfOneCallIsReported() {
        Templates.Read r = read("t.yaml", template("!FindInMap [[a], [b], {c: d}]"));
        assertThat(r.failures()).extracting(f -> f.span().text()).containsExactly("[a]", "[b]", "{c: d}");
        assertAt(r.failures().get(0), 15, 32);
        assertThat(r.failures()).allMatch(f -> f.message().endsWith("!FindInMap takes strings: a map name and two keys"));
    }

    /** A role whose Description is {@code value}, with a condition C, parameters Index, List and Text. */
    private static String template(String value) {
        return """
                AWSTemplateFormatVersion: "2010-09-09"
                Parameters:
                  Index: {Type: Number}
                  List: {Type: CommaDelimitedList}
                  Text: {Type: String}
                Mappings:
                  M: {k: {v: x}}
                Conditions:
                  C: !Equals [!Ref Text, a]
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      RoleName: fixed
                      Description: %s
                """.formatted(value);
    }
}
