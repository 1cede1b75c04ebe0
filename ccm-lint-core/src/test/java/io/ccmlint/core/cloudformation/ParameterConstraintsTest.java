package io.ccmlint.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.YamlTreeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A parameter value outside the parameter's own constraints makes CloudFormation refuse the stack. */
class ParameterConstraintsTest {
    private static List<String> problems(String yaml, Map<String, String> given) throws Exception {
        SourceFile f = SourceFile.of("t.yaml", yaml);
        CfnTemplate t = CfnTemplate.of(f, (MapNode) new YamlTreeReader().readAll(f).get(0));
        TemplateProblems problems = new TemplateProblems();
        ParameterConstraints.check(t, new StackValues("aws", given), problems);
        List<String> out = new ArrayList<>();
        problems.forEach((span, message) -> out.add(span.startLine() + ":" + span.startColumn() + " " + message));
        return out;
    }

    private static final String TEMPLATE = """
            Parameters:
              ExternalId:
                Type: String
                Default: "harness:89192845135:abc"
                AllowedPattern: "harness:(891928451355|783764615875):[A-Za-z0-9_-]+"
              Mode:
                Type: String
                Default: everything
                AllowedValues: [billing, visibility]
              Name:
                Type: String
                Default: ab
                MinLength: 3
              Port:
                Type: Number
                Default: 70000
                MaxValue: 65535
              Fine:
                Type: String
                Default: harness:891928451355:abc
                AllowedPattern: "harness:(891928451355|783764615875):[A-Za-z0-9_-]+"
              Vpc:
                Type: AWS::EC2::VPC::Id
                Default: not-a-vpc
                AllowedPattern: "vpc-.*"
            """;

    @Test
    void defaultsOutsideTheirConstraintsAreReportedAtTheDefault() throws Exception {
        assertThat(problems(TEMPLATE, Map.of())).containsExactly(
                "4:14 CloudFormation rejects this stack: the Default of parameter ExternalId (\"harness:89192845135:abc\")"
                        + " does not match its AllowedPattern harness:(891928451355|783764615875):[A-Za-z0-9_-]+",
                "8:14 CloudFormation rejects this stack: the Default of parameter Mode (\"everything\") is not one of its AllowedValues",
                "12:14 CloudFormation rejects this stack: the Default of parameter Name (\"ab\") is shorter than its MinLength 3",
                "16:14 CloudFormation rejects this stack: the Default of parameter Port (\"70000\") is above its MaxValue 65535");
    }

    @Test
    void aValueFromTheConfigurationIsCheckedInstead() throws Exception {
        assertThat(problems(TEMPLATE, Map.of("ExternalId", "harness:891928451355:x", "Mode", "billing", "Name", "abc",
                "Port", "443", "Fine", "nope"))).containsExactly(
                "18:3 CloudFormation rejects this stack: the value the configuration gives parameter Fine (\"nope\")"
                        + " does not match its AllowedPattern harness:(891928451355|783764615875):[A-Za-z0-9_-]+");
    }

    @Test
    void aPatternThatBacktracksForeverOrDoesNotCompileSaysNothing() throws Exception {
        assertThat(ParameterConstraints.matches("(a+)+b", "a".repeat(5_000))).isNull();
        assertThat(ParameterConstraints.matches("([a-z]", "a")).isNull();
        assertThat(ParameterConstraints.matches("[a-z]+", "abc")).isTrue();
        assertThat(ParameterConstraints.matches("[a-z]+", "ab1")).isFalse();
        assertThat(problems("Parameters:\n  Evil: {Type: String, Default: \"" + "a".repeat(5_000)
                + "\", AllowedPattern: \"(a+)+b\"}\n", Map.of())).as("given up, not reported").isEmpty();
    }
}
