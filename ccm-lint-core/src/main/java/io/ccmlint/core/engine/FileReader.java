package io.ccmlint.core.engine;

import io.ccmlint.core.edit.JsonPolicyEditor;
import io.ccmlint.core.hcl.HclBody;
import io.ccmlint.core.hcl.HclBodyItem;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.hcl.HclParseResult;
import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.hcl.HclSyntaxError;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.KindDetector;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one file into its located trees and models. Runs on many threads at once: it shares
 * nothing mutable. Every failure becomes a {@link ParseFailure}, never an exception.
 */
final class FileReader {
    private final ParseLimits limits;
    private final JsonTreeReader json;
    private final YamlTreeReader yaml;

    FileReader(ParseLimits limits) {
        this.limits = limits;
        this.json = new JsonTreeReader(limits);
        this.yaml = new YamlTreeReader(limits);
    }

    FileResult read(Path path, String displayPath) {
        String name = path.getFileName().toString();
        KindDetector.Format format = KindDetector.formatOf(name);
        if (format == null) {
            return FileResult.nothing();
        }
        SourceFile file;
        try {
            if (Files.size(path) > limits.maxDocumentLength()) {
                SourceFile empty = SourceFile.of(path, displayPath, "");
                return FileResult.failed(new ParseFailure(empty.span(0, 0),
                        "file is larger than " + limits.maxDocumentLength() + " bytes; not read"));
            }
            file = SourceFile.decode(path, displayPath, Files.readAllBytes(path));
        } catch (SourceFile.MalformedInputException e) {
            SourceFile prefix = SourceFile.of(path, displayPath, e.decodedPrefix());
            int at = prefix.text().length();
            return FileResult.failed(new ParseFailure(prefix.span(at, at),
                    "not valid UTF-8 text: invalid byte sequence at byte " + e.byteOffset()));
        } catch (IOException | SecurityException e) {
            SourceFile empty = SourceFile.of(path, displayPath, "");
            return FileResult.failed(new ParseFailure(empty.span(0, 0), "cannot read file: " + e.getMessage()));
        }
        try {
            return switch (format) {
                case JSON -> readJson(file);
                case YAML -> readYaml(file, name);
                case HCL -> readHcl(file);
                case TERRAFORM_JSON -> readTfJson(file);
            };
        } catch (ParseProblem p) {
            return FileResult.failed(new ParseFailure(p.span(), p.getMessage()));
        }
    }

    private FileResult readHcl(SourceFile file) {
        HclParseResult r = HclParser.parse(file);
        List<ParseFailure> failures = new ArrayList<>();
        for (HclSyntaxError e : r.errors()) {
            failures.add(new ParseFailure(e.span(), "invalid HCL: " + e.message()));
        }
        return new FileResult(null, failures, List.of(), withoutBrokenItems(r));
    }

    /**
     * The file without the top-level items that hold a syntax error: what the parser recovered
     * inside them is a guess, so only their CCM001 is reported; the rest of the file is read.
     */
    private static HclFile withoutBrokenItems(HclParseResult r) {
        if (r.errors().isEmpty()) {
            return r.file();
        }
        List<HclBodyItem> items = r.file().body().items();
        java.util.Set<HclBodyItem> broken = new java.util.HashSet<>();
        for (HclSyntaxError e : r.errors()) {
            HclBodyItem owner = null; // the last item starting at or before the error (a broken item's span may stop short of it)
            for (HclBodyItem item : items) {
                if (item.span().start() <= e.span().start()) {
                    owner = item;
                }
            }
            if (owner != null) {
                broken.add(owner);
            }
        }
        List<HclBodyItem> kept = items.stream().filter(i -> !broken.contains(i)).toList();
        HclFile f = r.file();
        return new HclFile(f.source(), new HclBody(kept, f.body().span()), f.comments(), f.span());
    }

    /** {@code .tf.json}: the JSON reader, then the same block model as {@code .tf}. */
    private FileResult readTfJson(SourceFile file) throws ParseProblem {
        Node root = json.read(file);
        if (!(root instanceof MapNode m)) {
            throw new ParseProblem(root.span().atStart(), "a .tf.json file must hold a JSON object");
        }
        return new FileResult(null, List.of(), List.of(), io.ccmlint.core.terraform.TfJsonConverter.convert(file, m));
    }

    private FileResult readJson(SourceFile file) throws ParseProblem {
        Node root = json.read(file);
        FileKind kind = KindDetector.detectJson(root);
        if (kind == FileKind.UNKNOWN) {
            return FileResult.nothing();
        }
        List<PolicyDocument> policies = new ArrayList<>();
        if (kind == FileKind.IAM_POLICY) {
            MapNode m = (MapNode) root;
            policies.add(PolicyReader.read(file.displayPath(), file, m, new JsonPolicyEditor(file, m)));
        }
        return new FileResult(new ParsedFile(file, List.of(new ParsedFile.Document(kind, root))), List.of(), policies, null);
    }

    private FileResult readYaml(SourceFile file, String name) throws ParseProblem {
        List<ParsedFile.Document> docs = new ArrayList<>();
        List<PolicyDocument> policies = new ArrayList<>();
        for (Node root : yaml.readAll(file)) {
            FileKind kind = KindDetector.detectYaml(name, root);
            if (kind != FileKind.UNKNOWN) {
                docs.add(new ParsedFile.Document(kind, root));
            }
            if (kind == FileKind.IAM_POLICY) {
                policies.add(PolicyReader.read(file.displayPath(), file, (MapNode) root, io.ccmlint.core.model.policy.PolicyEditor.NONE));
            }
        }
        if (docs.isEmpty()) {
            return FileResult.nothing();
        }
        return new FileResult(new ParsedFile(file, docs), List.of(), policies, null);
    }
}
