package io.ccmlint.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.workspace.KindDetector;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link CloudFormationSource} on one template as the engine would (its reader, kind detection,
 * then the source), without the engine's safety net: an exception of the source fails the test
 * instead of becoming a CCM001. Every run is guarded against a hang (not timed: the guard is far
 * above what any of these inputs takes).
 */
final class Templates {
    /** Far above any test's input: only a hang or a loop reaches it. */
    static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private Templates() {
    }

    /** What the source made of one template. */
    record Read(List<ParseFailure> failures, Workspace workspace) {
        List<String> roleNames() {
            return workspace.roles().stream().map(Role::name).toList();
        }

        /** The only failure whose message contains {@code fragment}. */
        ParseFailure failure(String fragment) {
            List<ParseFailure> matching = failures.stream().filter(f -> f.message().contains(fragment)).toList();
            assertThat(matching).as("failures with \"%s\" among %s", fragment, messages()).hasSize(1);
            return matching.get(0);
        }

        List<String> messages() {
            return failures.stream().map(f -> f.span().startLine() + ":" + f.span().startColumn() + " " + f.message()).toList();
        }
    }

    /** Reads {@code text} as the template {@code name} (.json or .yaml) through the source alone. */
    static Read read(String name, String text) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> readNow(name, text));
    }

    private static Read readNow(String name, String text) throws Exception {
        SourceFile file = SourceFile.of(Path.of(name), name, text);
        List<ParsedFile.Document> docs = new ArrayList<>();
        if (name.endsWith(".json")) {
            Node root = new JsonTreeReader(ParseLimits.DEFAULT).read(file);
            docs.add(new ParsedFile.Document(KindDetector.detectJson(root), root));
        } else {
            for (Node root : new YamlTreeReader(ParseLimits.DEFAULT).readAll(file)) {
                docs.add(new ParsedFile.Document(KindDetector.detectYaml(name, root), root));
            }
        }
        Workspace.Builder out = Workspace.builder(LintConfig.defaults(Path.of(".")));
        new CloudFormationSource().read(new ParsedFile(file, docs), out);
        Workspace ws = out.build();
        for (ParseFailure f : ws.parseFailures()) {
            assertThat(f.message()).matches("(invalid CloudFormation template|CloudFormation template not fully evaluated): .*")
                    .doesNotContain("null").doesNotContain("\n");
            assertThat(f.span().file()).isSameAs(file);
        }
        return new Read(ws.parseFailures(), ws);
    }

    /** The whole engine (readers, sources, no rule) on a folder: no internal error, failures in their files. */
    static LintResult lint(Path dir, ParseLimits limits) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            LintResult r = new Linter(RuleRegistry.of(List.of()), LintConfig.defaults(dir), 2, limits, dir).lint(List.of(dir));
            assertThat(r.internalErrors()).isEmpty();
            for (ParseFailure f : r.workspace().parseFailures()) {
                assertThat(f.message()).doesNotContain("internal error").doesNotContain("Exception").doesNotContain("\n");
                assertThat(f.span().start()).isBetween(0, f.span().file().text().length());
            }
            return r;
        });
    }

    /** The only failure of a run. */
    static ParseFailure onlyFailure(LintResult r) {
        assertThat(r.workspace().parseFailures()).as("failures").hasSize(1);
        return r.workspace().parseFailures().get(0);
    }

    static void assertAt(ParseFailure f, int line, int column) {
        assertThat(f.span().startLine()).as("line of: %s", f.message()).isEqualTo(line);
        assertThat(f.span().startColumn()).as("column of: %s", f.message()).isEqualTo(column);
    }

    static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A template of one role whose properties are {@code properties} (each line indented by 6). */
    static String role(String properties) {
        return """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                """ + properties.indent(6);
    }
}
