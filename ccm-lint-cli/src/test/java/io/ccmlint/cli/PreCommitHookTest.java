package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hooks of {@code .pre-commit-hooks.yaml}, run by the real {@code pre-commit} with
 * {@code try-repo} in a temporary git repository, as a user's commit runs them.
 *
 * <p>The hook repository is this repository's {@code .pre-commit-hooks.yaml} and {@code ccm-lint}
 * launcher, byte for byte, committed in a temporary repository together with a launcher jar at
 * {@code ccm-lint-cli/target/ccm-lint.jar} whose manifest points at this module's classes and
 * dependencies (the tests run before the shaded jar is packaged). So what is proven is the hook
 * definitions, the launcher, and the command line on staged files; the launcher's first-use build
 * is what {@code ./ccm-lint} always does.
 *
 * <p>Needs {@code pre-commit} (Debian package {@code pre-commit}, installed by {@code .ci/run}).
 * Without it the test is skipped with a message, except under {@code CI=true}, where it fails.
 */
class PreCommitHookTest {
    static Path work;
    static Path hookRepo;
    static Map<String, String> env;

    @BeforeAll
    static void hookRepository() throws Exception {
        if (!onPath("pre-commit")) {
            String why = "pre-commit is not installed (apt-get install pre-commit): the pre-commit hook test is skipped";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why.replace("is skipped", "cannot run") + " and CI=true");
            }
            System.err.println("WARNING: " + why);
            Assumptions.abort(why);
        }
        work = Path.of("target", "pre-commit-test").toAbsolutePath();
        Cli.deleteRecursively(work);
        hookRepo = Files.createDirectories(work.resolve("hook-repo"));
        Path root = Path.of("..").toAbsolutePath().normalize();
        Files.copy(root.resolve(".pre-commit-hooks.yaml"), hookRepo.resolve(".pre-commit-hooks.yaml"));
        Files.copy(root.resolve("ccm-lint"), hookRepo.resolve("ccm-lint"));
        hookRepo.resolve("ccm-lint").toFile().setExecutable(true);
        Files.createDirectories(hookRepo.resolve("ccm-lint-cli/target"));
        launcherJar(hookRepo.resolve("ccm-lint-cli/target/ccm-lint.jar"));
        env = Map.of("PRE_COMMIT_HOME", work.resolve("cache").toString(),
                "PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"),
                "GIT_AUTHOR_NAME", "ccm-lint test", "GIT_AUTHOR_EMAIL", "test@example.com",
                "GIT_COMMITTER_NAME", "ccm-lint test", "GIT_COMMITTER_EMAIL", "test@example.com",
                "GIT_CONFIG_NOSYSTEM", "1", "PRE_COMMIT_COLOR", "never");
        run(hookRepo, "git", "init", "-q");
        run(hookRepo, "git", "add", "-A");
        run(hookRepo, "git", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "hooks");
    }

    @Test
    void failingThenPassingCommit() throws Exception {
        Path repo = userRepository("check");
        // a trust policy anyone can assume: the commit must not pass
        Path trust = repo.resolve("iam/trust/CiDeployer.json");
        Files.createDirectories(trust.getParent());
        Files.writeString(trust, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n"
                + "      \"Principal\": {\"AWS\": \"*\"},\n      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}\n");
        Files.writeString(repo.resolve("README.md"), "not linted\n");
        run(repo, "git", "add", "-A");
        Result bad = run(repo, "pre-commit", "try-repo", hookRepo.toString(), "ccm-lint");
        assertThat(bad.exit()).as(bad.out()).isEqualTo(1);
        assertThat(bad.out()).contains("ccm-lint.................................................................Failed")
                .contains("iam/trust/CiDeployer.json:6:28: error CCM208 trust-principal-wildcard: any AWS account may assume this role")
                .contains("1 file, 1 finding (1 error, 0 warnings), 0 fixable");
        // pinned to one account's role: now it passes, and the commit is made
        Files.writeString(trust, Files.readString(trust).replace("\"AWS\": \"*\"", "\"AWS\": \"arn:aws:iam::123456789012:role/ci\""));
        run(repo, "git", "add", "-A");
        Result good = run(repo, "pre-commit", "try-repo", hookRepo.toString(), "ccm-lint");
        assertThat(good.exit()).as(good.out()).isZero();
        assertThat(good.out()).contains("ccm-lint.................................................................Passed");
        assertThat(run(repo, "git", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "trust").exit()).isZero();
    }

    @Test
    void unchangedFilesAreContextNotReported() throws Exception {
        Path repo = userRepository("context");
        // a connector role folder: DescribeRegions is in the committed policy, the staged one relies on it (CCM101)
        Files.writeString(repo.resolve(".ccm-lint.yml"), "connectorPolicies: [\"roles/**\"]\n");
        Path dir = Files.createDirectories(repo.resolve("roles/s3"));
        Files.writeString(dir.resolve("DescribeRegions.json"), policy("ec2:DescribeRegions"));
        run(repo, "git", "add", "-A");
        run(repo, "git", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "role");
        Files.writeString(dir.resolve("S3Read.json"), policy("s3:GetObject"));
        Files.writeString(repo.resolve("roles/Unstaged.json"), "{\"Statement\": [{\"Effect\": \"allow\"}]}\n");
        run(repo, "git", "add", "roles/s3/S3Read.json");
        Result r = run(repo, "pre-commit", "try-repo", hookRepo.toString(), "ccm-lint");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).doesNotContain("CCM");
    }

    @Test
    void fixHookEditsTheStagedFile() throws Exception {
        Path repo = userRepository("fix");
        Path p = repo.resolve("policy.json");
        Files.writeString(p, "{\n  \"Statement\": [\n    {\"Sid\": \"Read\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}\n  ]\n}\n");
        run(repo, "git", "add", "-A");
        Result r = run(repo, "pre-commit", "try-repo", hookRepo.toString(), "ccm-lint-fix");
        assertThat(r.exit()).as(r.out()).isEqualTo(1); // pre-commit fails a hook that modified files
        assertThat(r.out()).contains("ccm-lint fix").contains("files were modified by this hook");
        assertThat(Files.readString(p)).startsWith("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n");
        run(repo, "git", "add", "-A");
        assertThat(run(repo, "pre-commit", "try-repo", hookRepo.toString(), "ccm-lint-fix").exit()).isZero();
    }

    @Test
    void fiveStagedFilesWallTime() throws Exception {
        Path repo = userRepository("timing");
        for (int i = 0; i < 5; i++) {
            Files.writeString(repo.resolve("policy" + i + ".json"), policy("s3:GetObject"));
        }
        run(repo, "git", "add", "-A");
        run(repo, "pre-commit", "try-repo", hookRepo.toString(), "ccm-lint"); // warm: pre-commit clones the hook repository once
        long start = System.nanoTime();
        Result r = run(repo, "pre-commit", "try-repo", hookRepo.toString(), "ccm-lint");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.exit()).as(r.out()).isZero();
        System.err.println("pre-commit try-repo ccm-lint, 5 staged files: " + ms + " ms wall time");
    }

    private static String policy(String action) {
        return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Sid\": \"A\", \"Effect\": \"Allow\", \"Action\": \""
                + action + "\", \"Resource\": \"*\"}\n  ]\n}\n";
    }

    private static Path userRepository(String name) throws Exception {
        Path repo = Files.createDirectories(work.resolve(name));
        run(repo, "git", "init", "-q");
        return repo;
    }

    /** A jar whose manifest names io.ccmlint.cli.Main and this test run's class path (absolute file URLs). */
    private static void launcherJar(Path jar) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty() && !entry.contains("surefire")) {
                urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
            }
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
    }

    record Result(int exit, String out) {
    }

    private static Result run(Path dir, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env == null ? Map.of() : env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", cmd) + " did not finish: " + out);
        }
        if (cmd[0].equals("git") && p.exitValue() != 0) {
            fail(String.join(" ", cmd) + " failed: " + out);
        }
        return new Result(p.exitValue(), out);
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
