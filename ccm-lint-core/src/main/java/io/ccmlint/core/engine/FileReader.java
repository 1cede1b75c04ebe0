package io.ccmlint.core.engine;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.hcl.HclParseResult;
import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.hcl.HclSyntaxError;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.workspace.FileAccess;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.KindDetector;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Paths;
import io.ccmlint.core.workspace.RoleArnMentions;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one file into its located trees, and a parsed JSON or YAML file into the models of every
 * {@link WorkspaceSource} ({@link WorkspaceSource#read}). Runs on many threads at once: it shares
 * nothing mutable. Every failure becomes a {@link ParseFailure}, never an exception.
 */
final class FileReader {
    private final LintConfig config;
    private final ParseLimits limits;
    private final Path displayBase;
    private final List<WorkspaceSource> sources;
    private final JsonTreeReader json;
    /** For files checked on their own: their trees are garbage after the check, pooling their strings would only cost. */
    private final JsonTreeReader jsonAlone;
    private final YamlTreeReader yaml;
    /** Texts that stand for files' contents on disk (an editor's unsaved buffers), by absolute normalized path. */
    private final java.util.Map<Path, String> openTexts;
    /** Where files are read: the disk, or a pull request's base ({@link BaseView}). */
    private final FileAccess files;
    /** The bytes of files left aside, kept for {@link #readAlone}. */
    private final AsideBytes aside;

    /** How a file is shown in findings: relative to the display base when below it. */
    String displayPath(Path file) {
        return Paths.relative(displayBase, file);
    }

    /** @param aside where the first pass keeps the bytes of files it leaves aside, for the second ({@link #readAlone}) */
    FileReader(LintConfig config, ParseLimits limits, Path displayBase, List<WorkspaceSource> sources,
               java.util.Map<Path, String> openTexts, FileAccess files, AsideBytes aside) {
        this.files = files;
        this.aside = aside;
        this.openTexts = openTexts;
        this.config = config;
        this.limits = limits;
        this.displayBase = displayBase;
        this.sources = sources;
        this.json = new JsonTreeReader(limits);
        this.jsonAlone = JsonTreeReader.unpooled(limits);
        this.yaml = new YamlTreeReader(limits);
    }

    ParseLimits limits() {
        return limits;
    }

    FileAccess files() {
        return files;
    }

    /** A file of the first pass: it may be left to be checked on its own; its role ARNs are scanned. */
    FileResult read(Path path) {
        return read(path, mayStandAlone(path), true, null, false);
    }

    /**
     * A file left aside in the first pass: read now to be checked on its own (its role ARNs are
     * known), from the bytes the first pass kept when it did. The first pass found it a regular
     * file; it is not asked again (a file made a pipe since is abandoned at the file timeout).
     */
    FileResult readAlone(Path path) {
        return read(path, false, false, aside.take(path), true);
    }

    /** A file a source reads besides the linted ones ({@link WorkspaceSource.Run#readMore}), on its own. */
    FileResult readMore(Path path) {
        return read(path, false, false, null, false);
    }

    /** What a file whose reading was abandoned at the file timeout gives: a CCM001 at its start. */
    FileResult timedOut(Path path) {
        return failed(timedOut(path, "reading this file took longer than "));
    }

    /** A CCM001 at the start of a file whose reading or evaluation was abandoned ({@code --file-timeout}). */
    ParseFailure timedOut(Path file, String what) {
        SourceFile empty = SourceFile.of(file, Paths.relative(displayBase, file), "");
        return new ParseFailure(empty.span(0, 0), what + ParseLimits.format(limits.fileTimeout())
                + " (--file-timeout, limits.fileTimeout in the configuration); skipped");
    }

    /**
     * True for a {@code .json} file that {@code connectorPolicies} does not name: it may be
     * checked on its own (when its text shows it is nothing but a permission policy).
     */
    private boolean mayStandAlone(Path p) {
        return KindDetector.formatOf(p.getFileName().toString()) == KindDetector.Format.JSON
                && (config.connectorPolicies().isEmpty()
                    || !LintConfig.anyMatch(config.connectorPolicies(), Paths.relative(config.baseDir(), p)));
    }

    /**
     * @param mayStandAlone a {@code .json} file outside {@code connectorPolicies}: when its text
     *     cannot hold a trust policy (no "Principal" key, no escape that could spell one), it is
     *     nothing but a permission policy of its own (or not a policy, or malformed), which no other
     *     file is checked against. Then it is only scanned for role ARNs, not parsed: the engine reads
     *     and checks it on its own later ({@link FileResult#alone}), so its tree and models never
     *     wait in memory for the rest of the run.
     * @param kept the file's bytes as the first pass read them ({@link AsideBytes}); null: read them now
     * @param regular the first pass found the file a regular one
     */
    private FileResult read(Path path, boolean mayStandAlone, boolean scanArns, byte[] kept, boolean regular) {
        String name = path.getFileName().toString();
        KindDetector.Format format = KindDetector.formatOf(name);
        if (format == null) {
            return FileResult.NOTHING;
        }
        SourceFile file;
        String open = openTexts.isEmpty() ? null : openTexts.get(path.toAbsolutePath().normalize());
        try {
            if (!regular && open == null && !files.isFile(path)) { // a FIFO would block the run, /dev/zero would never end
                SourceFile empty = SourceFile.of(path, displayPath(path), "");
                return failed(new ParseFailure(empty.span(0, 0), Files.exists(path)
                        ? "not a regular file (a named pipe, device or socket); not read"
                        : "a symbolic link that leads nowhere (a missing target or a loop); not read"));
            }
            byte[] bytes = kept != null ? kept
                    : open != null ? atMost(open.getBytes(java.nio.charset.StandardCharsets.UTF_8), limits.maxDocumentLength())
                    : files.read(path, limits.maxDocumentLength());
            if (bytes == null) {
                SourceFile empty = SourceFile.of(path, displayPath(path), "");
                return failed(new ParseFailure(empty.span(0, 0),
                        "file is larger than " + limits.maxDocumentLength() + " bytes (limits.maxFileSize); not read"));
            }
            String utf16 = utf16Bom(bytes);
            if (utf16 != null) {
                SourceFile empty = SourceFile.of(path, displayPath(path), "");
                return failed(new ParseFailure(empty.span(0, 0),
                        "the file is " + utf16 + " text (it starts with a byte-order mark); ccm-lint reads UTF-8 only"));
            }
            if (mayStandAlone && format == KindDetector.Format.JSON) {
                // ASCII is all the checks look for: the bytes need no decoding (invalid UTF-8 is
                // reported when the file is read on its own)
                StandAloneScan scan = StandAloneScan.of(bytes);
                if (scan.standsAlone()) {
                    aside.offer(path, bytes);
                    return FileResult.alone(scan.mayNameRoles()
                            ? RoleArnMentions.scan(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                            : RoleArnMentions.Part.NONE);
                }
            }
            file = SourceFile.decode(path, displayPath(path), bytes);
        } catch (SourceFile.MalformedInputException e) {
            SourceFile prefix = SourceFile.of(path, displayPath(path), e.decodedPrefix());
            int at = prefix.text().length();
            return failed(new ParseFailure(prefix.span(at, at),
                    "not valid UTF-8 text: invalid byte sequence at byte " + e.byteOffset()));
        } catch (IOException | SecurityException e) {
            SourceFile empty = SourceFile.of(path, displayPath(path), "");
            return failed(new ParseFailure(empty.span(0, 0), "cannot read file: " + e.getMessage()));
        }
        FileResult parsed = parse(file, format, name, scanArns ? json : jsonAlone);
        return scanArns ? parsed.withArns(RoleArnMentions.scan(file.text())) : parsed;
    }

    private FileResult parse(SourceFile file, KindDetector.Format format, String name, JsonTreeReader json) {
        try {
            return switch (format) {
                case JSON -> readJson(file, json);
                case YAML -> readYaml(file, name);
                case HCL -> readHcl(file);
                case TERRAFORM_JSON -> readTfJson(file);
            };
        } catch (ParseProblem p) {
            return failed(new ParseFailure(p.span(), p.getMessage()));
        } catch (StackOverflowError e) {
            return failed(new ParseFailure(file.span(0, 0), "nested too deeply to read"));
        } catch (RuntimeException e) {
            // a bug in a reader (the fuzz tests look for these): one file's finding, not a failed run
            return failed(new ParseFailure(file.span(0, 0),
                    "cannot read this file: internal error in ccm-lint (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static byte[] atMost(byte[] bytes, long max) {
        return bytes.length > max ? null : bytes;
    }

    /** "UTF-16" or "UTF-32" when the bytes start with such a byte-order mark, else null. */
    private static String utf16Bom(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xFF : -1;
        int b1 = b.length > 1 ? b[1] & 0xFF : -1;
        if (b.length >= 4 && ((b0 == 0xFF && b1 == 0xFE && b[2] == 0 && b[3] == 0)
                || (b0 == 0 && b1 == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF))) {
            return "UTF-32";
        }
        return (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) ? "UTF-16" : null;
    }

    private FileResult failed(ParseFailure f) {
        return new FileResult(Workspace.builder(config).parseFailure(f));
    }

    private FileResult readHcl(SourceFile file) {
        HclParseResult r = HclParser.parse(file, limits.maxNestingDepth());
        Workspace.Builder out = Workspace.builder(config);
        for (HclSyntaxError e : r.errors()) {
            out.parseFailure(new ParseFailure(e.span(), "invalid HCL: " + e.message()));
        }
        return new FileResult(out.terraformFile(r.withoutBrokenItems()));
    }

    /** {@code .tf.json}: the JSON reader, then the same block model as {@code .tf}. */
    private FileResult readTfJson(SourceFile file) throws ParseProblem {
        Node root = json.read(file);
        if (!(root instanceof MapNode m)) {
            throw new ParseProblem(root.span().atStart(), "a .tf.json file must hold a JSON object");
        }
        return new FileResult(Workspace.builder(config).terraformFile(io.ccmlint.core.terraform.TfJsonConverter.convert(file, m)));
    }

    private FileResult readJson(SourceFile file, JsonTreeReader json) throws ParseProblem {
        Node root = json.read(file);
        FileKind kind = KindDetector.detectJson(root);
        if (kind == FileKind.UNKNOWN) {
            return FileResult.NOTHING;
        }
        return models(new ParsedFile(file, List.of(new ParsedFile.Document(kind, root))));
    }

    private FileResult readYaml(SourceFile file, String name) throws ParseProblem {
        List<ParsedFile.Document> docs = new ArrayList<>();
        for (Node root : yaml.readAll(file)) {
            FileKind kind = KindDetector.detectYaml(name, root);
            if (kind != FileKind.UNKNOWN) {
                docs.add(new ParsedFile.Document(kind, root));
            }
        }
        return docs.isEmpty() ? FileResult.NOTHING : models(new ParsedFile(file, docs));
    }

    /** The parsed file and what every source reads from it (a source's bug makes the file a CCM001, see {@link #parse}). */
    private FileResult models(ParsedFile parsed) {
        Workspace.Builder out = Workspace.builder(config).file(parsed);
        for (WorkspaceSource s : sources) {
            s.read(parsed, out);
        }
        return new FileResult(out);
    }
}
