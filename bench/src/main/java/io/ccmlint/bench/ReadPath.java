package io.ccmlint.bench;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.hcl.HclParseResult;
import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.hcl.HclSyntaxError;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.KindDetector;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import io.ccmlint.core.workspace.WorkspaceSources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the engine does with one file it reads, from its bytes to the models of that file: decode,
 * build the located trees, detect each document's kind, give the parsed file to every
 * {@link WorkspaceSource} ({@code .tf}: the block model). The engine's own reader is
 * package-private; these are the same public steps in the same order, and {@code HarnessTest}
 * checks that they detect the same documents as the engine does. Left out, as they are not the
 * reading: the checks before decoding (regular file, size, UTF-16 mark), the role ARN scan, and
 * the sources' {@code complete} step, which builds the per-folder models (Kubernetes, Terraform)
 * once every file is read.
 */
final class ReadPath {
    /** One file as the engine holds it before reading: its path, how findings show it, its bytes. */
    record RawFile(Path path, String displayPath, byte[] bytes) {
        String fileName() {
            return path.getFileName().toString();
        }
    }

    /** What the engine keeps of a file: the parsed file (null for {@code .tf}, or when nothing was recognised) and its models. */
    record Read(ParsedFile parsed, Workspace.Builder models) {
    }

    private final LintConfig config;
    private final List<WorkspaceSource> sources;
    private final ParseLimits limits;
    private final YamlTreeReader yaml;
    private final JsonTreeReader json;

    /**
     * One run's reader. JSON is read as the engine reads a policy file checked on its own (most JSON
     * of a large run): without a string pool, its tree is dropped after the check.
     */
    ReadPath(LintConfig config, List<WorkspaceSource> sources) {
        this.config = config;
        this.sources = sources;
        this.limits = config.limits();
        this.yaml = new YamlTreeReader(limits);
        this.json = JsonTreeReader.unpooled(limits);
    }

    /** The built-in sources and a configuration with the defaults, as {@code check} with no configuration file. */
    static ReadPath defaults() {
        return new ReadPath(LintConfig.defaults(Path.of("").toAbsolutePath()), WorkspaceSources.BUILT_IN);
    }

    ParseLimits limits() {
        return limits;
    }

    Read read(RawFile raw) throws ParseProblem, SourceFile.MalformedInputException {
        KindDetector.Format format = KindDetector.formatOf(raw.fileName());
        if (format == null) {
            throw new IllegalArgumentException("not a file ccm-lint reads: " + raw.path());
        }
        SourceFile file = SourceFile.decode(raw.path(), raw.displayPath(), raw.bytes());
        return switch (format) {
            case YAML -> yaml(file, raw.fileName());
            case JSON -> json(file);
            case HCL -> hcl(file);
            case TERRAFORM_JSON -> throw new IllegalArgumentException(".tf.json is not benchmarked: " + raw.path());
        };
    }

    private Read yaml(SourceFile file, String name) throws ParseProblem {
        List<ParsedFile.Document> docs = new ArrayList<>();
        for (Node root : yaml.readAll(file)) {
            FileKind kind = KindDetector.detectYaml(name, root);
            if (kind != FileKind.UNKNOWN) {
                docs.add(new ParsedFile.Document(kind, root));
            }
        }
        return docs.isEmpty() ? new Read(null, null) : models(new ParsedFile(file, docs));
    }

    private Read json(SourceFile file) throws ParseProblem {
        Node root = json.read(file);
        FileKind kind = KindDetector.detectJson(root);
        return kind == FileKind.UNKNOWN ? new Read(null, null)
                : models(new ParsedFile(file, List.of(new ParsedFile.Document(kind, root))));
    }

    private Read hcl(SourceFile file) {
        HclParseResult r = HclParser.parse(file, limits.maxNestingDepth());
        Workspace.Builder out = Workspace.builder(config);
        for (HclSyntaxError e : r.errors()) {
            out.parseFailure(new ParseFailure(e.span(), "invalid HCL: " + e.message()));
        }
        return new Read(null, out.terraformFile(r.withoutBrokenItems()));
    }

    private Read models(ParsedFile parsed) {
        Workspace.Builder out = Workspace.builder(config).file(parsed);
        for (WorkspaceSource s : sources) {
            s.read(parsed, out);
        }
        return new Read(parsed, out);
    }
}
