package io.ccmlint.core.cloudformation;

import static io.ccmlint.core.cloudformation.Templates.assertAt;
import static io.ccmlint.core.cloudformation.Templates.lint;
import static io.ccmlint.core.cloudformation.Templates.onlyFailure;
import static io.ccmlint.core.cloudformation.Templates.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.ParseFailure;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile templates through the whole engine (readers, kind detection, every source, no rule): a
 * located CCM001 or a normal read, never an internal error or a hang. Generated here, not committed.
 */
class HostileTemplatesTest {
    private static final String HEAD = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Role:\n    Type: AWS::IAM::Role\n"
            + "    Properties:\n";
    private static final int DEEP = 10_000;
    private static final int LIMIT = ParseLimits.DEFAULT.maxNestingDepth();

    @TempDir
    Path dir;

    @Test
    void tenThousandNestedBlockSequencesInYaml() throws Exception {
        // "- - - x": each "- " opens a block sequence inside the previous one, on one line
        write(dir, "t.yaml", HEAD + "      X:\n        " + "- ".repeat(DEEP) + "x\n");
        ParseFailure f = onlyFailure(lint(dir, ParseLimits.DEFAULT));
        assertThat(f.message()).isEqualTo("YAML nested deeper than " + LIMIT + " levels");
        assertThat(f.span().startLine()).isEqualTo(7);
    }

    @Test
    void aThousandNestedBlockMappingsInYaml() throws Exception {
        // one more space of indentation per level: 10,000 levels would be 50 MB, 1,000 are past the limit too
        StringBuilder b = new StringBuilder(HEAD);
        for (int i = 0; i < 2 * LIMIT; i++) {
            b.append(" ".repeat(6 + i)).append("a:\n");
        }
        b.append(" ".repeat(6 + 2 * LIMIT)).append("b: c\n");
        write(dir, "t.yaml", b.toString());
        ParseFailure f = onlyFailure(lint(dir, ParseLimits.DEFAULT));
        assertThat(f.message()).isEqualTo("YAML nested deeper than " + LIMIT + " levels");
        assertThat(f.span().startLine()).isBetween(6 + LIMIT - 10, 6 + LIMIT + 10);
    }

    @Test
    void tenThousandNestedFlowSequencesAndFunctionsInYaml() throws Exception {
        write(dir, "a.yaml", HEAD + "      X: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n");
        write(dir, "b.yaml", HEAD + "      X: " + "!Not [".repeat(DEEP) + "x" + "]".repeat(DEEP) + "\n");
        LintResult r = lint(dir, ParseLimits.DEFAULT);
        assertThat(r.workspace().parseFailures()).hasSize(2).allSatisfy(f -> {
            assertThat(f.message()).isEqualTo("YAML nested deeper than " + LIMIT + " levels");
            assertThat(f.span().startLine()).isEqualTo(6);
        });
    }

    @Test
    void tenThousandNestedObjectsArraysAndFunctionsInJson() throws Exception {
        String head = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"Role\": {\"Type\": \"AWS::IAM::Role\",\n"
                + "\"Properties\": {\"X\": ";
        write(dir, "a.json", head + "{\"a\": ".repeat(DEEP) + "1" + "}".repeat(DEEP) + "}}}}\n");
        write(dir, "b.json", head + "[".repeat(DEEP) + "]".repeat(DEEP) + "}}}}\n");
        write(dir, "c.json", head + "{\"Fn::Not\": [".repeat(DEEP) + "1" + "]}".repeat(DEEP) + "}}}}\n");
        LintResult r = lint(dir, ParseLimits.DEFAULT);
        assertThat(r.workspace().parseFailures()).hasSize(3).allSatisfy(f -> {
            assertThat(f.message()).isEqualTo("JSON nested deeper than " + LIMIT + " levels");
            assertThat(f.span().startLine()).isEqualTo(2);
        });
    }

    @Test
    void nestingWithinTheLimitIsEvaluated() throws Exception {
        // 150 levels of !Select [0, [...]]: 3 levels of tree each, within the reader's 500
        int n = 150;
        write(dir, "t.yaml", HEAD + "      RoleName: " + "!Select [0, [".repeat(n) + "deep" + "]]".repeat(n) + "\n");
        LintResult r = lint(dir, ParseLimits.DEFAULT);
        assertThat(r.workspace().parseFailures()).isEmpty();
        assertThat(r.workspace().roles()).extracting(Role::awsName).containsExactly("deep");
    }

    @Test
    void aFiftyMegabyteTemplateOverTheConfiguredSizeIsNotRead() throws Exception {
        Path big = dir.resolve("big.json");
        long written = writeRoles(big, 50_000_000);
        assertThat(written).isGreaterThanOrEqualTo(50_000_000);
        ParseLimits limits = new ParseLimits(LIMIT, ParseLimits.DEFAULT.maxStringLength(), 32L * 1024 * 1024,
                ParseLimits.DEFAULT.maxAliasesForCollections());
        ParseFailure f = onlyFailure(lint(dir, limits));
        assertThat(f.message()).isEqualTo("file is larger than 33554432 bytes (limits.maxFileSize); not read");
        assertThat(f.span().file().displayPath()).isEqualTo("big.json");
        assertAt(f, 1, 1);
    }

    @Test
    void invalidJsonAndYamlTemplatesAreLocated() throws Exception {
        write(dir, "a.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\",\n \"Resources\": {\"R\": {\"Type\": \"AWS::IAM::Role\",}}\n");
        write(dir, "b.yaml", HEAD + "      RoleName: x\n     Path: y\n");
        write(dir, "c.yaml", HEAD + "      RoleName: !Ref [unclosed\n");
        write(dir, "d.yaml", HEAD + "      RoleName: x\n      RoleName: y\n");
        LintResult r = lint(dir, ParseLimits.DEFAULT);
        assertThat(r.workspace().parseFailures()).extracting(f -> f.span().file().displayPath() + ":" + f.span().startLine()
                + ":" + f.span().startColumn() + " " + f.message().replaceFirst(":.*", ""))
                .containsExactlyInAnyOrder(
                        "a.json:2:47 invalid JSON",
                        "b.yaml:7:6 invalid YAML",
                        "c.yaml:7:1 invalid YAML",
                        "d.yaml:7:7 duplicate key \"RoleName\" in the same YAML mapping");
    }

    @Test
    void templateProblemsReachTheRunAtTheirPlace() throws Exception {
        write(dir, "t.yaml", HEAD + "      RoleName: !Ref Missing\n");
        write(dir, "t.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"R\": {\"Type\": \"AWS::IAM::Role\",\n"
                + "\"Properties\": {\"RoleName\": {\"Fn::GetAtt\": [\"Nope\", \"Arn\"]}}}}}\n");
        LintResult r = lint(dir, ParseLimits.DEFAULT);
        assertThat(r.workspace().parseFailures()).extracting(f -> f.span().file().displayPath() + ":" + f.span().startLine()
                + ":" + f.span().startColumn() + " " + f.message()).containsExactlyInAnyOrder(
                "t.json:2:43 invalid CloudFormation template: Fn::GetAtt Nope: no resource of that name in the template",
                "t.yaml:6:22 invalid CloudFormation template: !Ref Missing: no parameter, resource or pseudo parameter of that name");
    }

    @Test
    void aTemplateTooLargeToEvaluateAddsItsProblemAndNoModel() {
        // scenario "C is true" evaluates a small value and reads the user's policy; "C is false" reads
        // a list of more items than an evaluator's steps: the template's models are all or nothing
        int items = CfnEvaluator.MAX_STEPS + 10;
        StringBuilder t = new StringBuilder(16 + 2 * items);
        t.append("{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Parameters\": {\"P\": {\"Type\": \"String\"}},\n")
                .append("\"Conditions\": {\"C\": {\"Fn::Equals\": [{\"Ref\": \"P\"}, \"a\"]}},\n\"Resources\": {\n")
                .append("\"User\": {\"Type\": \"AWS::IAM::User\", \"Properties\": {\"Policies\": [{\"PolicyName\": \"p\",")
                .append(" \"PolicyDocument\": {\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}}]}},\n")
                .append("\"Role\": {\"Type\": \"AWS::IAM::Role\", \"Properties\": {\"Tags\": {\"Fn::If\": [\"C\", [], [");
        t.append("1,".repeat(items - 1)).append("1]]}}}}}\n");
        Templates.Read r = Templates.read("t.json", t.toString());
        assertThat(r.messages()).containsExactly("1:1 CloudFormation template not fully evaluated: evaluating it takes more than "
                + CfnEvaluator.MAX_STEPS + " steps in one scenario; its IAM resources are not checked");
        assertThat(r.workspace().policies()).isEmpty();
        assertThat(r.workspace().roles()).isEmpty();
    }

    /** Roles, each with a trust policy and an inline policy, up to {@code bytes}: the size of the file written. */
    private static long writeRoles(Path file, long bytes) throws Exception {
        String role = "\"R%d\": {\"Type\": \"AWS::IAM::Role\", \"Properties\": {\"RoleName\": {\"Fn::Sub\": \"r-%d-${AWS::Region}\"},"
                + " \"AssumeRolePolicyDocument\": {\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Principal\": {\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}}}";
        long size = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String head = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\n";
            w.write(head);
            size += head.length();
            for (int i = 0; size < bytes; i++) {
                String r = (i > 0 ? ",\n" : "") + role.formatted(i, i);
                w.write(r);
                size += r.length();
            }
            w.write("}}\n");
            size += 3;
        }
        return size;
    }
}
