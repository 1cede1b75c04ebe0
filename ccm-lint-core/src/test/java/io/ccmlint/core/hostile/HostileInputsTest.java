package io.ccmlint.core.hostile;

import static io.ccmlint.core.hostile.Hostile.POLICY;
import static io.ccmlint.core.hostile.Hostile.assertAt;
import static io.ccmlint.core.hostile.Hostile.lint;
import static io.ccmlint.core.hostile.Hostile.onlyFailure;
import static io.ccmlint.core.hostile.Hostile.policies;
import static io.ccmlint.core.hostile.Hostile.policyFiles;
import static io.ccmlint.core.hostile.Hostile.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.ParseFailure;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile file contents (generated here, not committed): each has an asserted outcome, a located
 * CCM001 failure or a normal read, and a time bound (a hang fails the test instead of blocking it).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputsTest {
    @TempDir
    Path dir;

    // --- YAML alias bombs ------------------------------------------------------------------

    @Test
    void yamlBillionLaughs() throws Exception {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'i'; c++) {
            b.append(c).append(": &").append(c).append(" [")
                    .append(String.join(",", Collections.nCopies(9, "*" + prev))).append("]\n");
            prev = String.valueOf(c);
        }
        write(dir, "lol.yaml", b.toString());
        write(dir, "ok.json", POLICY);
        LintResult r = lint(dir);
        ParseFailure f = onlyFailure(r, "lol.yaml");
        assertThat(f.message()).isEqualTo("YAML uses more than 50 aliases to collections (an alias bomb)");
        assertAt(f, 7, 23); // the 51st alias

        assertThat(policies(r)).hasSize(1); // the run went on
    }

    @Test
    void yamlAliasBombWithinTheAliasCountIsStoppedByTheNodeBudget() throws Exception {
        // 7 levels of 7 aliases: 49 aliases (under the default maximum) expand to 8 * 7^7 (6.6 million) nodes
        StringBuilder b = new StringBuilder("l0: &l0 [x, y, z, u, v, w, t]\n");
        for (int i = 1; i <= 7; i++) {
            b.append("l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(7, "*l" + (i - 1)))).append("]\n");
        }
        write(dir, "bomb.yaml", b.toString());
        ParseFailure f = onlyFailure(lint(dir), "bomb.yaml");
        assertThat(f.message()).isEqualTo("YAML expands to more than 2000000 nodes through aliases");
        assertThat(f.span().startLine()).isEqualTo(8); // the list whose aliases expand too much

    }

    @Test
    void yamlAliasLimitsAreConfigurable() throws Exception {
        write(dir, "a.yaml", "base: &b {k: v}\nx: *b\ny: *b\nz: *b\n");
        assertThat(lint(dir).workspace().parseFailures()).isEmpty();
        ParseLimits two = new ParseLimits(500, 1000, 10_000, 2, 1000, ParseLimits.DEFAULT_FILE_TIMEOUT);
        ParseFailure f = onlyFailure(lint(dir, two), "a.yaml");
        assertThat(f.message()).isEqualTo("YAML uses more than 2 aliases to collections (an alias bomb)");
        assertAt(f, 4, 4);
        ParseLimits fewNodes = new ParseLimits(500, 1000, 10_000, 50, 5, ParseLimits.DEFAULT_FILE_TIMEOUT);
        assertThat(onlyFailure(lint(dir, fewNodes), "a.yaml").message())
                .isEqualTo("YAML expands to more than 5 nodes through aliases");
    }

    // --- nesting 100,000 deep --------------------------------------------------------------

    @Test
    void jsonNested100000Deep() throws Exception {
        write(dir, "deep.json", "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        ParseFailure f = onlyFailure(lint(dir), "deep.json");
        assertThat(f.message()).isEqualTo("JSON nested deeper than 500 levels");
        assertAt(f, 1, 505);
    }

    @Test
    void yamlNested100000Deep() throws Exception {
        write(dir, "flow.yaml", "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            block.append("- ");
        }
        write(dir, "block.yaml", block.append("x\n").toString());
        LintResult r = lint(dir);
        assertThat(r.workspace().parseFailures()).hasSize(2)
                .allSatisfy(f -> assertThat(f.message()).isEqualTo("YAML nested deeper than 500 levels"));
        assertThat(failure(r, "block.yaml").span().startLine()).isEqualTo(1);
        assertThat(failure(r, "block.yaml").span().startColumn()).isBetween(1000, 1004);
        assertThat(failure(r, "flow.yaml").span().startColumn()).isBetween(502, 505);
    }

    @Test
    void hclNested100000Deep() throws Exception {
        write(dir, "brackets.tf", "locals {\n  x = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n}\n"
                + "resource \"aws_iam_role\" \"after\" {\n  name = \"after\"\n}\n");
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            blocks.append("b {\n");
        }
        for (int i = 0; i < 100_000; i++) {
            blocks.append("}\n");
        }
        write(dir, "sub/blocks.tf", blocks.toString());
        write(dir, "sub2/templates.tf", "x = \"" + "${\"".repeat(100_000) + "\"}".repeat(100_000) + "\"\n");
        LintResult r = lint(dir);
        assertThat(r.workspace().parseFailures()).hasSize(3)
                .allSatisfy(f -> assertThat(f.message()).contains("nested too deeply"));
        ParseFailure brackets = r.workspace().parseFailures().stream()
                .filter(f -> f.span().file().displayPath().equals("brackets.tf")).findFirst().orElseThrow();
        assertAt(brackets, 2, 7 + 499); // the block is the first level
    }

    @Test
    void nestingLimitIsConfigurable() throws Exception {
        write(dir, "a.json", "[[[[[1]]]]]");
        write(dir, "b.yaml", "a: [[[[1]]]]\n");
        write(dir, "c.tf", "x = [[[[[1]]]]]\n");
        assertThat(lint(dir).workspace().parseFailures()).isEmpty();
        ParseLimits three = new ParseLimits(3, 1000, 10_000, 50);
        assertThat(lint(dir, three).workspace().parseFailures()).hasSize(3);
    }

    // --- size -------------------------------------------------------------------------------

    @Test
    void fiftyMegabyteSingleLineJson() throws Exception {
        StringBuilder b = new StringBuilder(50 * 1024 * 1024 + 100).append("{\"Version\":\"2012-10-17\",\"Statement\":[");
        String stmt = "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/" + "k".repeat(1_000_000) + "\"}";
        int n = 50 * 1024 * 1024 / stmt.length();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(stmt);
        }
        b.append("]}");
        assertThat(b.length()).isGreaterThan(49 * 1024 * 1024);
        write(dir, "big.json", b.toString());
        b = null;
        long t0 = System.nanoTime();
        LintResult r = lint(dir);
        assertThat(r.workspace().parseFailures()).isEmpty();
        assertThat(policies(r)).containsExactly("big.json: " + n + " statements");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(30);

        ParseLimits small = new ParseLimits(500, 20_000_000, 10 * 1024 * 1024, 50);
        ParseFailure f = onlyFailure(lint(dir, small), "big.json");
        assertThat(f.message()).isEqualTo("file is larger than 10485760 bytes (limits.maxFileSize); not read");
        assertAt(f, 1, 1);
    }

    @Test
    void tenMegabyteStrings() throws Exception {
        String ten = "x".repeat(10 * 1024 * 1024);
        write(dir, "s.json", "{\"Description\": \"" + ten + "\"}");
        write(dir, "s.yaml", "description: \"" + ten + "\"\n");
        write(dir, "s.tf", "locals {\n  s = \"" + ten + "\"\n}\n");
        write(dir, "heredoc.tf", "locals {\n  s = <<EOT\n" + ten + "\nEOT\n}\n");
        assertThat(lint(dir).workspace().parseFailures()).isEmpty();

        ParseLimits small = new ParseLimits(500, 1024 * 1024, 64L * 1024 * 1024, 50);
        ParseFailure f = onlyFailure(lint(dir, small), "s.json");
        assertThat(f.message()).isEqualTo("a JSON string is longer than 1048576 characters");
        assertThat(f.span().startLine()).isEqualTo(1);
    }

    // --- encodings and bytes ----------------------------------------------------------------

    @Test
    void invalidUtf8IsLocated() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("{\n  \"Version\": \"2012-10-17\",\n  \"Sid\": \"ab".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, '"', '\n', '}'});
        write(dir, "bad.json", b.toByteArray());
        write(dir, "bad.tf", new byte[] {'x', ' ', '=', ' ', '"', (byte) 0xFF, '"', '\n'});
        LintResult r = lint(dir);
        assertThat(r.workspace().parseFailures()).hasSize(2);
        ParseFailure json = r.workspace().parseFailures().get(0);
        assertThat(json.message()).isEqualTo("not valid UTF-8 text: invalid byte sequence at byte 41");
        assertAt(json, 3, 13);
        ParseFailure tf = r.workspace().parseFailures().get(1);
        assertThat(tf.message()).isEqualTo("not valid UTF-8 text: invalid byte sequence at byte 5");
        assertAt(tf, 1, 6);
    }

    @Test
    void utf16AndUtf32WithAByteOrderMark() throws Exception {
        write(dir, "le.json", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, POLICY.getBytes(StandardCharsets.UTF_16LE)));
        write(dir, "be.yaml", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "a: b\n".getBytes(StandardCharsets.UTF_16BE)));
        write(dir, "w.tf", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "x = 1\n".getBytes(java.nio.charset.Charset.forName("UTF-32LE"))));
        LintResult r = lint(dir);
        assertThat(r.workspace().parseFailures()).extracting(ParseFailure::message).containsExactly(
                "the file is UTF-16 text (it starts with a byte-order mark); ccm-lint reads UTF-8 only",
                "the file is UTF-16 text (it starts with a byte-order mark); ccm-lint reads UTF-8 only",
                "the file is UTF-32 text (it starts with a byte-order mark); ccm-lint reads UTF-8 only");
        r.workspace().parseFailures().forEach(f -> assertAt(f, 1, 1));
    }

    @Test
    void nulBytesAndBinaryFilesWithAKnownExtension() throws Exception {
        write(dir, "nul.json", "{\"Version\": \"2012-10-17\",\u0000 \"Statement\": []}");
        write(dir, "nul.yaml", "a: b\nc: \u0000\n");
        write(dir, "nul.tf", "x = 1\ny = \u0000\n");
        byte[] binary = new byte[4096];
        new java.util.Random(11).nextBytes(binary);
        binary[0] = 0x7F; // ELF-like garbage, but decodable start
        write(dir, "random.json", binary);
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0};
        write(dir, "archive.yaml", zip);
        LintResult r = lint(dir);
        assertThat(r.workspace().parseFailures()).extracting(f -> f.span().file().displayPath())
                .containsExactlyInAnyOrder("archive.yaml", "nul.json", "nul.tf", "nul.yaml", "random.json");
        ParseFailure nulJson = failure(r, "nul.json");
        assertAt(nulJson, 1, 26);
        assertThat(nulJson.message()).contains("control character 0");
        assertAt(failure(r, "nul.yaml"), 2, 4);
        assertThat(failure(r, "nul.yaml").message()).isEqualTo("invalid YAML: control character U+0000 is not allowed");
        assertAt(failure(r, "nul.tf"), 2, 5);
    }

    @Test
    void crlfAndCrOnlyLineEnds() throws Exception {
        write(dir, "crlf.json", POLICY.replace("\n", "\r\n"));
        write(dir, "cr.json", POLICY.replace("\n", "\r"));
        write(dir, "crlf-broken.json", "{\r\n  \"Version\": \"2012-10-17\",\r\n  \"Statement\": [}\r\n");
        write(dir, "cr-broken.yaml", "a: b\rc: [1\rd: e\r");
        write(dir, "crlf.tf", "locals {\r\n  a = \"x\"\r\n  b = \r\n}\r\n");
        write(dir, "cr.tf", "locals {\r  a = \"x\"\r}\r");
        LintResult r = lint(dir);
        assertThat(policies(r)).hasSize(2);
        assertAt(failure(r, "crlf-broken.json"), 3, 17);
        assertThat(failure(r, "cr-broken.yaml").span().startLine()).isEqualTo(3);
        assertAt(failure(r, "crlf.tf"), 3, 7);
        assertThat(r.workspace().parseFailures()).extracting(f -> f.span().file().displayPath())
                .doesNotContain("crlf.json", "cr.json");
    }

    // --- broken Terraform and templates -----------------------------------------------------

    @Test
    void unterminatedHeredocIsLocatedAndTheItemsBeforeItAreStillRead() throws Exception {
        write(dir, "main.tf", "resource \"aws_iam_policy\" \"ok\" {\n  policy = <<EOF\n" + POLICY + "EOF\n}\n\n"
                + "resource \"aws_iam_policy\" \"broken\" {\n  policy = <<EOT\n{\"Version\": \"2012-10-17\"\n");
        LintResult r = lint(dir);
        ParseFailure f = onlyFailure(r, "main.tf");
        assertThat(f.message()).contains("unterminated heredoc");
        assertThat(f.span().startLine()).isEqualTo(13);
        assertThat(policies(r)).hasSize(1);
    }

    @Test
    void unterminatedTemplates() throws Exception {
        write(dir, "a/main.tf", "locals {\n  a = \"arn:${var.x\n}\n");
        write(dir, "b/main.tf", "locals {\n  a = \"%{ if true }x\"\n}\n");
        write(dir, "c/main.tf", "locals {\n  a = \"never closed\n");
        LintResult r = lint(dir);
        assertThat(r.workspace().parseFailures()).hasSize(3);
        r.workspace().parseFailures().forEach(f -> assertThat(f.span().startLine()).isBetween(2, 3));
    }

    @Test
    void duplicateKeys() throws Exception {
        write(dir, "d.json", "{\n  \"Version\": \"2012-10-17\",\n  \"Version\": \"2008-10-17\"\n}\n");
        write(dir, "d.yaml", "apiVersion: v1\nkind: Secret\napiVersion: v2\n");
        write(dir, "d.tf", "locals {\n  a = 1\n  a = 2\n}\n");
        LintResult r = lint(dir);
        assertAt(failure(r, "d.json"), 3, 3);
        assertThat(failure(r, "d.json").message()).contains("duplicate key \"Version\"");
        assertAt(failure(r, "d.yaml"), 3, 1);
        assertThat(failure(r, "d.tf").span().startLine()).isEqualTo(3);
        assertThat(failure(r, "d.tf").message()).contains("a");
    }

    static ParseFailure failure(LintResult r, String file) {
        return r.workspace().parseFailures().stream().filter(f -> f.span().file().displayPath().equals(file))
                .findFirst().orElseThrow(() -> new AssertionError("no failure in " + file + ": "
                        + r.workspace().parseFailures()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
