package io.ccmlint.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.model.role.RoleEditor;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Nodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source SPI as a new input (CloudFormation, eksctl, Helm) uses it: plugged into a run, it adds its models. */
class WorkspaceSourceTest {
    @TempDir
    Path dir;

    /** A made-up input: a YAML document {@code kind: FakeRole} is a role named after its {@code metadata.name}. */
    static final class FakeRoles implements WorkspaceSource {
        @Override
        public void read(ParsedFile file, Workspace.Builder out) {
            for (ParsedFile.Document d : file.documents()) {
                if (d.root() instanceof MapNode m && "FakeRole".equals(Nodes.text(m.get("kind")))) {
                    String name = Nodes.text(Nodes.map(m.get("metadata")), "name");
                    out.roles().add(new Role(name, m.span(), name, null, List.of(), List.of(), List.of(), null, null,
                            RoleEditor.NONE));
                }
            }
        }
    }

    /** A made-up linking step: a connector elsewhere uses the role named "deployer". */
    static final class DeployerIsAConnectorRole implements WorkspaceSource {
        @Override
        public void complete(Workspace.Builder ws, Run run) {
            ws.roles().markNamed("deployer", "a connector of the test uses it", null);
        }
    }

    private Workspace lint(List<WorkspaceSource> sources, int jobs, Duration fileTimeout) throws Exception {
        return LinterFactory.create(LinterOptions.builder(RuleRegistry.of(List.of()))
                .config(ConfigLookup.given(LintConfig.defaults(dir))).displayBase(dir).jobs(jobs).fileTimeout(fileTimeout)
                .sources(sources).build()).lint(List.of(dir)).workspace();
    }

    private void fakeRole(String file, String name) throws Exception {
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), "apiVersion: test/v1\nkind: FakeRole\nmetadata:\n  name: " + name + "\n");
    }

    @Test
    void aSourcePluggedInAddsItsModelsBesideTheBuiltInOnes() throws Exception {
        fakeRole("roles/deployer.yaml", "deployer");
        fakeRole("roles/reader.yaml", "reader");
        List<WorkspaceSource> sources = new ArrayList<>(WorkspaceSources.BUILT_IN);
        sources.add(new FakeRoles());
        sources.add(new DeployerIsAConnectorRole());
        Workspace ws = lint(sources, 2, null);
        assertThat(ws.roles()).extracting(Role::name).containsExactly("deployer", "reader");
        assertThat(ws.connectorRoles()).extracting(Role::name).containsExactly("deployer");
        assertThat(ws.kubernetes().objects()).hasSize(2); // the built-in Kubernetes source still reads the same documents

        assertThat(lint(WorkspaceSources.BUILT_IN, 2, null).roles()).isEmpty();
    }

    /** Records what each source saw when it completed. */
    static final class Recorder implements WorkspaceSource {
        final String name;
        final List<String> log;

        Recorder(String name, List<String> log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public void complete(Workspace.Builder ws, Run run) {
            log.add(name + " saw " + ws.roles().roles().stream().map(Role::name).toList());
            ws.roles().add(new Role(name, null, null, null, List.of(), List.of(), List.of(), null, null, RoleEditor.NONE));
        }
    }

    @Test
    void filesAreAddedInPathOrderAndSourcesCompleteInListOrder() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String name = String.format("r%02d", i);
            names.add(name);
            fakeRole((i % 2 == 0 ? "a/" : "b/") + name + ".yaml", name);
        }
        List<String> expected = new ArrayList<>(names.stream().filter(n -> Integer.parseInt(n.substring(1)) % 2 == 0).toList());
        expected.addAll(names.stream().filter(n -> Integer.parseInt(n.substring(1)) % 2 == 1).toList());
        for (int jobs : new int[] {1, 4}) {
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            Workspace ws = lint(List.of(new FakeRoles(), new Recorder("first", log), new Recorder("second", log)), jobs, null);
            List<String> all = new ArrayList<>(expected);
            assertThat(log).containsExactly("first saw " + all, "second saw " + withAdded(all, "first"));
            assertThat(ws.roles()).extracting(Role::name).isEqualTo(withAdded(withAdded(all, "first"), "second"));
        }
    }

    private static List<String> withAdded(List<String> list, String name) {
        List<String> out = new ArrayList<>(list);
        out.add(name);
        return out;
    }

    @Test
    void workOfCompleteRunsOnTheRunsThreadsUnderTheFileTimeout() throws Exception {
        fakeRole("slow/slow.yaml", "slow");
        List<Integer> results = new ArrayList<>();
        WorkspaceSource slow = new WorkspaceSource() {
            @Override
            public void complete(Workspace.Builder ws, Run run) {
                results.addAll(run.inParallel(List.of(1, 2, 3), i -> {
                    if (i == 2) {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt(); // abandoned: nobody waits for this result
                        }
                    }
                    return i;
                }, i -> {
                    ws.parseFailure(run.timedOut(ws.files().get(0).file().path(), "waiting for item " + i + " took longer than "));
                    return -i;
                }));
            }
        };
        Workspace ws = lint(List.of(slow), 2, Duration.ofMillis(200));
        assertThat(results).containsExactly(1, -2, 3);
        assertThat(ws.parseFailures()).singleElement().satisfies(f -> {
            assertThat(f.span().file().displayPath()).isEqualTo("slow/slow.yaml");
            assertThat(f.message()).isEqualTo("waiting for item 2 took longer than 200ms"
                    + " (--file-timeout, limits.fileTimeout in the configuration); skipped");
        });
    }
}
