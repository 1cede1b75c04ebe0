package io.ccmlint.core.model.policy;

import io.ccmlint.core.edit.JsonPolicyEditor;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.KindDetector;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;

/**
 * IAM policies written as documents of their own: a {@code .json} file, or a YAML document with a
 * {@code Statement}. A JSON policy can be edited in place ({@link JsonPolicyEditor}); a YAML one
 * has no editor yet.
 */
public final class PolicyFileSource implements WorkspaceSource {
    @Override
    public void read(ParsedFile file, Workspace.Builder out) {
        boolean json = KindDetector.formatOf(file.file().path().getFileName().toString()) == KindDetector.Format.JSON;
        for (ParsedFile.Document d : file.documents()) {
            if (d.kind() == FileKind.IAM_POLICY && d.root() instanceof MapNode root) {
                out.policy(PolicyReader.read(file.file().displayPath(), file.file(), root,
                        json ? new JsonPolicyEditor(file.file(), root) : PolicyEditor.NONE));
            }
        }
    }
}
