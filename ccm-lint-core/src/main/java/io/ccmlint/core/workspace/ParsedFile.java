package io.ccmlint.core.workspace;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.Node;
import java.util.List;

/**
 * A file that parsed, with its documents (one for JSON, one per YAML document) and the kind of
 * each document.
 *
 * @param set the Kubernetes manifest set the file's objects belong to when it is not its folder
 *            (the manifests of one Helm release), or null
 */
public record ParsedFile(SourceFile file, List<Document> documents, ManifestSet set) {
    public ParsedFile {
        documents = List.copyOf(documents);
    }

    public ParsedFile(SourceFile file, List<Document> documents) {
        this(file, documents, null);
    }

    /** One document of a file and what it is. */
    public record Document(FileKind kind, Node root) {
    }

    /**
     * Manifests installed together: {@code id} names the set (objects refer to each other within
     * it), and an object that names no namespace is installed in {@code namespace}.
     */
    public record ManifestSet(String id, String namespace) {
    }
}
