package io.ccmlint.core.workspace;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.Node;
import java.util.List;

/**
 * A file that parsed, with its documents (one for JSON, one per YAML document) and the kind of
 * each document.
 */
public record ParsedFile(SourceFile file, List<Document> documents) {
    public ParsedFile {
        documents = List.copyOf(documents);
    }

    /** One document of a file and what it is. */
    public record Document(FileKind kind, Node root) {
    }
}
