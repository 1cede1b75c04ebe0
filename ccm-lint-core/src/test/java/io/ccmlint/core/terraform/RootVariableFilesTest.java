package io.ccmlint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLoader;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.workspace.ParseFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootVariableFilesTest {
    @TempDir
    Path dir;

    private Path write(String rel, String content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private LintConfig config(String yaml) throws Exception {
        return ConfigLoader.load(write(".ccm-lint.yml", yaml));
    }

    private RootVariableFiles.Result read(String folder, LintConfig config) {
        return RootVariableFiles.read(dir.resolve(folder), folder, config, ParseLimits.DEFAULT);
    }

    private static String str(Value v) {
        assertThat(v).isInstanceOf(Value.Str.class);
        return ((Value.Str) v).value();
    }

    /** "shown-path:line:column" of where a value starts. */
    private static String at(Value v) {
        Span s = v.span();
        return s.file().displayPath() + ":" + s.startLine() + ":" + s.startColumn();
    }

    @Test
    void filesApplyInTerraformsOrderEachOverridingEarlierOnes() throws Exception {
        write("stack/terraform.tfvars", "v1 = \"tfvars\"\nv2 = \"tfvars\"\nv3 = \"tfvars\"\nv4 = \"tfvars\"\n"
                + "v5 = \"tfvars\"\nv6 = \"tfvars\"\nv7 = \"tfvars\"\n");
        write("stack/terraform.tfvars.json", "{\"v2\": \"json\", \"v3\": \"json\", \"v4\": \"json\", \"v5\": \"json\"}");
        // by name, whatever the syntax: a.auto.tfvars.json before b.auto.tfvars
        write("stack/a.auto.tfvars.json", "{\"v3\": \"a.auto\", \"v4\": \"a.auto\", \"v5\": \"a.auto\"}");
        write("stack/b.auto.tfvars", "v4 = \"b.auto\"\nv5 = \"b.auto\"\n");
        // the configuration's order, then path order within one glob
        write("stack/z.tfvars", "v5 = \"z\"\nv6 = \"z\"\nv7 = \"z\"\n");
        write("stack/w1.tfvars", "v6 = \"w1\"\nv7 = \"w1\"\n");
        write("stack/w2.tfvars", "v7 = \"w2\"\n");
        write("stack/other.tfvars", "v1 = \"named by nothing\"\n");
        write("stack/main.tf", "variable \"v1\" {}\n");
        LintConfig config = config("terraform:\n  varFiles: [stack/z.tfvars, \"stack/w*.tfvars\"]\n");

        RootVariableFiles.Result r = read("stack", config);

        assertThat(r.failures()).isEmpty();
        assertThat(r.values()).containsOnlyKeys("v1", "v2", "v3", "v4", "v5", "v6", "v7");
        Map<String, String> texts = new java.util.TreeMap<>();
        r.values().forEach((k, v) -> texts.put(k, str(v)));
        assertThat(texts).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("v1", "tfvars", "v2", "json",
                "v3", "a.auto", "v4", "b.auto", "v5", "z", "v6", "w1", "v7", "w2")));
        assertThat(at(r.values().get("v6"))).isEqualTo("stack/w1.tfvars:1:6");
    }

    @Test
    void aFileNamedAgainLaterAppliesAgainAsARepeatedVarFileWould() throws Exception {
        write("m/a.tfvars", "x = \"a\"\n");
        write("m/b.tfvars", "x = \"b\"\n");
        RootVariableFiles.Result r = read("m", config("terraform:\n  varFiles: [m/a.tfvars, m/b.tfvars, \"m/*.tfvars\"]\n"));
        assertThat(str(r.values().get("x"))).isEqualTo("b");
        RootVariableFiles.Result again = read("m", config("terraform:\n  varFiles: [m/b.tfvars, \"m/*.tfvars\", m/a.tfvars]\n"));
        assertThat(str(again.values().get("x"))).isEqualTo("a");
    }

    @Test
    void hclValuesAreEvaluatedAndPointIntoTheTfvarsFile() throws Exception {
        write("stack/terraform.tfvars", """
                role_name = "harness-ccm"
                accounts  = ["111122223333", "444455556666"]
                tags = {
                  team          = "finops"
                  "cost-center" = 42
                }
                enabled   = true
                nothing   = null
                joined    = "a-${"b"}"
                names     = [for n in ["x", "y"] : "${n}-role"]
                """);
        RootVariableFiles.Result r = read("stack", LintConfig.defaults(dir));

        assertThat(r.failures()).isEmpty();
        Value.Str role = (Value.Str) r.values().get("role_name");
        assertThat(role.value()).isEqualTo("harness-ccm");
        assertThat(role.style()).isEqualTo(ScalarStyle.HCL_STRING);
        assertThat(role.span().text()).isEqualTo("\"harness-ccm\"");
        assertThat(at(role)).isEqualTo("stack/terraform.tfvars:1:13");
        Value.Seq accounts = (Value.Seq) r.values().get("accounts");
        assertThat(accounts.items()).extracting(RootVariableFilesTest::str).containsExactly("111122223333", "444455556666");
        assertThat(at(accounts.items().get(1))).isEqualTo("stack/terraform.tfvars:2:30");
        Value.Obj tags = (Value.Obj) r.values().get("tags");
        assertThat(str(tags.entries().get("team"))).isEqualTo("finops");
        assertThat(((Value.Num) tags.entries().get("cost-center")).value()).isEqualByComparingTo("42");
        assertThat(tags.keySpans().get("cost-center").startLine()).isEqualTo(5);
        assertThat(at(tags.entries().get("team"))).isEqualTo("stack/terraform.tfvars:4:19");
        assertThat(((Value.Bool) r.values().get("enabled")).value()).isTrue();
        assertThat(r.values().get("nothing")).isInstanceOf(Value.Null.class);
        assertThat(str(r.values().get("joined"))).isEqualTo("a-b");
        assertThat(((Value.Seq) r.values().get("names")).items()).extracting(RootVariableFilesTest::str)
                .containsExactly("x-role", "y-role");
    }

    @Test
    void jsonValuesAreLiteralAndPointIntoTheJsonFile() throws Exception {
        write("stack/terraform.tfvars.json", """
                {
                  "//": "a comment, as in all of Terraform's JSON",
                  "role_name": "harness-${var.env}",
                  "ids": [1, "a", null, false],
                  "tags": {"team": "finops"}
                }
                """);
        RootVariableFiles.Result r = read("stack", LintConfig.defaults(dir));

        assertThat(r.failures()).isEmpty();
        assertThat(r.values()).containsOnlyKeys("role_name", "ids", "tags");
        Value.Str role = (Value.Str) r.values().get("role_name");
        assertThat(role.value()).isEqualTo("harness-${var.env}"); // not interpolated in a variables file
        assertThat(role.style()).isEqualTo(ScalarStyle.JSON_STRING);
        assertThat(at(role)).isEqualTo("stack/terraform.tfvars.json:3:16");
        List<Value> ids = ((Value.Seq) r.values().get("ids")).items();
        assertThat(((Value.Num) ids.get(0)).value()).isEqualByComparingTo("1");
        assertThat(str(ids.get(1))).isEqualTo("a");
        assertThat(ids.get(2)).isInstanceOf(Value.Null.class);
        assertThat(((Value.Bool) ids.get(3)).value()).isFalse();
        assertThat(at(ids.get(3))).isEqualTo("stack/terraform.tfvars.json:4:25");
        Value.Obj tags = (Value.Obj) r.values().get("tags");
        assertThat(str(tags.entries().get("team"))).isEqualTo("finops");
        assertThat(tags.keySpans().get("team").text()).isEqualTo("\"team\"");
        assertThat(tags.keyStyles().get("team")).isEqualTo(ScalarStyle.JSON_STRING);
    }

    @Test
    void aGlobMatchingFilesInTwoFoldersAppliesEachToItsOwnFolder() throws Exception {
        write("a/prod.tfvars", "name = \"a\"\n");
        write("b/prod.tfvars", "name = \"b\"\n");
        write("b/nested/prod.tfvars", "name = \"nested\"\n");
        write("c/main.tf", "variable \"name\" {}\n");
        LintConfig config = config("terraform:\n  varFiles: [\"**/prod.tfvars\"]\n");

        assertThat(at(read("a", config).values().get("name"))).isEqualTo("a/prod.tfvars:1:8");
        assertThat(str(read("b", config).values().get("name"))).isEqualTo("b");
        assertThat(str(read("b/nested", config).values().get("name"))).isEqualTo("nested");
        assertThat(read("c", config).values()).isEmpty();
    }

    @Test
    void aGlobNamesFilesNotTheFoldersBelowIt() throws Exception {
        write("env/prod/main.tf", "variable \"name\" {}\n");
        write("env/prod/x.tfvars", "name = \"x\"\n");
        assertThat(read("env/prod", config("terraform:\n  varFiles: [env/prod]\n")).values()).isEmpty();
        assertThat(read("env/prod", config("terraform:\n  varFiles: [env/prod/x.tfvars]\n")).values()).containsKey("name");
    }

    @Test
    void aVariableNoFileSetsIsAbsent() throws Exception {
        write("m/main.tf", "variable \"region\" {}\nvariable \"name\" {}\n");
        write("m/terraform.tfvars", "name = \"x\"\n");
        RootVariableFiles.Result r = read("m", LintConfig.defaults(dir));
        assertThat(r.values()).containsOnlyKeys("name");
        assertThat(read("m/none", LintConfig.defaults(dir)).values()).isEmpty(); // a folder that is not there
    }

    @Test
    void aBrokenFileIsALocatedFailureAndTheOthersStillApply() throws Exception {
        write("m/terraform.tfvars", "a = \"tfvars\"\nb = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\n");
        write("m/terraform.tfvars.json", "{\"a\": \"json\",\n \"b\": }\n");
        write("m/a.auto.tfvars", "b = \"auto\"\nc = [\nd = \"auto\"\n");
        Files.write(dir.resolve("m/b.auto.tfvars"), new byte[] {'c', '=', '"', (byte) 0xFF, '"'});
        RootVariableFiles.Result r = read("m", LintConfig.defaults(dir));

        assertThat(r.failures()).extracting(f -> f.span().file().displayPath() + ":" + f.span().startLine())
                .containsExactly("m/terraform.tfvars.json:2", "m/a.auto.tfvars:3", "m/b.auto.tfvars:1");
        assertThat(r.failures().get(0).message()).isNotBlank();
        assertThat(r.failures().get(1).message()).startsWith("invalid HCL: ");
        assertThat(r.failures().get(2).message()).startsWith("not valid UTF-8 text");
        // the JSON file gives nothing; of the HCL file, the attributes before the broken one apply
        assertThat(str(r.values().get("a"))).isEqualTo("tfvars");
        assertThat(str(r.values().get("b"))).isEqualTo("auto");
        assertThat(str(r.values().get("c"))).isEqualTo("tfvars");
    }

    @Test
    void aBlockIsOneFailureAtTheFirstAndTheAttributesStillApply() throws Exception {
        write("m/terraform.tfvars", "a = \"x\"\nvariable \"b\" {}\nlocals {\n  c = 1\n}\nd = \"y\"\n");
        RootVariableFiles.Result r = read("m", LintConfig.defaults(dir));
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.span().text()).isEqualTo("variable");
            assertThat(f.span().startLine()).isEqualTo(2);
            assertThat(f.message()).contains("\"variable\" block");
        });
        assertThat(r.values()).containsOnlyKeys("a", "d");
    }

    @Test
    void aReferenceOrFunctionCallIsRefusedAndItsValueIsUnknown() throws Exception {
        write("m/terraform.tfvars", "a = \"known\"\nb = \"known\"\nc = \"known\"\n");
        write("m/x.auto.tfvars", "a = \"${var.env}-role\"\nb = upper(\"x\")\nc = { for k, v in { x = \"1\" } : k => v }\n");
        RootVariableFiles.Result r = read("m", LintConfig.defaults(dir));

        assertThat(r.failures()).extracting(f -> f.span().text()).containsExactly("var.env", "upper(\"x\")");
        assertThat(r.failures()).extracting(ParseFailure::message).containsExactly(
                "variables may not be used here: a variable definitions file holds only literal values",
                "functions may not be called here: a variable definitions file holds only literal values");
        assertThat(r.values().get("a")).isInstanceOf(Value.Unknown.class);
        assertThat(at(r.values().get("a"))).isEqualTo("m/x.auto.tfvars:1:5");
        assertThat(r.values().get("b")).isInstanceOf(Value.Unknown.class);
        assertThat(((Value.Obj) r.values().get("c")).entries()).containsOnlyKeys("x"); // a for's own names are fine
    }

    @Test
    void aTooLargeFileOrANonObjectJsonFileIsAFailureAtItsStart() throws Exception {
        write("m/terraform.tfvars", "a = \"" + "x".repeat(100) + "\"\n");
        write("m/terraform.tfvars.json", "[1, 2]");
        ParseLimits small = new ParseLimits(500, 1000, 50, 50);
        RootVariableFiles.Result r = RootVariableFiles.read(dir.resolve("m"), "m", LintConfig.defaults(dir), small);
        assertThat(r.values()).isEmpty();
        assertThat(r.failures()).extracting(f -> f.span().file().displayPath() + ":" + f.span().start() + " " + f.message())
                .containsExactly("m/terraform.tfvars:0 file is larger than 50 bytes (limits.maxFileSize); not read",
                        "m/terraform.tfvars.json:0 a JSON variable definitions file must hold an object (variable name: value)");
    }

    @Test
    void filesAreShownAsTheRunShowsTheFolder() throws Exception {
        write("terraform.tfvars", "a = 1\n");
        assertThat(RootVariableFiles.read(dir, "", LintConfig.defaults(dir), ParseLimits.DEFAULT).values().get("a")
                .span().file().displayPath()).isEqualTo("terraform.tfvars");
        assertThat(RootVariableFiles.read(dir, null, LintConfig.defaults(dir), ParseLimits.DEFAULT).values().get("a")
                .span().file().displayPath()).isEqualTo("terraform.tfvars");
        assertThat(RootVariableFiles.read(dir, "../repo/", LintConfig.defaults(dir), ParseLimits.DEFAULT).values().get("a")
                .span().file().displayPath()).isEqualTo("../repo/terraform.tfvars");
        assertThat(RootVariableFiles.read(dir, "../repo/", LintConfig.defaults(dir), ParseLimits.DEFAULT).values().get("a")
                .span().file().path()).isEqualTo(dir.resolve("terraform.tfvars").toAbsolutePath().normalize());
    }
}
