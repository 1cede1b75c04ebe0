package io.ccmlint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Module calls know the variables of the local module they call, when the run reads its files. */
class ModuleCallsTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws Exception {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    @Test
    void localModulesRemoteModulesAndMetaArguments() throws Exception {
        write("live/main.tf", """
                module "ccm" {
                  source   = "../modules/ccm"
                  for_each = toset(["a", "b"])
                  providers = { aws = aws.member }
                  depends_on = []
                  external_id = each.key
                }
                module "remote" {
                  source = "harness-community/harness-ccm/aws"
                }
                module "elsewhere" {
                  source = "../../outside"
                }
                module "computed" {
                  source = "./${var.path}"
                }
                """);
        write("modules/ccm/variables.tf", """
                variable "external_id" {}
                variable "enable_billing" { default = false }
                """);
        Workspace ws = LinterFactory.create(LinterOptions.builder(RuleRegistry.of(List.of()))
                .config(ConfigLookup.given(LintConfig.defaults(dir))).displayBase(dir).build()).lint(List.of(dir)).workspace();
        List<ModuleCalls.Call> calls = ModuleCalls.of(ws);
        assertThat(calls).extracting(ModuleCalls.Call::name).containsExactly("ccm", "remote", "elsewhere", "computed");
        ModuleCalls.Call ccm = calls.get(0);
        assertThat(ccm.variables()).containsOnlyKeys("external_id", "enable_billing");
        assertThat(ccm.variables().get("external_id").required()).isTrue();
        assertThat(ccm.variables().get("enable_billing").required()).isFalse();
        assertThat(ccm.arguments()).extracting(HclAttribute::name).containsExactly("external_id");
        assertThat(calls.get(1).variables()).as("a registry module is not followed").isNull();
        assertThat(calls.get(2).variables()).as("a folder the run does not read").isNull();
        assertThat(calls.get(3).source()).as("a computed source is no path").isNull();
        assertThat(calls.get(3).variables()).isNull();
    }

    @Test
    void aOneFileWorkspaceHasNoModuleCallsOfItsOwn() throws Exception {
        write("main.tf", "module \"ccm\" {\n  source = \"./m\"\n}\n");
        write("m/variables.tf", "variable \"x\" {}\n");
        Workspace ws = LinterFactory.create(LinterOptions.builder(RuleRegistry.of(List.of()))
                .config(ConfigLookup.given(LintConfig.defaults(dir))).displayBase(dir).build()).lint(List.of(dir)).workspace();
        assertThat(ModuleCalls.of(ws)).hasSize(1);
        // a policy file checked on its own must not see (and report on) the run's module calls again
        Workspace alone = Workspace.alone(ws, Workspace.builder(LintConfig.defaults(dir)));
        assertThat(ModuleCalls.of(alone)).isEmpty();
    }
}
