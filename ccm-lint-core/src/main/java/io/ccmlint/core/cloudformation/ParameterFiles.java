package io.ccmlint.core.cloudformation;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.workspace.ParseFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudFormation parameter files, each read once while it is unchanged: every template of a stack
 * then sees the same file (the same spans), so a finding on one of its values is reported once.
 * A few recent files are kept, by path, size, modification time and shown path.
 */
final class ParameterFiles {
    /** A file's JSON, or why it could not be read (located in it). */
    record Parsed(Node root, ParseFailure failure) {
    }

    private static final int KEPT = 64;
    private static final Map<List<Object>, Parsed> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Parsed> eldest) {
            return size() > KEPT;
        }
    };

    private ParameterFiles() {
    }

    static Parsed read(Path path, String shown, ParseLimits limits) {
        List<Object> key;
        try {
            key = Files.isRegularFile(path)
                    ? List.of(path, Files.size(path), Files.getLastModifiedTime(path), shown, limits) : null;
        } catch (IOException e) {
            key = null;
        }
        if (key == null) {
            return parse(path, shown, limits);
        }
        synchronized (RECENT) {
            Parsed p = RECENT.get(key);
            if (p != null) {
                return p;
            }
        }
        Parsed p = parse(path, shown, limits);
        synchronized (RECENT) {
            Parsed earlier = RECENT.putIfAbsent(key, p);
            return earlier != null ? earlier : p;
        }
    }

    private static Parsed parse(Path path, String shown, ParseLimits limits) {
        SourceFile file;
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > limits.maxDocumentLength()) {
                SourceFile none = SourceFile.of(path, shown, "");
                return new Parsed(null, new ParseFailure(none.span(0, 0), "CloudFormation parameter file named in the"
                        + " configuration" + (Files.isRegularFile(path) ? " is larger than limits.maxFileSize" : " does not exist")));
            }
            file = SourceFile.decode(path, shown, Files.readAllBytes(path));
        } catch (IOException | SourceFile.MalformedInputException e) {
            SourceFile none = SourceFile.of(path, shown, "");
            return new Parsed(null, new ParseFailure(none.span(0, 0), "cannot read CloudFormation parameter file: " + e.getMessage()));
        }
        try {
            return new Parsed(new JsonTreeReader(limits).read(file), null);
        } catch (ParseProblem p) {
            return new Parsed(null, new ParseFailure(p.span(), p.getMessage()));
        }
    }
}
