package io.ccmlint.cli;

import static io.ccmlint.cli.ChangedSinceTest.git;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --changed-since REF}: the base workspace is read from git's objects at the merge base,
 * with a real {@code git} in a repository of its own; nothing is checked out or changed.
 */
class GitBaseFilesTest {
    @TempDir
    Path repo;

    private static String trust(String account) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\":"
                + " \"arn:aws:iam::" + account + ":root\"}, \"Action\": \"sts:AssumeRole\"}]}\n";
    }

    private static final String PERMISSION = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
            + " \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}\n";

    private void write(String path, String text) throws IOException {
        Files.createDirectories(repo.resolve(path).getParent());
        Files.writeString(repo.resolve(path), text);
    }

    /** main: four files; feature (checked out): one modified, one deleted, one added, then uncommitted work. */
    @BeforeEach
    void repositoryWithAPullRequest() throws Exception {
        git(repo, "init", "-q", "-b", "main");
        write(".gitignore", "secret/\n");
        write("iam/modified.json", trust("111111111111"));
        write("iam/deleted.json", trust("222222222222"));
        write("iam/same.json", trust("333333333333"));
        write("iam/with space.json", trust("444444444444"));
        write("iam/a-permission.json", PERMISSION);
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "base");
        git(repo, "checkout", "-q", "-b", "feature");
        write("iam/modified.json", trust("999999999999"));
        Files.delete(repo.resolve("iam/deleted.json"));
        write("iam/added.json", trust("555555555555"));
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "change");
        write("iam/staged.json", trust("666666666666"));
        git(repo, "add", "iam/staged.json");
        write("iam/untracked.json", trust("777777777777"));
        write("iam/same.json", trust("333333333333") + "\n"); // an uncommitted edit
        write("secret/ignored.json", trust("888888888888")); // ignored by git and by the walk
    }

    /** The options {@code check --changed-since main REPO} makes, with these rules instead of the built-in ones. */
    private LinterOptions options(Rule... rules) throws Exception {
        LintOptions lint = new LintOptions();
        lint.paths = List.of(repo);
        lint.changedSince = "main";
        LinterOptions given = lint.options().build();
        return LinterOptions.builder(RuleRegistry.of(List.of(rules))).config(given.config()).jobs(2).displayBase(repo)
                .reportOnlyFiles(given.reportOnlyFiles()).baseFiles(given.baseFiles()).build();
    }

    private LintResult lint(LinterOptions options) throws Exception {
        return LinterFactory.create(options).lint(List.of(repo));
    }

    private static List<String> policyFiles(Workspace ws) {
        return ws.policies().stream().map(p -> p.file().displayPath()).toList();
    }

    private static SourceFile fileOf(Workspace ws, String shown) {
        return ws.policies().stream().map(PolicyDocument::file).filter(f -> f.displayPath().equals(shown)).findFirst()
                .orElseThrow(() -> new AssertionError(shown + " not in " + policyFiles(ws)));
    }

    @Test
    void theBaseHoldsTheFilesOfTheMergeBaseAtTheirPaths() throws Exception {
        LinterOptions options = options();
        Workspace head = lint(options).workspace();
        Workspace base = head.base().orElseThrow();
        assertThat(policyFiles(base)).containsExactly("iam/deleted.json", "iam/modified.json", "iam/same.json",
                "iam/with space.json");
        assertThat(policyFiles(head)).containsExactly("iam/added.json", "iam/modified.json", "iam/same.json",
                "iam/staged.json", "iam/untracked.json", "iam/with space.json");
        SourceFile before = fileOf(base, "iam/modified.json");
        SourceFile now = fileOf(head, "iam/modified.json");
        assertThat(before.path()).isEqualTo(now.path());
        assertThat(before.text()).isEqualTo(trust("111111111111"));
        assertThat(now.text()).isEqualTo(trust("999999999999"));
        assertThat(fileOf(base, "iam/same.json").text()).as("the committed text, not the uncommitted edit")
                .isEqualTo(trust("333333333333"));
        for (String changed : List.of("iam/modified.json", "iam/added.json", "iam/staged.json", "iam/untracked.json",
                "iam/same.json")) {
            assertThat(head.changedSinceBase(fileOf(head, changed))).as(changed).isTrue();
        }
        assertThat(head.changedSinceBase(fileOf(head, "iam/with space.json"))).isFalse();
        // one ls-tree, one cat-file process for every file
        assertThat(((GitBaseFiles) options.baseFiles()).gitRuns()).isEqualTo(2);
    }

    @Test
    void nothingIsCheckedOutNorChanged() throws Exception {
        String status = gitOut("status", "--porcelain", "--untracked-files=all", "--ignored");
        String index = gitOut("ls-files", "--stage");
        String head = gitOut("rev-parse", "HEAD");
        List<String> files = filesIn(repo);
        Workspace ws = lint(options()).workspace();
        assertThat(ws.base()).isPresent();
        assertThat(gitOut("status", "--porcelain", "--untracked-files=all", "--ignored")).isEqualTo(status).isNotEmpty();
        assertThat(gitOut("ls-files", "--stage")).isEqualTo(index);
        assertThat(gitOut("rev-parse", "HEAD")).isEqualTo(head);
        assertThat(filesIn(repo)).isEqualTo(files);
        assertThat(Files.exists(repo.resolve("iam/deleted.json"))).isFalse();
    }

    @RuleInfo(id = "TST811", slug = "never-asks", title = "never asks for the base", severity = Severity.INFO)
    static final class NeverAsks implements Rule {
        @Override
        public void check(RuleContext context) {
            context.workspace().policies();
        }
    }

    @Test
    void gitIsNotRunForTheBaseUnlessARuleAsks() throws Exception {
        LinterOptions options = options(new NeverAsks());
        lint(options);
        assertThat(((GitBaseFiles) options.baseFiles()).gitRuns()).isZero();
    }

    /** Per workspace a rule ran on, the base it got. */
    static final Map<Workspace, Workspace> SEEN = Collections.synchronizedMap(new IdentityHashMap<>());

    @RuleInfo(id = "TST812", slug = "asks", title = "asks for the base", severity = Severity.INFO)
    static final class Asks implements Rule {
        @Override
        public void check(RuleContext context) {
            SEEN.put(context.workspace(), context.workspace().base().orElseThrow());
        }
    }

    @Test
    void aFileCheckedOnItsOwnGetsTheRunsBase() throws Exception {
        SEEN.clear();
        write("iam/a-permission.json", PERMISSION + "\n"); // changed, so reported on, so checked
        LinterOptions options = options(new Asks());
        Workspace head = lint(options).workspace();
        Workspace base = head.base().orElseThrow();
        assertThat(SEEN).hasSize(2).containsEntry(head, base);
        Workspace alone = SEEN.keySet().stream().filter(ws -> ws != head).findFirst().orElseThrow();
        assertThat(policyFiles(alone)).containsExactly("iam/a-permission.json");
        assertThat(SEEN.get(alone)).isSameAs(base);
        assertThat(((GitBaseFiles) options.baseFiles()).gitRuns()).isEqualTo(2);
    }

    @Test
    void aFileCheckedOnItsOwnThatIsNotReportedOnIsNotChecked() throws Exception {
        SEEN.clear();
        Workspace head = lint(options(new Asks())).workspace();
        assertThat(SEEN.keySet()).as("only the run's workspace: the unchanged iam/a-permission.json is not checked").containsOnly(head);
    }

    @Test
    void anUntrackedFileBesideTheFirstPathIsChangedToo() throws Exception {
        write("other/new.json", trust("121212121212"));
        LintOptions lint = new LintOptions();
        lint.paths = List.of(repo.resolve("iam"), repo.resolve("other"));
        lint.changedSince = "main";
        LinterOptions given = lint.options().build();
        Path added = repo.resolve("other/new.json").toAbsolutePath().normalize();
        assertThat(given.reportOnlyFiles()).contains(added, repo.resolve("iam/untracked.json").toAbsolutePath().normalize());
        assertThat(given.baseFiles().changed()).isEqualTo(given.reportOnlyFiles());
    }

    private String gitOut(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    /** Every file and folder below {@code dir} but .git's, with its size and modification time. */
    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !dir.relativize(p).startsWith(".git"))
                    .map(p -> {
                        try {
                            return dir.relativize(p) + " " + Files.size(p) + " " + Files.getLastModifiedTime(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).sorted().toList();
        }
    }
}
