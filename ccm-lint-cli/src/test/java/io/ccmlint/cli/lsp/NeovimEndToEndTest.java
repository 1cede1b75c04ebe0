package io.ccmlint.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real client: Neovim headless (Debian package {@code neovim}, 0.7.2, installed by {@code .ci/run})
 * runs {@code ccm-lint lsp} through its built-in LSP client, applies the quick fix of a policy
 * without a Version and writes the file; the file's bytes are then checked here. Without
 * {@code nvim} the test is skipped with a message, except under {@code CI=true}, where it fails.
 */
class NeovimEndToEndTest {
    @TempDir
    Path dir;

    private static final String POLICY = "{\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n"
            + "      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::artifacts/*\"\n    }\n  ]\n}\n";

    @Test
    void neovimAppliesTheQuickFixAndWritesTheFile() throws Exception {
        requireNeovim();
        Path file = Files.writeString(dir.resolve("policy.json"), POLICY);
        List<String> result = neovim("neovim-quickfix.lua", file, Map.of());
        assertThat(result).containsExactly("diagnostic CCM108 0:0 ccm-lint", "applied CCM108: set Version to 2012-10-17", "clean");
        assertThat(Files.readString(file)).isEqualTo(POLICY.replace("{\n  \"Statement\"",
                "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\""));
    }

    /** Neovim 0.7 cannot watch files for a server: the server watches the folder, so a trust policy rewritten on disk clears the finding. */
    @Test
    void aFileChangedOnDiskBehindNeovimIsSeen() throws Exception {
        requireNeovim();
        Path repo = Files.createDirectories(dir.resolve("repo")); // the client's root folder
        Path accounts = Files.writeString(repo.resolve("service-accounts.yaml"), WorkspaceChangesTest.ACCOUNTS);
        Path trust = Files.writeString(repo.resolve("GitOpsAgent.json"), WorkspaceChangesTest.TRUST);
        Path fixed = Files.writeString(Files.createDirectories(dir.resolve("fixed")).resolve("GitOpsAgent.json"),
                WorkspaceChangesTest.TRUST_BOTH);
        List<String> result = neovim("neovim-watch.lua", accounts, Map.of("CCM_TRUST", trust.toString(),
                "CCM_FIXED_TRUST", fixed.toString()));
        assertThat(result).containsExactly("diagnostic CCM302 14", "clean");
    }

    /** Runs the script in a headless Neovim whose LSP client starts the server from this class path; the lines it wrote. */
    private List<String> neovim(String scriptName, Path file, Map<String, String> env) throws Exception {
        Path script = dir.resolve(scriptName);
        try (InputStream in = getClass().getResourceAsStream("/lsp/" + scriptName)) {
            Files.write(script, in.readAllBytes());
        }
        Path result = dir.resolve("result.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String serverCmd = "[" + String.join(",", List.of(java, "-cp", System.getProperty("java.class.path"),
                "io.ccmlint.cli.Main", "lsp", "--debounce", "50").stream().map(NeovimEndToEndTest::json).toList()) + "]";
        ProcessBuilder pb = new ProcessBuilder("nvim", "--headless", "--clean", "-n", "-c", "luafile " + script)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("nvim.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().put("CCM_FILE", file.toString());
        pb.environment().put("CCM_RESULT", result.toString());
        pb.environment().put("CCM_SERVER_CMD", serverCmd);
        pb.environment().put("HOME", dir.toString()); // no user configuration, no shada in the real home
        pb.environment().putAll(env);
        Process nvim = pb.start();
        nvim.getOutputStream().close();
        if (!nvim.waitFor(3, TimeUnit.MINUTES)) {
            nvim.destroyForcibly();
            fail("nvim did not finish within 3 minutes; " + describe(result, dir.resolve("nvim.log")));
        }
        assertThat(nvim.exitValue()).as(describe(result, dir.resolve("nvim.log"))).isZero();
        return Files.readAllLines(result);
    }

    private static String describe(Path result, Path log) throws java.io.IOException {
        return "result: " + (Files.exists(result) ? Files.readString(result) : "(none)") + "; nvim: "
                + (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void requireNeovim() {
        boolean found = System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "nvim")));
        if (!found) {
            String why = "nvim is not installed (apt-get install neovim): the Neovim end-to-end test is skipped";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why.replace("is skipped", "cannot run") + " and CI=true");
            }
            System.err.println("WARNING: " + why);
            Assumptions.abort(why);
        }
    }
}
