package io.ccmlint.core.terraform;

import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where {@code terraform init} put the modules of a root module: its
 * {@code .terraform/modules/modules.json}, whose entries map a call's key (the names of the calls
 * from the root, joined by dots: {@code ccm}, {@code ccm.iam}) to the folder holding its files,
 * relative to the root module's folder.
 */
final class ModuleManifest {
    static final ModuleManifest NONE = new ModuleManifest(false, Map.of());

    private final boolean present;
    private final Map<String, Path> folders;

    private ModuleManifest(boolean present, Map<String, Path> folders) {
        this.present = present;
        this.folders = Map.copyOf(folders);
    }

    /** The manifest of the root module in {@code rootFolder}: {@link #NONE} when there is none or it can't be read. */
    static ModuleManifest of(Path rootFolder, ParseLimits limits) {
        Path file = rootFolder.resolve(".terraform").resolve("modules").resolve("modules.json");
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > limits.maxDocumentLength()) {
                return NONE;
            }
            Node root = new JsonTreeReader(limits).read(SourceFile.decode(file, file.toString(), Files.readAllBytes(file)));
            Map<String, Path> folders = new LinkedHashMap<>();
            if (root instanceof MapNode m && m.get("Modules") instanceof ListNode modules) {
                for (Node entry : modules.items()) {
                    if (entry instanceof MapNode e && e.get("Key") instanceof ScalarNode key && key.scalar().known() != null
                            && e.get("Dir") instanceof ScalarNode dir && dir.scalar().known() != null
                            && !key.scalar().known().isEmpty()) {
                        folders.putIfAbsent(key.scalar().known(), rootFolder.resolve(dir.scalar().known()).normalize());
                    }
                }
            }
            return new ModuleManifest(true, folders);
        } catch (IOException | ParseProblem | SourceFile.MalformedInputException | RuntimeException unreadable) {
            return NONE; // as if terraform init had not run: the calls it would resolve are left unknown, and said so
        }
    }

    /** True when the root module has a manifest ({@code terraform init} ran). */
    boolean present() {
        return present;
    }

    /** The folder of the module called at {@code key}, or null when the manifest does not name it. */
    Path folder(String key) {
        return folders.get(key);
    }
}
