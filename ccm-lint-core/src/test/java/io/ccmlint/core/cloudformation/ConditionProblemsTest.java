package io.ccmlint.core.cloudformation;

import static io.ccmlint.core.cloudformation.Templates.assertAt;
import static io.ccmlint.core.cloudformation.Templates.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.YamlTreeReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Conditions that loop, that are no condition, that chain very deep, and more scenarios than the cap. */
class ConditionProblemsTest {
    @Test
    void circularConditionsAreReportedOnceAndUnknown() {
        Templates.Read r = read("t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Conditions:
                  A: !Condition B
                  B: !Condition A
                  Self: !Not [!Condition Self]
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Condition: A
                    Properties:
                      RoleName: !If [B, x, y]
                """);
        assertAt(r.failure("condition \"A\" refers to itself"), 3, 3);
        assertAt(r.failure("condition \"Self\" refers to itself"), 5, 3);
        assertThat(r.failures()).hasSize(2);
        // neither true nor false: the role may exist, and its name is unknown
        assertThat(r.roleNames()).containsExactly("Role");
        assertThat(r.workspace().roles().get(0).awsName()).isNull();
    }

    @Test
    void aConditionThatIsNoConditionFunction() {
        Templates.Read r = read("t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Conditions:
                  Ref: !Ref AWS::Region
                  Sub: !Sub "x"
                  Text: yes-please
                  Map: {a: b}
                  List: [a, b]
                  Select: {"Fn::Select": [0, [a]]}
                Resources:
                  Role: {Type: AWS::IAM::Role}
                """);
        assertAt(r.failure("!Ref is not a condition function"), 3, 8);
        assertAt(r.failure("!Sub is not a condition function"), 4, 8);
        assertAt(r.failure("Fn::Select is not a condition function"), 8, 12);
        List<ParseFailureAt> plain = r.failures().stream()
                .filter(f -> f.message().endsWith("a condition must be Fn::Equals, Fn::Not, Fn::And, Fn::Or or Condition"))
                .map(f -> new ParseFailureAt(f.span().startLine(), f.span().startColumn())).toList();
        assertThat(plain).containsExactly(new ParseFailureAt(5, 9), new ParseFailureAt(6, 8), new ParseFailureAt(7, 9));
        assertThat(r.failures()).hasSize(6);
    }

    private record ParseFailureAt(int line, int column) {
    }

    @Test
    void aChainOfTenThousandConditionsIsCutAtTheDepthLimit() {
        // each Condition reference evaluates the next one inside it: without a limit, a long enough
        // chain was a StackOverflowError (10,000 on a 1 MB stack; the readers' threads have 64 MB)
        int n = 10_000;
        StringBuilder t = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\nConditions:\n");
        for (int i = 0; i < n; i++) {
            t.append("  C").append(i).append(": !Condition C").append(i + 1).append('\n');
        }
        t.append("  C").append(n).append(": !Equals [a, a]\n");
        t.append("Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Condition: C0\n    Properties: {RoleName: !If [C0, x, y]}\n");
        Templates.Read r = read("t.yaml", t.toString());
        assertThat(r.failures()).hasSize(1);
        assertThat(r.failures().get(0).message()).isEqualTo("CloudFormation template not fully evaluated: condition \"C"
                + CfnEvaluator.MAX_CONDITION_DEPTH + "\" is reached through more than " + CfnEvaluator.MAX_CONDITION_DEPTH
                + " other conditions; it is taken as unknown");
        assertAt(r.failures().get(0), 3 + CfnEvaluator.MAX_CONDITION_DEPTH, 3);
        assertThat(r.roleNames()).containsExactly("Role");
        assertThat(r.workspace().roles().get(0).awsName()).isNull(); // unknown, not guessed
    }

    @Test
    void aChainWithinTheDepthLimitIsEvaluated() {
        int n = CfnEvaluator.MAX_CONDITION_DEPTH - 1;
        StringBuilder t = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\nConditions:\n");
        for (int i = 0; i < n; i++) {
            t.append("  C").append(i).append(": !Condition C").append(i + 1).append('\n');
        }
        t.append("  C").append(n).append(": !Equals [a, a]\n");
        t.append("Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties: {RoleName: !If [C0, x, y]}\n");
        Templates.Read r = read("t.yaml", t.toString());
        assertThat(r.failures()).isEmpty();
        assertThat(r.workspace().roles().get(0).awsName()).isEqualTo("x");
    }

    @Test
    void twentyParametersWithAllowedValuesStayWithinTheScenarioCap() {
        StringBuilder t = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\nParameters:\n");
        for (int i = 0; i < 20; i++) {
            t.append("  P").append(i).append(": {Type: String, Default: a, AllowedValues: [a, b, c, d, e]}\n");
        }
        t.append("Conditions:\n");
        for (int i = 0; i < 20; i++) {
            t.append("  C").append(i).append(": !Equals [!Ref P").append(i).append(", a]\n");
        }
        t.append("Resources:\n");
        for (int i = 0; i < 20; i++) {
            t.append("  R").append(i).append(":\n    Type: AWS::IAM::Role\n    Condition: C").append(i)
                    .append("\n    Properties: {RoleName: !If [C").append((i + 1) % 20).append(", x, y]}\n");
        }
        CfnTemplate template = template(t.toString());
        List<Scenario> scenarios = Scenarios.of(template, StackValues.NONE);
        assertThat(scenarios).hasSizeBetween(2, Scenarios.MAX);
        assertThat(scenarios).doesNotHaveDuplicates();

        Templates.Read r = read("t.yaml", t.toString());
        assertThat(r.failures()).isEmpty();
        Map<String, Long> formsPerRole = r.roleNames().stream()
                .collect(Collectors.groupingBy(n -> n.replaceFirst(" .*", ""), Collectors.counting()));
        assertThat(formsPerRole).hasSize(20);
        assertThat(formsPerRole.values()).allMatch(forms -> forms <= Scenarios.MAX);
        // R19's condition reads P19, which the cap leaves undecided: the role may exist, so it is read
        assertThat(r.roleNames()).contains("R19 (when P0=a)");
    }

    @Test
    void undecidedComparisonsStayWithinTheScenarioCap() {
        StringBuilder t = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\nParameters:\n");
        for (int i = 0; i < 20; i++) {
            t.append("  P").append(i).append(": {Type: String}\n");
        }
        t.append("Conditions:\n  All: !And [");
        t.append(java.util.stream.IntStream.range(0, 10).mapToObj(i -> "!Equals [!Ref P" + i + ", a]").collect(Collectors.joining(", ")));
        t.append("]\n  Any: !Or [");
        t.append(java.util.stream.IntStream.range(10, 20).mapToObj(i -> "!Equals [!Ref P" + i + ", a]").collect(Collectors.joining(", ")));
        t.append("]\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    Condition: All\n    Properties: {RoleName: !If [Any, x, y]}\n");
        assertThat(Scenarios.of(template(t.toString()), StackValues.NONE)).hasSizeBetween(2, Scenarios.MAX);
        Templates.Read r = read("t.yaml", t.toString());
        assertThat(r.failures()).isEmpty();
        assertThat(r.roleNames()).isNotEmpty().hasSizeLessThanOrEqualTo(Scenarios.MAX);
    }

    @Test
    void aliasedConditionTreesAreEvaluatedWithinTheNodeBudget() {
        // YAML aliases share subtrees: 5 levels of 8 aliases, 2 x 8^5 = 65,536 references to Base once expanded
        StringBuilder t = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\nParameters:\n  P: {Type: String}\nConditions:\n");
        t.append("  Base: !Equals [!Ref P, a]\n  L0: &l0 !Or [!Condition Base, !Condition Base]\n");
        for (int i = 1; i <= 5; i++) {
            t.append("  L").append(i).append(": &l").append(i).append(" !Or [")
                    .append(String.join(", ", java.util.Collections.nCopies(8, "*l" + (i - 1)))).append("]\n");
        }
        t.append("Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Condition: L5\n    Properties: {RoleName: !If [L5, a, b]}\n");
        Templates.Read r = read("t.yaml", t.toString());
        assertThat(r.failures()).isEmpty();
        assertThat(r.roleNames()).containsExactly("Role (when Base is true)");
        assertThat(r.workspace().roles().get(0).awsName()).isEqualTo("a");
    }

    private static CfnTemplate template(String yaml) {
        try {
            SourceFile file = SourceFile.of("t.yaml", yaml);
            return CfnTemplate.of(file, (MapNode) new YamlTreeReader().readAll(file).get(0));
        } catch (io.ccmlint.core.tree.ParseProblem e) {
            throw new AssertionError(e);
        }
    }
}
