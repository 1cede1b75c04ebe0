package io.ccmlint.core.model.policy;

import io.ccmlint.core.edit.JsonPolicyEditor;
import io.ccmlint.core.edit.YamlPolicyEditor;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;

/**
 * IAM policies written as documents of their own: a {@code .json} file, or a YAML document with a
 * {@code Statement}, each edited in place in its own syntax ({@link JsonPolicyEditor},
 * {@link YamlPolicyEditor}).
 */
public final class PolicyFileSource implements WorkspaceSource {
    @Override
    public void read(ParsedFile file, Workspace.Builder out) {
        for (ParsedFile.Document d : file.documents()) {
            if (d.kind() == FileKind.IAM_POLICY && d.root() instanceof MapNode root) {
                out.policy(PolicyReader.read(file.file().displayPath(), file.file(), root, editor(file, root)));
            }
        }
    }

    /** An editor for the syntax the file was read in. */
    private static PolicyEditor editor(ParsedFile file, MapNode root) {
        return switch (root.syntax()) {
            case JSON -> new JsonPolicyEditor(file.file(), root);
            case YAML -> new YamlPolicyEditor(file.file(), root);
            case HCL -> PolicyEditor.NONE;
        };
    }
}
