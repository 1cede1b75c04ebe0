package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.Relocation;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terraform: the {@code .tf} and {@code .tf.json} files of each folder are one module. Each folder
 * is evaluated as a root module ({@link ModuleTree}: with the values of its variables files
 * ({@link RootVariableFiles}), following
 * its module calls into local and downloaded modules), on its own thread under the file timeout;
 * the policies, roles and Harness connectors of every instance are added, each connector with the
 * roles it uses (marked).
 *
 * <p>{@code file()} and {@code templatefile()} read through one {@link TerraformFiles} per run. A
 * policy they read from a file the run also checks as a policy of its own (the workspace's
 * document, or a {@code .json} file checked on its own) is held by the roles but not added to the
 * workspace's policies again, so each statement is reported once; the files an external module
 * reads in its folder are reported at its call, like the module's own files.
 *
 * <p>A module folder that a linted root calls is therefore read twice: on its own, and as an
 * instance of the call, with the call's arguments. The engine reports a finding reached both ways
 * (or through several instances) once (see {@code Linter}).
 */
public final class TerraformSource implements WorkspaceSource {
    private record Tree(TerraformExtractor.Result models, ModuleTree.Result modules, List<ParseFailure> failures) {
    }

    private static final Tree NOTHING = new Tree(new TerraformExtractor.Result(List.of(), Map.of(), List.of()),
            new ModuleTree.Result(List.of(), Map.of(), Set.of(), List.of(), List.of()), List.of());

    @Override
    public void complete(Workspace.Builder ws, Run run) {
        ModuleFolders folders = new ModuleFolders(ws.terraformFiles(), run);
        TerraformFiles files = new TerraformFiles(run, ws.policies());
        List<Tree> trees = run.inParallel(folders.linted(), root -> evaluate(root, folders, files, ws, run), root -> {
            ws.parseFailure(run.timedOut(root.module().files().get(0).source().path(),
                    "evaluating the Terraform files of this folder and the modules it calls took longer than "));
            return NOTHING;
        });
        Set<ParseFailure> problems = new LinkedHashSet<>(folders.externalFailures());
        Map<Span, String> notFollowed = new LinkedHashMap<>();
        Set<Span> followed = new java.util.HashSet<>();
        Map<io.ccmlint.core.hcl.HclBlock, java.nio.file.Path> resolved = new java.util.IdentityHashMap<>();
        Set<PolicyDocument> added = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        added.addAll(ws.policies()); // a .json policy a file() reads is the workspace's document: not added twice
        for (Tree t : trees) {
            followed.addAll(t.modules().followed());
            t.modules().resolved().forEach(resolved::putIfAbsent);
            for (PolicyDocument p : t.models().policies()) {
                if (!files.checkedOnItsOwn(p) && added.add(p)) {
                    ws.policy(p);
                }
            }
            t.models().usersAndGroups().forEach(ws::userOrGroup);
            problems.addAll(t.failures());
            problems.addAll(t.modules().problems());
            t.modules().notFollowed().forEach(n -> notFollowed.putIfAbsent(n.call(), n.why()));
            for (ModuleTree.Instance in : t.modules().instances()) {
                if (in.reportAt() != null) {
                    in.module().files().forEach(f -> ws.relocate(f.source(), Relocation.toCall(in.reportAt())));
                    TerraformFiles.readInModuleFolder(in.evaluator().files())
                            .forEach(f -> ws.relocate(f, Relocation.toCall(in.reportAt())));
                }
            }
        }
        problems.forEach(ws::parseFailure);
        notFollowed.keySet().removeAll(followed); // a call followed from some root module (a module's own call, seen from the root that downloaded it)
        if (!notFollowed.isEmpty()) {
            ws.note(NotFollowedNote.of(notFollowed.values()));
        }
        ws.terraformModuleCalls(ModuleCalls.of(ws.terraformFiles(), resolved, folders));
        List<TerraformExtractor.Result> extracted = trees.stream().map(Tree::models).toList();
        Map<HarnessConnector, List<Role>> uses = ConnectorLinker.link(extracted, ws.roles());
        for (TerraformExtractor.Result m : extracted) {
            m.connectors().forEach(found -> ws.connector(found.connector(), uses.get(found.connector())));
        }
    }

    private static Tree evaluate(ModuleFolders.Folder root, ModuleFolders folders, TerraformFiles files, Workspace.Builder ws,
                                 Run run) {
        java.nio.file.Path shown = java.nio.file.Paths.get(root.module().files().get(0).source().displayPath()).getParent();
        RootVariableFiles.Result vars = RootVariableFiles.read(run.files(), root.path(), shown == null ? "" : shown.toString(),
                ws.config(), run.limits());
        ModuleTree.Result modules = ModuleTree.evaluate(root, vars.values(), folders, ModuleManifest.of(root.path(), run.limits()),
                files);
        return new Tree(TerraformExtractor.extract(modules.instances(), run.limits(), files), modules, vars.failures());
    }
}
