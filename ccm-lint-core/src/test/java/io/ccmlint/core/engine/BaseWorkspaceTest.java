package io.ccmlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Workspace#base()}: the linted paths as they were at a pull request's base, given as
 * {@link BaseFiles} (here in memory), built once when a rule asks, through the run's own walk,
 * reader and sources.
 */
class BaseWorkspaceTest {
    @TempDir
    Path dir;

    private static String trust(String account) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\":"
                + " \"arn:aws:iam::" + account + ":root\"}, \"Action\": \"sts:AssumeRole\"}]}";
    }

    private static final String PERMISSION = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
            + " \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";

    /** Files at the base, in memory; counts what the engine asks. */
    static final class InMemoryBase implements BaseFiles {
        final Map<Path, String> files = new HashMap<>();
        final Set<Path> changed = new java.util.HashSet<>();
        final Map<Path, AtomicInteger> reads = new ConcurrentHashMap<>();
        final AtomicInteger listed = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();

        @Override
        public Set<Path> files() {
            listed.incrementAndGet();
            return files.keySet();
        }

        @Override
        public Set<Path> changed() {
            return changed;
        }

        @Override
        public byte[] read(Path file, long max) {
            reads.computeIfAbsent(file, k -> new AtomicInteger()).incrementAndGet();
            byte[] b = files.get(file).getBytes(StandardCharsets.UTF_8);
            return b.length > max ? null : b;
        }

        @Override
        public void readingDone() {
            done.incrementAndGet();
        }
    }

    /** What the rules saw: per workspace asked, its base. */
    static final Map<Workspace, Workspace> SEEN = Collections.synchronizedMap(new IdentityHashMap<>());

    @RuleInfo(id = "TST801", slug = "asks-the-base", title = "asks for the base", severity = Severity.INFO)
    static final class AsksTheBase implements Rule {
        @Override
        public void check(RuleContext context) {
            Workspace ws = context.workspace();
            SEEN.put(ws, ws.base().orElse(null));
        }
    }

    @RuleInfo(id = "TST802", slug = "asks-the-base-too", title = "asks for the base too", severity = Severity.INFO)
    static final class AsksTheBaseToo implements Rule {
        @Override
        public void check(RuleContext context) {
            context.workspace().base();
        }
    }

    @RuleInfo(id = "TST803", slug = "never-asks", title = "never asks for the base", severity = Severity.INFO)
    static final class NeverAsks implements Rule {
        @Override
        public void check(RuleContext context) {
            context.workspace().policies();
        }
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    private Path at(String path) {
        return dir.resolve(path).toAbsolutePath().normalize();
    }

    private LintResult lint(BaseFiles base, List<Path> roots, Rule... rules) throws Exception {
        SEEN.clear();
        LinterOptions options = LinterOptions.builder(RuleRegistry.of(List.of(rules)))
                .config(ConfigLookup.given(LintConfig.defaults(dir))).jobs(2).displayBase(dir).baseFiles(base).build();
        return LinterFactory.create(options).lint(roots);
    }

    private static List<String> policyFiles(Workspace ws) {
        return ws.policies().stream().map(p -> p.file().displayPath()).toList();
    }

    private static SourceFile fileOf(Workspace ws, String shown) {
        return ws.policies().stream().map(PolicyDocument::file).filter(f -> f.displayPath().equals(shown)).findFirst()
                .orElseThrow(() -> new AssertionError(shown + " not in " + policyFiles(ws)));
    }

    @Test
    void theBaseHoldsTheFilesAsTheyWereThenAtTheSamePaths() throws Exception {
        write("iam/changed.json", trust("111111111111"));
        write("iam/same.json", trust("222222222222"));
        write("iam/added.json", trust("333333333333"));
        write("iam/a-permission.json", PERMISSION); // checked on its own
        write(".gitignore", "ignored/\n");
        InMemoryBase base = new InMemoryBase();
        base.files.put(at("iam/changed.json"), trust("999999999999"));
        base.files.put(at("iam/same.json"), trust("222222222222"));
        base.files.put(at("iam/deleted.json"), trust("444444444444"));
        base.files.put(at("iam/notes.txt"), "not a format ccm-lint reads");
        base.files.put(at("ignored/x.json"), trust("555555555555")); // the walk's .gitignore applies at the base too
        base.files.put(at("iam/a-permission.json"), PERMISSION);
        base.changed.addAll(List.of(at("iam/changed.json"), at("iam/added.json")));

        LintResult r = lint(base, List.of(dir), new AsksTheBase(), new AsksTheBaseToo());

        Workspace head = r.workspace();
        Workspace atBase = head.base().orElseThrow();
        assertThat(policyFiles(atBase)).containsExactly("iam/changed.json", "iam/deleted.json", "iam/same.json");
        assertThat(policyFiles(head)).containsExactly("iam/added.json", "iam/changed.json", "iam/same.json");
        SourceFile before = fileOf(atBase, "iam/changed.json");
        SourceFile now = fileOf(head, "iam/changed.json");
        assertThat(before.path()).isEqualTo(now.path());
        assertThat(before.text()).contains("999999999999");
        assertThat(now.text()).contains("111111111111");
        assertThat(atBase.base()).as("the base has no base").isEmpty();
        // built once, whichever rule and workspace asked first: each file read once (the permission policy
        // only scanned, as in the run: left out of the workspace), the ignored one and notes.txt never; released once
        assertThat(base.reads).containsOnlyKeys(at("iam/changed.json"), at("iam/same.json"), at("iam/deleted.json"),
                at("iam/a-permission.json"));
        assertThat(base.reads.values()).allMatch(n -> n.get() == 1);
        assertThat(base.done).hasValue(1);
        // the permission policy checked on its own asked too, and got the run's base
        assertThat(SEEN).hasSize(2);
        assertThat(new ArrayList<>(SEEN.values())).allMatch(b -> b == atBase);
        assertThat(SEEN.keySet()).anyMatch(ws -> ws != head && policyFiles(ws).equals(List.of("iam/a-permission.json")));

        assertThat(head.changedSinceBase(now)).isTrue();
        assertThat(head.changedSinceBase(fileOf(head, "iam/added.json"))).isTrue();
        assertThat(head.changedSinceBase(fileOf(head, "iam/same.json"))).isFalse();
        assertThat(atBase.changedSinceBase(before)).isFalse();
    }

    @Test
    void withoutBaseFilesThereIsNoBase() throws Exception {
        write("iam/changed.json", trust("111111111111"));
        LintResult r = lint(null, List.of(dir), new AsksTheBase());
        assertThat(r.workspace().base()).isEmpty();
        assertThat(r.workspace().changedSinceBase(fileOf(r.workspace(), "iam/changed.json"))).isFalse();
        assertThat(SEEN.values()).containsOnly((Workspace) null);
    }

    @Test
    void nothingIsAskedOfTheBaseUntilARuleAsks() throws Exception {
        write("iam/changed.json", trust("111111111111"));
        InMemoryBase base = new InMemoryBase();
        base.files.put(at("iam/changed.json"), trust("999999999999"));
        lint(base, List.of(dir), new NeverAsks());
        assertThat(base.listed).hasValue(0);
        assertThat(base.reads).isEmpty();
        assertThat(base.done).hasValue(0);
    }

    @Test
    void terraformModulesAndVariableFilesAreReadAsTheyWereAtTheBase() throws Exception {
        String role = """
                variable "role_name" {
                  type = string
                }
                resource "aws_iam_role" "%s" {
                  name               = var.role_name
                  assume_role_policy = "{}"
                }
                """;
        write("live/main.tf", """
                variable "name" {
                  type = string
                }
                module "m" {
                  source    = "../modules/m"
                  role_name = var.name
                }
                """);
        write("live/terraform.tfvars", "name = \"NowRole\"\n");
        write("modules/m/main.tf", role.formatted("main"));
        write("modules/m/added.tf", role.formatted("added"));
        // neither at the base nor changed (version control ignores it): the same at the base as on disk
        write("modules/m/untracked.tf", role.formatted("ignored"));
        InMemoryBase base = new InMemoryBase();
        base.files.put(at("live/main.tf"), Files.readString(dir.resolve("live/main.tf")));
        base.files.put(at("live/terraform.tfvars"), "name = \"BaseRole\"\n");
        base.files.put(at("modules/m/main.tf"), role.formatted("main"));
        base.files.put(at("modules/m/deleted.tf"), role.formatted("deleted"));
        base.changed.addAll(List.of(at("live/terraform.tfvars"), at("modules/m/added.tf")));

        // only live/ is linted: the module outside it is read through the base too
        Workspace head = lint(base, List.of(dir.resolve("live")), new AsksTheBase()).workspace();
        Workspace atBase = head.base().orElseThrow();
        assertThat(roles(head)).containsExactly("module.m.aws_iam_role.added NowRole", "module.m.aws_iam_role.ignored NowRole",
                "module.m.aws_iam_role.main NowRole");
        assertThat(roles(atBase)).containsExactly("module.m.aws_iam_role.deleted BaseRole",
                "module.m.aws_iam_role.ignored BaseRole", "module.m.aws_iam_role.main BaseRole");
    }

    private static List<String> roles(Workspace ws) {
        return ws.roles().stream().map(r -> r.name() + " " + r.awsName()).sorted().toList();
    }

    @Test
    void aRootAddedSinceTheBaseIsAnEmptyBaseNotAnError() throws Exception {
        write("new/role.json", trust("111111111111"));
        InMemoryBase base = new InMemoryBase();
        base.changed.add(at("new/role.json"));
        Workspace head = lint(base, List.of(dir.resolve("new")), new AsksTheBase()).workspace();
        assertThat(policyFiles(head)).containsExactly("new/role.json");
        assertThat(head.base().orElseThrow().files()).isEmpty();
        assertThat(head.base().orElseThrow().parseFailures()).isEmpty();
    }
}
