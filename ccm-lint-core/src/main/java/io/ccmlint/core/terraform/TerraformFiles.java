package io.ccmlint.core.terraform;

import io.ccmlint.core.edit.JsonPolicyEditor;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.terraform.eval.ModuleFiles;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.Syntax;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.core.workspace.WorkspaceSource;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files Terraform's {@code file()} and {@code templatefile()} read in one run, and what
 * {@code path.module}, {@code path.root} and {@code path.cwd} are in each module instance
 * ({@link #forModule}).
 *
 * <p>A path is resolved as Terraform resolves it: relative to the root module's folder (the
 * working directory; {@code "${path.module}/x.json"} is the usual form). It is read only when it
 * lies inside the root module's folder tree or inside the folder tree of the module whose
 * expression reads it, and so does the file it leads to on disk, symbolic links followed; when it is
 * a regular file of at most the run's {@code limits.maxFileSize}, in UTF-8. Anything else (missing,
 * a folder, a device, {@code /etc/...}, {@code ~/...}, too large, not UTF-8) is not read: the call
 * is unknown. Nothing is fetched or run. Files are read through the run's {@link
 * WorkspaceSource.Run#files() file access}, so a pull request's base workspace reads them as they were there.
 *
 * <p>Each path is read once per run, the way the run reads files ({@link WorkspaceSource.Run#readMore},
 * so an editor's unsaved text and the language server's memory see it); every instance that reads
 * it gets the same {@link SourceFile}, and the policy a JSON file holds is one
 * {@link PolicyDocument} ({@link #policy}): the very document of the workspace when the run read the
 * file as a policy of its own, else one read as such a file is read (named by its path, spans in
 * it, edited with the {@link JsonPolicyEditor}). Thread-safe: the trees of a run read at once.
 */
final class TerraformFiles {
    /** Reads nothing: every path and file is unknown (a module read on its own). */
    static final TerraformFiles NONE = new TerraformFiles(null, List.of());

    private final WorkspaceSource.Run run;
    /** The policies of their own JSON file that the workspace already holds, by the file's path. */
    private final Map<Path, PolicyDocument> workspacePolicies = new HashMap<>();
    private final ConcurrentHashMap<Path, Optional<Loaded>> byPath = new ConcurrentHashMap<>();
    private final Map<SourceFile, Loaded> bySource = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Value, Rendering> renderings = Collections.synchronizedMap(new IdentityHashMap<>());

    /** A string templatefile rendered: the template (its file is the template's span's) and the vars. */
    record Rendering(HclExpression.Template template, Map<String, Value> vars) {
        SourceFile file() {
            return template.span().file();
        }
    }

    /**
     * @param run      the run: its limits, how it reads files, which files it checks on their own
     * @param policies the workspace's policies so far (those of {@code .json} files among them)
     */
    TerraformFiles(WorkspaceSource.Run run, List<PolicyDocument> policies) {
        this.run = run;
        for (PolicyDocument d : policies) {
            if (ownFile(d)) {
                workspacePolicies.putIfAbsent(key(d.file().path()), d);
            }
        }
    }

    /** What {@code path.*} and the file functions see in the instance of the module in {@code module} under the root in {@code root}. */
    ModuleFiles forModule(Path root, Path module) {
        return run == null ? ModuleFiles.NONE : new Access(key(root), key(module));
    }

    /**
     * The policy the file holds when {@code file} is a file {@code file()} read and its text is a
     * JSON IAM policy (a {@code Statement}); one document per file, spans in it.
     */
    Optional<PolicyDocument> policy(SourceFile file) {
        Loaded l = bySource.get(file);
        return l == null ? Optional.empty() : l.policy();
    }

    /** How {@code value} was rendered when templatefile rendered it (the very value, wherever it flowed); else null. */
    Rendering rendering(Value value) {
        return renderings.get(value);
    }

    /** {@code file} (one {@code file()} read) as a template; null when it is not valid template syntax. */
    HclExpression.Template template(SourceFile file) {
        Loaded l = bySource.get(file);
        return l == null ? null : l.template();
    }

    /**
     * True when {@code d}, a policy read from a file that a file function read, is checked as the
     * file's own policy elsewhere: the workspace holds the file's document, or the run checks the
     * file on its own ({@link Workspace#alone}). The Terraform source then does not add it to the
     * workspace's policies again (each statement is reported once), but roles still hold it.
     */
    boolean checkedOnItsOwn(PolicyDocument d) {
        Loaded l = bySource.get(d.file());
        if (l == null || l.policy().isEmpty()) {
            return false; // not a file function's file, or its own text is no policy: only Terraform's rendering is
        }
        return workspacePolicies.containsKey(l.path) || run.checkedAlone(l.path);
    }

    /** The files an instance's {@link ModuleFiles} read inside its own module's folder (for an instance reported at its call). */
    static List<SourceFile> readInModuleFolder(ModuleFiles files) {
        return files instanceof Access a ? a.readHere() : List.of();
    }

    // ---------------------------------------------------------------- reading

    /** A policy of its own JSON file: its tree is the file's whole JSON text (not a CloudFormation template's). */
    private static boolean ownFile(PolicyDocument d) {
        if (!(d.tree() instanceof MapNode m) || m.syntax() != Syntax.JSON || m.span().file() != d.file()) {
            return false;
        }
        String text = d.file().text();
        return text.substring(0, m.span().start()).isBlank() && text.substring(m.span().end()).isBlank();
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private Optional<Loaded> load(Path path) {
        PolicyDocument known = workspacePolicies.get(path);
        if (known != null) {
            return Optional.of(new Loaded(path, known.file(), known));
        }
        Workspace.Builder read = run.readMore(path);
        for (ParsedFile f : read.files()) {
            PolicyDocument own = read.policies().stream().filter(d -> d.file() == f.file() && ownFile(d)).findFirst()
                    .orElse(null);
            return Optional.of(new Loaded(path, f.file(), own));
        }
        // not a JSON or YAML file the run understands (a .tpl, a .txt), or not one it could parse: the text itself
        SourceFile text = text(path);
        return text == null ? Optional.empty() : Optional.of(new Loaded(path, text, null));
    }

    /** The file's text when it is at most the run's size limit and UTF-8 (UTF-16 and UTF-32 fail to decode), else null. */
    private SourceFile text(Path path) {
        try {
            byte[] bytes = run.files().read(path, run.limits().maxDocumentLength());
            return bytes == null ? null : SourceFile.decode(path, run.displayPath(path), bytes);
        } catch (IOException | RuntimeException | SourceFile.MalformedInputException e) {
            return null;
        }
    }

    /** One file read, and what was read from it (each once, on first use). */
    private final class Loaded {
        final Path path;
        final SourceFile file;
        private final PolicyDocument given;
        private Optional<PolicyDocument> policy;
        private Optional<HclExpression.Template> template;

        Loaded(Path path, SourceFile file, PolicyDocument given) {
            this.path = path;
            this.file = file;
            this.given = given;
        }

        synchronized Optional<PolicyDocument> policy() {
            if (policy == null) {
                policy = given != null ? Optional.of(given) : Optional.ofNullable(readPolicy());
            }
            return policy;
        }

        /** As {@code PolicyFileSource} reads a {@code .json} policy file, under the run's limits. */
        private PolicyDocument readPolicy() {
            try {
                Node root = new JsonTreeReader(run.limits()).read(file);
                return root instanceof MapNode m && PolicyReader.looksLikePolicy(m)
                        ? PolicyReader.read(file.displayPath(), file, m, new JsonPolicyEditor(file, m)) : null;
            } catch (ParseProblem | StackOverflowError | RuntimeException notJson) {
                return null; // not JSON (or not under the limits): the text is no policy, as the file on its own would not be
            }
        }

        synchronized HclExpression.Template template() {
            if (template == null) {
                HclParser.TemplateResult r = HclParser.parseTemplate(file, run.limits().maxNestingDepth());
                template = r.errors().isEmpty() ? Optional.of(r.template()) : Optional.empty();
            }
            return template.orElse(null);
        }
    }

    /** One module instance's view: its folder and its root's, and the files it read inside its folder. */
    private final class Access implements ModuleFiles {
        private final Path root;
        private final Path module;
        private final java.util.Set<SourceFile> readHere = Collections.newSetFromMap(new IdentityHashMap<>());
        private Path realRoot;
        private Path realModule;

        Access(Path root, Path module) {
            this.root = root;
            this.module = module;
        }

        @Override
        public String path(String name) {
            return switch (name) {
                case "module" -> relative(module);
                case "root" -> ".";
                case "cwd" -> root.toString().replace('\\', '/');
                default -> null;
            };
        }

        /** As Terraform writes a module's path: relative to the working directory, '/' separators, "." for itself. */
        private String relative(Path folder) {
            String r = root.relativize(folder).toString().replace('\\', '/');
            return r.isEmpty() ? "." : r;
        }

        @Override
        public SourceFile read(String written) {
            if (written.isEmpty() || written.startsWith("~") || written.indexOf('\0') >= 0) {
                return null; // Terraform would expand ~ to the home folder: never read there
            }
            Path path;
            try {
                Path p = Path.of(written);
                path = key(p.isAbsolute() ? p : root.resolve(p));
            } catch (InvalidPathException e) {
                return null;
            }
            boolean inModule = path.startsWith(module);
            if (!inModule && !path.startsWith(root)) {
                return null; // outside the root module's tree and this module's: never read
            }
            Path real = real(path); // null: not on disk (a base workspace's file deleted since)
            if (real != null) {
                inModule = inside(real, realModule());
                if (!inModule && !inside(real, realRoot())) {
                    return null; // a symbolic link that leads out of them
                }
            }
            if (!run.files().isFile(path)) {
                return null; // missing, a folder, a pipe, a device
            }
            Optional<Loaded> l = byPath.computeIfAbsent(path, TerraformFiles.this::load);
            if (l.isEmpty()) {
                return null;
            }
            bySource.putIfAbsent(l.get().file, l.get());
            if (inModule) {
                synchronized (readHere) {
                    readHere.add(l.get().file);
                }
            }
            return l.get().file;
        }

        @Override
        public HclExpression.Template template(SourceFile file) {
            return TerraformFiles.this.template(file);
        }

        @Override
        public void rendered(Value result, HclExpression.Template template, Map<String, Value> vars) {
            renderings.putIfAbsent(result, new Rendering(template, vars));
        }

        List<SourceFile> readHere() {
            synchronized (readHere) {
                return List.copyOf(readHere);
            }
        }

        private synchronized Path realRoot() {
            if (realRoot == null) {
                realRoot = real(root);
            }
            return realRoot;
        }

        private synchronized Path realModule() {
            if (realModule == null) {
                realModule = real(module);
            }
            return realModule;
        }

        private static Path real(Path path) {
            try {
                return path.toRealPath();
            } catch (IOException | SecurityException e) {
                return null;
            }
        }

        private static boolean inside(Path real, Path folder) {
            return folder != null && real.startsWith(folder);
        }
    }
}
