package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.terraform.eval.TerraformModule;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Terraform modules of a run by folder: the folders whose files the run reads, and, read on
 * first use, the folders module calls reach outside them (a module beside the paths linted, or one
 * {@code terraform init} downloaded). Those are <em>external</em>: their files are read for
 * evaluation only, and what is found in them is reported at the call. Thread-safe.
 */
final class ModuleFolders {
    /** A folder's module; {@code external} when the run was not given its files. */
    record Folder(Path path, TerraformModule module, boolean external) {
    }

    private final Map<Path, Folder> linted = new TreeMap<>();
    private final Map<Path, Optional<Folder>> external = new ConcurrentHashMap<>();
    private final List<ParseFailure> externalFailures = Collections.synchronizedList(new ArrayList<>());
    private final WorkspaceSource.Run run;

    ModuleFolders(List<HclFile> files, WorkspaceSource.Run run) {
        this.run = run;
        Map<Path, List<HclFile>> byFolder = new TreeMap<>();
        for (HclFile f : files) {
            byFolder.computeIfAbsent(folderOf(f), k -> new ArrayList<>()).add(f);
        }
        byFolder.forEach((path, fs) -> linted.put(path, new Folder(path, TerraformModule.of(fs), false)));
    }

    static Path folderOf(HclFile f) {
        return f.source().path().toAbsolutePath().normalize().getParent();
    }

    /** The folders whose files the run reads, in path order. */
    List<Folder> linted() {
        return List.copyOf(linted.values());
    }

    /** The module in {@code folder}, read now if the run was not given it; null when it holds no Terraform file. */
    Folder get(Path folder) {
        Folder f = linted.get(folder);
        return f != null ? f : external.computeIfAbsent(folder, this::read).orElse(null);
    }

    /** The CCM001s of the external modules' files read so far (each file once). */
    List<ParseFailure> externalFailures() {
        synchronized (externalFailures) {
            return List.copyOf(externalFailures);
        }
    }

    private Optional<Folder> read(Path folder) {
        // through the run: at a pull request's base, the folder as it was then
        List<Path> paths = run.files().list(folder).stream()
                .filter(p -> isTerraform(p.getFileName().toString()) && run.files().isFile(p)).toList();
        List<HclFile> files = new ArrayList<>();
        for (Path p : paths) {
            Workspace.Builder one = run.readMore(p);
            files.addAll(one.terraformFiles());
            externalFailures.addAll(one.parseFailures());
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(new Folder(folder, TerraformModule.of(files), true));
    }

    private static boolean isTerraform(String name) {
        return name.endsWith(".tf") || name.endsWith(".tf.json");
    }
}
