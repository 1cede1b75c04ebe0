package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.terraform.eval.TerraformModule;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Terraform: the {@code .tf} and {@code .tf.json} files of each folder are one module, evaluated on
 * its own thread under the file timeout; its policies, roles and Harness connectors are added, each
 * connector with the roles it uses (marked).
 */
public final class TerraformSource implements WorkspaceSource {
    private static final TerraformExtractor.Result NOTHING = new TerraformExtractor.Result(List.of(), Map.of(), List.of());

    @Override
    public void complete(Workspace.Builder ws, Run run) {
        Map<Path, List<HclFile>> modules = new TreeMap<>();
        for (HclFile f : ws.terraformFiles()) {
            modules.computeIfAbsent(f.source().path().toAbsolutePath().getParent(), k -> new ArrayList<>()).add(f);
        }
        List<TerraformExtractor.Result> extracted = run.inParallel(new ArrayList<>(modules.values()),
                files -> TerraformExtractor.extract(TerraformModule.of(files), run.limits()),
                files -> {
                    ws.parseFailure(run.timedOut(files.get(0).source().path(),
                            "evaluating the Terraform files of this folder took longer than "));
                    return NOTHING;
                });
        extracted.forEach(m -> m.policies().forEach(ws::policy));
        Map<HarnessConnector, List<Role>> uses = ConnectorLinker.link(extracted, ws.roles());
        for (TerraformExtractor.Result m : extracted) {
            m.connectors().forEach(found -> ws.connector(found.connector(), uses.get(found.connector())));
        }
    }
}
