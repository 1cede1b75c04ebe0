package io.ccmlint.core.cloudformation;

import static io.ccmlint.core.cloudformation.Templates.assertAt;
import static io.ccmlint.core.cloudformation.Templates.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sections, parameters, mappings and resources of the wrong type: one CCM001 at each, the rest read. */
class TemplateShapeTest {
    @Test
    void sectionsThatAreAListOrAString() {
        Templates.Read r = read("t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Parameters: [a, b]
                Conditions: "x"
                Mappings: [1]
                Resources: none
                Outputs:
                """);
        assertAt(r.failure("Parameters must be a mapping"), 2, 13);
        assertAt(r.failure("Conditions must be a mapping"), 3, 13);
        assertAt(r.failure("Mappings must be a mapping"), 4, 11);
        assertAt(r.failure("Resources must be a mapping"), 5, 12);
        assertThat(r.failures()).hasSize(4); // an empty Outputs is as good as none
        assertThat(r.workspace().roles()).isEmpty();
    }

    @Test
    void sectionsOfTheWrongTypeInJson() {
        Templates.Read r = read("t.json", """
                {"AWSTemplateFormatVersion": "2010-09-09",
                 "Parameters": "p",
                 "Resources": [{"Type": "AWS::IAM::Role"}]}
                """);
        assertAt(r.failure("Parameters must be a mapping"), 2, 16);
        assertAt(r.failure("Resources must be a mapping"), 3, 15);
        assertThat(r.failures()).hasSize(2);
    }

    @Test
    void resourcesWithoutTypeOrPropertiesOrOfTheWrongShape() {
        Templates.Read r = read("t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Conditions:
                  C: !Equals [a, a]
                Resources:
                  NoType: {Properties: {RoleName: x}}
                  Empty: {}
                  NoProperties: {Type: AWS::IAM::Role}
                  ListProperties: {Type: AWS::IAM::Role, Properties: [x]}
                  StringProperties: {Type: AWS::IAM::Policy, Properties: x}
                  ListType: {Type: [AWS::IAM::Role], Properties: {}}
                  Scalar: just text
                  List: [a]
                  BadCondition: {Type: AWS::IAM::Role, Condition: [C]}
                  MissingCondition: {Type: AWS::IAM::Role, Condition: Nope}
                  Fine: {Type: AWS::IAM::Role, Condition: C, Properties: {RoleName: fine}}
                """);
        assertAt(r.failure("resource NoType has no Type"), 5, 3);
        assertAt(r.failure("resource Empty has no Type"), 6, 3);
        assertAt(r.failure("the Properties of resource ListProperties must be a mapping"), 8, 54);
        assertAt(r.failure("the Properties of resource StringProperties must be a mapping"), 9, 58);
        assertAt(r.failure("the Type of resource ListType must be a string"), 10, 20);
        assertAt(r.failure("resource Scalar must be a mapping with a Type"), 11, 11);
        assertAt(r.failure("resource List must be a mapping with a Type"), 12, 9);
        assertAt(r.failure("the Condition of resource BadCondition must be the name of a condition"), 13, 51);
        assertAt(r.failure("resource MissingCondition: no condition Nope in Conditions"), 14, 55);
        assertThat(r.failures()).hasSize(9);
        // a role without properties is still a role (CloudFormation's resource schema is not checked here)
        assertThat(r.roleNames()).contains("NoProperties", "ListProperties", "Fine");
    }

    @Test
    void parametersOfTheWrongShape() {
        Templates.Read r = read("t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Parameters:
                  Scalar: text
                  List: [a]
                  ListType: {Type: [String], AllowedValues: x}
                  NoType: {Default: x}
                  Fine: {Type: String, Default: fine, AllowedValues: [fine, other]}
                Conditions:
                  C: !Equals [!Ref Scalar, x]
                Resources:
                  Role: {Type: AWS::IAM::Role, Properties: {RoleName: !Ref Fine, Path: !If [C, a, b]}}
                """);
        assertAt(r.failure("parameter Scalar must be a mapping with a Type"), 3, 11);
        assertAt(r.failure("parameter List must be a mapping with a Type"), 4, 9);
        assertAt(r.failure("the Type of parameter ListType must be a string"), 5, 20);
        assertAt(r.failure("the AllowedValues of parameter ListType must be a list"), 5, 45);
        assertAt(r.failure("parameter NoType has no Type"), 6, 3);
        assertThat(r.failures()).hasSize(5);
        assertThat(r.workspace().roles()).allMatch(role -> "fine".equals(role.awsName()));
    }

    @Test
    void mappingsHoldPlainValuesOnly() {
        Templates.Read r = read("t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Mappings:
                  List: [x]
                  Flat: {k: x}
                  M: {k: {ref: !Ref AWS::Region, list: [x, !Sub y], map: {d: e}, ok: [x, y], number: 3}}
                Resources:
                  Role: {Type: AWS::IAM::Role, Properties: {RoleName: !FindInMap [M, k, ref], Path: !FindInMap [M, k, ok]}}
                """);
        assertAt(r.failure("mapping List must be a mapping of keys to name-value pairs"), 3, 9);
        assertAt(r.failure("Mappings.Flat.k must be a mapping of names to values"), 4, 13);
        assertAt(r.failure("Mappings.M.k.ref: Mappings cannot hold functions (!Ref)"), 5, 16);
        assertAt(r.failure("Mappings.M.k.list: Mappings cannot hold functions (!Sub)"), 5, 44);
        assertAt(r.failure("Mappings.M.k.map: a value in Mappings is a string or a list"), 5, 58);
        assertThat(r.failures()).hasSize(5);
        assertThat(r.workspace().roles().get(0).awsName()).isNull(); // a function in Mappings is never evaluated
    }
}
