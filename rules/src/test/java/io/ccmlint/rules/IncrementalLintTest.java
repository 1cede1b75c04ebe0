package io.ccmlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLoader;
import io.ccmlint.core.engine.LintMemory;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.suppress.SuppressedFinding;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lint with a {@link LintMemory} (the language server's) gives exactly what a fresh lint of the
 * same texts gives, after any sequence of edits: open buffers edited, saved, closed; files changed,
 * created and deleted on disk. Over a copy of {@code examples/}, whose files reach across each
 * other (trust policies and the service accounts and connectors that use their roles, Terraform
 * modules and their calls, connector policy folders), with seeded random edits.
 */
class IncrementalLintTest {
    private static final ClassLoader LOADER = IncrementalLintTest.class.getClassLoader();
    /** Edits that change what rules see without breaking the file: each replaces one occurrence. */
    private static final String[][] SWAPS = {
        {"\"Allow\"", "\"Deny\""}, {"\"Deny\"", "\"Allow\""}, {"\"2012-10-17\"", "\"2008-10-17\""},
        {"\"Version\"", "\"Versio\""}, {"s3:GetObject", "s3:*"}, {"\"Action\": \"", "\"Action\": \"*"},
        {":role/", ":role/x"}, {"123456789012", "210987654321"}, {"sts:AssumeRoleWithWebIdentity", "sts:AssumeRole"},
        {"Allow", "Deny"}, {"role-arn: ", "role-arn: x"}, {"serviceAccountName: ", "serviceAccountName: x"},
        {"= \"", "= \"x"}, {"true", "false"}, {"arn:aws:", "arn:aws-us-gov:"}, {"Harness", "Harnes"},
    };

    @TempDir
    Path dir;

    @Test
    void afterEveryEditTheRememberingLintEqualsAFreshOne() throws Exception {
        List<Path> files = copyExamples();
        Linter remembering = linter();
        LintMemory memory = new LintMemory();
        Map<Path, String> open = new HashMap<>();
        Random random = new Random(21);
        assertSame(remembering.lint(List.of(dir), open, memory), fresh(open), "first lint");
        int newFiles = 0;
        int kept = 0;
        for (int step = 1; step <= 100; step++) {
            Path file = files.get(random.nextInt(files.size()));
            String what;
            switch (random.nextInt(11)) {
                case 0, 1, 2, 3 -> { // an edit in the editor, not saved
                    open.put(file, mutate(text(file, open), random));
                    what = "edit " + file;
                }
                case 4 -> { // saved: the disk now holds the buffer's text
                    boolean created = !Files.exists(file);
                    Files.writeString(file, open.getOrDefault(file, mutate(text(file, open), random)));
                    touch(file, step);
                    if (created) { // a file deleted before: saving creates it, and a watcher says so
                        memory.filesCreatedOrDeleted();
                    }
                    memory.changedOnDisk(file);
                    what = "save " + file;
                }
                case 5 -> { // closed without saving: the disk's text again
                    open.remove(file);
                    what = "close " + file;
                }
                case 6 -> { // changed on disk by another program while not open
                    if (!open.containsKey(file) && Files.exists(file)) {
                        Files.writeString(file, mutate(Files.readString(file), random));
                        touch(file, step);
                        memory.changedOnDisk(file);
                    }
                    what = "change on disk " + file;
                }
                case 7 -> { // a new file beside it (a copy under a new name), told as a watcher would
                    Path copy = file.resolveSibling("new-" + (newFiles++) + "-" + file.getFileName());
                    Files.writeString(copy, text(file, open));
                    files.add(copy);
                    memory.filesCreatedOrDeleted();
                    what = "create " + copy;
                }
                case 8 -> { // deleted on disk (an open buffer of it stays, as in an editor)
                    Files.deleteIfExists(file);
                    memory.filesCreatedOrDeleted();
                    what = "delete " + file;
                }
                case 9 -> { // a file a source reads besides the linted ones: Terraform's variable values
                    Path tfvars = dir.resolve("terraform/s3-artifacts-connector/terraform.tfvars");
                    String[] values = {"*", "arn:aws:iam::123456789012:role/ci", "arn:aws:iam::123456789012:root"};
                    Files.writeString(tfvars, "delegate_role_arn = \"" + values[random.nextInt(values.length)] + "\"\n");
                    touch(tfvars, step);
                    memory.changedOnDisk(tfvars);
                    what = "terraform.tfvars";
                }
                default -> { // a new buffer never saved
                    Path draft = file.resolveSibling("draft-" + step + "-" + file.getFileName());
                    open.put(draft, mutate(text(file, open), random));
                    what = "new buffer " + draft;
                }
            }
            if (step == 41) {
                memory.watched(true); // from here on the memory is told of every change on disk, as by a watcher
            }
            LintResult incremental = remembering.lint(List.of(dir), open, memory);
            assertSame(incremental, fresh(open), "step " + step + ": " + what);
            kept += memory.lastLint().newGeneration() ? 0 : 1;
        }
        assertThat(kept).as("lints that kept the workspace's generation").isPositive();
    }

    @Test
    void anEditRereadsOnlyTheEditedFileAndReplaysTheRulesOfTheOthers() throws Exception {
        copyExamples();
        Linter linter = linter();
        LintMemory memory = new LintMemory();
        Map<Path, String> open = new HashMap<>();
        linter.lint(List.of(dir), open, memory);
        LintMemory.Stats first = memory.lastLint();
        assertThat(first.read()).isEqualTo(first.files());
        assertThat(first.rulesReplayed()).isZero();

        Path permission = dir.resolve("iam/policies/ecr-pull.json"); // a policy checked on its own
        open.put(permission, Files.readString(permission).replace("\"Version\"", "\"Versio\""));
        LintResult r = linter.lint(List.of(dir), open, memory);
        LintMemory.Stats edited = memory.lastLint();
        assertThat(edited.read()).isEqualTo(1);
        assertThat(edited.reused()).isEqualTo(first.files() - 1);
        assertThat(edited.checkedAlone()).isPositive();
        assertThat(edited.rulesReplayed()).isPositive();
        assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("CCM108") && f.span().file().path().equals(permission));

        assertThat(edited.newGeneration()).isTrue(); // no watcher: the workspace may have changed on disk
        int fileRules = edited.rulesReplayed();

        memory.watched(true);
        linter.lint(List.of(dir), open, memory);
        open.put(permission, Files.readString(permission));
        linter.lint(List.of(dir), open, memory);
        LintMemory.Stats watched = memory.lastLint();
        assertThat(watched.walked()).isFalse();
        assertThat(watched.read()).isEqualTo(1);
        assertThat(watched.newGeneration()).isFalse(); // its ARNs are the same: the workspace is as it was
        assertThat(watched.rulesReplayed()).isGreaterThan(fileRules); // every rule replayed on the other files

        Path trust = dir.resolve("iam/trust/Deployer.json"); // part of the workspace: others are checked against it
        open.put(trust, Files.readString(trust) + "\n");
        linter.lint(List.of(dir), open, memory);
        assertThat(memory.lastLint().read()).isEqualTo(1);
        assertThat(memory.lastLint().newGeneration()).isTrue();
        // the rules that asked across files ran again, the others were replayed
        int rules = RuleRegistry.discover(LOADER).activate(ConfigLoader.load(dir.resolve(".ccm-lint.yml"))).size();
        assertThat(memory.lastLint().rulesReplayed()).isGreaterThanOrEqualTo(fileRules)
                .isLessThan(rules * memory.lastLint().checkedAlone());

        linter.lint(List.of(dir), open, memory);
        assertThat(memory.lastLint().newGeneration()).isFalse();
        Path tfvars = Files.writeString(dir.resolve("terraform/s3-artifacts-connector/terraform.tfvars"),
                "delegate_role_arn = \"*\"\n"); // read by the Terraform source, not a linted file
        memory.changedOnDisk(tfvars);
        LintResult withVars = linter.lint(List.of(dir), open, memory);
        assertThat(memory.lastLint().newGeneration()).isTrue();
        assertThat(memory.lastLint().read()).isZero();
        assertSame(withVars, fresh(open), "terraform.tfvars");
        assertThat(withVars.findings()).anyMatch(f -> f.ruleId().equals("CCM208")
                && f.span().file().path().endsWith("s3-artifacts-connector/terraform.tfvars"));
    }

    @Test
    void aRoleArnEditedInOneFileCheckedOnItsOwnChangesTheFixOfAnother() throws Exception {
        Files.writeString(dir.resolve(".ccm-lint.yml"), "rules: {}\n");
        Path pass = Files.writeString(dir.resolve("HarnessEcsPassRole.json"), "{\"Version\": \"2012-10-17\", \"Statement\": "
                + "[{\"Effect\": \"Allow\", \"Action\": \"iam:PassRole\", \"Resource\": \"*\"}]}\n");
        Path task = dir.resolve("taskdef.json"); // an ECS task definition: no policy, only its ARNs count
        String taskText = "{\"family\": \"web\", \"executionRoleArn\": \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\"}\n";
        Files.writeString(task, taskText);
        Linter linter = linter();
        LintMemory memory = new LintMemory();
        memory.watched(true);
        Map<Path, String> open = new HashMap<>();
        assertSame(linter.lint(List.of(dir), open, memory), fresh(open), "first");
        open.put(task, taskText.replace("ecsTaskExecutionRole", "webTaskRole"));
        LintResult edited = linter.lint(List.of(dir), open, memory);
        assertThat(memory.lastLint().newGeneration()).isTrue(); // the ARNs the workspace knows changed
        assertSame(edited, fresh(open), "ARN edited");
        assertThat(edited.findings()).filteredOn(f -> f.span().file().path().equals(pass))
                .anyMatch(f -> f.ruleId().equals("CCM104") && f.fix() != null
                        && f.fix().edits().stream().anyMatch(e -> e.replacement().contains("role/webTaskRole")));
    }

    @Test
    void aModuleOutsideTheFolderChangedOnDiskIsSeenWithoutBeingTold() throws Exception {
        Path examples = Path.of("src/main/resources/META-INF/ccm-lint/examples/CCM302/bad/terraform-module").toAbsolutePath();
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve(".ccm-lint.yml"), "rules: {}\n");
        Files.writeString(repo.resolve("main.tf"), Files.readString(examples.resolve("main.tf"))
                .replace("./modules/irsa-role", "../modules/irsa-role")); // read by the Terraform source, not linted
        Files.copy(examples.resolve("service-accounts.yaml"), repo.resolve("service-accounts.yaml"));
        Path module = Files.createDirectories(dir.resolve("modules/irsa-role")).resolve("main.tf");
        Files.copy(examples.resolve("modules/irsa-role/main.tf"), module);
        Linter linter = new Linter(RuleRegistry.discover(LOADER), ConfigLoader.load(repo.resolve(".ccm-lint.yml")), 2,
                ParseLimits.DEFAULT, repo);
        LintMemory memory = new LintMemory();
        memory.watched(true); // a watcher of the folder: it does not see the module
        LintResult before = linter.lint(List.of(repo), Map.of(), memory);
        assertThat(before.findings()).extracting(Finding::ruleId).contains("CCM302");
        linter.lint(List.of(repo), Map.of(), memory);
        assertThat(memory.lastLint().newGeneration()).isFalse();

        Files.writeString(module, Files.readString(module).replace("name = var.role_name", "name = \"SomeOtherRole\""));
        touch(module, 1);
        LintResult after = linter.lint(List.of(repo), Map.of(), memory);
        assertThat(memory.lastLint().newGeneration()).isTrue();
        assertThat(render(after)).isEqualTo(render(new Linter(RuleRegistry.discover(LOADER),
                ConfigLoader.load(repo.resolve(".ccm-lint.yml")), 2, ParseLimits.DEFAULT, repo).lint(List.of(repo))));
        assertThat(after.findings()).extracting(Finding::ruleId).doesNotContain("CCM302");
    }

    @Test
    void aParameterFileCheckedOnItsOwnIsAlsoReadByTheCloudFormationSource() throws Exception {
        Files.writeString(dir.resolve(".ccm-lint.yml"), "cloudformation:\n  stacks:\n    - template: \"cfn/stack.yaml\"\n"
                + "      parameterFiles: [\"cfn/params.json\"]\n");
        Path cfn = Files.createDirectories(dir.resolve("cfn"));
        Files.writeString(cfn.resolve("stack.yaml"), "AWSTemplateFormatVersion: \"2010-09-09\"\nParameters:\n  Bucket:\n"
                + "    Type: String\n    Default: \"arn:aws:s3:::artifacts/*\"\nResources:\n  Upload:\n"
                + "    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: \"2012-10-17\"\n"
                + "        Statement:\n          - Effect: Allow\n            Action: s3:PutObject\n            Resource: !Ref Bucket\n");
        Path params = Files.writeString(cfn.resolve("params.json"), "[{\"ParameterKey\": \"Bucket\", \"ParameterValue\": \"*\"}]\n");
        Linter linter = linter();
        LintMemory memory = new LintMemory();
        memory.watched(true);
        assertThat(linter.lint(List.of(dir), Map.of(), memory).findings()).extracting(Finding::ruleId).contains("CCM103");
        linter.lint(List.of(dir), Map.of(), memory);
        assertThat(memory.lastLint().newGeneration()).isFalse();

        Files.writeString(params, "[{\"ParameterKey\": \"Bucket\", \"ParameterValue\": \"arn:aws:s3:::artifacts/*\"}]\n");
        touch(params, 1); // not told: the lint may start before the watcher's news
        LintResult after = linter.lint(List.of(dir), Map.of(), memory);
        assertThat(memory.lastLint().newGeneration()).isTrue();
        assertSame(after, fresh(Map.of()), "parameter file changed");
        assertThat(after.findings()).extracting(Finding::ruleId).doesNotContain("CCM103");
    }

    @Test
    void aFileChangedOnDiskIsReadAgainByItsSizeAndTime() throws Exception {
        copyExamples();
        Linter linter = linter();
        LintMemory memory = new LintMemory();
        linter.lint(List.of(dir), Map.of(), memory);
        Path policy = dir.resolve("iam/policies/ecr-pull.json");
        Files.writeString(policy, Files.readString(policy).replace("\"Version\"", "\"Versio\""));
        touch(policy, 1);
        LintResult r = linter.lint(List.of(dir), Map.of(), memory);
        assertThat(memory.lastLint().read()).isEqualTo(1);
        assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("CCM108") && f.span().file().path().equals(policy));
    }

    private List<Path> copyExamples() throws Exception {
        Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(examples)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                Path to = dir.resolve(examples.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
                if (!to.getFileName().toString().startsWith(".") && !to.toString().endsWith(".md")) {
                    out.add(to);
                }
            }
        }
        return out;
    }

    private Linter linter() throws Exception {
        return new Linter(RuleRegistry.discover(LOADER), ConfigLoader.load(dir.resolve(".ccm-lint.yml")), 2,
                ParseLimits.DEFAULT, dir);
    }

    /** A lint from scratch: a new linter, new rule instances, nothing remembered. */
    private LintResult fresh(Map<Path, String> open) throws Exception {
        return linter().lint(List.of(dir), open);
    }

    private static String text(Path file, Map<Path, String> open) throws Exception {
        String t = open.get(file);
        return t != null ? t : Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** One swap at a random occurrence, or (one time in five) a line dropped, which may break the file. */
    private static String mutate(String text, Random random) {
        List<String[]> applicable = Stream.of(SWAPS).filter(s -> text.contains(s[0])).toList();
        if (applicable.isEmpty() || random.nextInt(5) == 0) {
            String[] lines = text.split("\n", -1);
            int drop = random.nextInt(lines.length);
            List<String> kept = new ArrayList<>(List.of(lines));
            kept.remove(drop);
            return String.join("\n", kept);
        }
        String[] swap = applicable.get(random.nextInt(applicable.size()));
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(swap[0]); i >= 0; i = text.indexOf(swap[0], i + 1)) {
            at.add(i);
        }
        int i = at.get(random.nextInt(at.size()));
        return text.substring(0, i) + swap[1] + text.substring(i + swap[0].length());
    }

    /** A modification time of its own per step: some file systems keep whole seconds only. */
    private static void touch(Path file, int step) throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L + step * 1000L));
    }

    private static void assertSame(LintResult incremental, LintResult fresh, String when) {
        assertThat(render(incremental)).as(when).isEqualTo(render(fresh));
    }

    /** Everything a front end shows of a result: findings with fixes and related places, suppressed ones, errors, counts. */
    private static List<String> render(LintResult r) {
        List<String> out = new ArrayList<>();
        out.add("files " + r.filesChecked());
        r.findings().forEach(f -> out.add(render(f)));
        for (SuppressedFinding s : r.suppressed()) {
            out.add("suppressed " + s.source() + " " + s.justification() + " " + s.until() + " " + render(s.finding()));
        }
        r.internalErrors().forEach(e -> out.add("error " + e));
        r.workspace().parseFailures().forEach(p -> out.add("failure " + p.span() + " " + p.message()));
        return out;
    }

    private static String render(Finding f) {
        StringBuilder b = new StringBuilder(f.ruleId() + " " + f.severity() + " " + f.span().file().displayPath() + ":"
                + f.span().start() + "-" + f.span().end() + " " + f.message());
        if (f.fix() != null) {
            b.append(" | fix ").append(f.fix().safe()).append(' ').append(f.fix().description());
            f.fix().edits().forEach(e -> b.append(" [").append(e.span().file().displayPath()).append(':')
                    .append(e.span().start()).append('-').append(e.span().end()).append(' ').append(e.replacement()).append(']'));
        }
        f.related().forEach(x -> b.append(" | related ").append(x.span().file().displayPath()).append(':')
                .append(x.span().start()).append(' ').append(x.message()));
        return b.toString();
    }
}
