package io.ccmlint.cli.lsp;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.engine.LintMemory;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lints what the editor has open with the engine {@code check} uses: the linter of a workspace
 * folder is made once by {@link LinterFactory} (configuration found from that folder upwards, or
 * the one given; baseline; strict) and made again when a configuration file or the baseline
 * changes. A lint covers the whole folder, the open buffers standing for their files, so
 * cross-file rules see the rest of the repository; a {@link LintMemory} per folder keeps what is
 * unchanged since the last lint, so only changed files are read again. The findings of each open
 * file are kept for code actions and hover.
 */
final class LintSession {
    /** The findings of one open file, from the text of {@code version}. */
    record Linted(int version, List<Finding> findings, String docsBaseUrl, io.ccmlint.core.workspace.Workspace workspace) {
    }

    /** What a lint of one folder gave: the findings per open file, and what went wrong (nothing: both empty). */
    record Outcome(Map<Path, Linted> files, String configError, List<String> internalErrors) {
    }

    private final ServerSettings settings;
    private final RuleRegistry rules;
    private final Map<Path, Linter> linters = new ConcurrentHashMap<>();
    /** Per folder: what its last lint read and found, so a re-lint costs about what changed. */
    private final Map<Path, LintMemory> memories = new ConcurrentHashMap<>();
    private final Map<Path, Linted> lastByFile = new ConcurrentHashMap<>();
    private volatile List<Path> workspaceFolders = List.of();
    /** The editor watches files for the server: each memory keeps its list of files and is told of changes. */
    private volatile boolean watched;

    LintSession(ServerSettings settings, RuleRegistry rules) {
        this.settings = settings;
        this.rules = rules;
    }

    /** The folders now open; what was kept for a folder no longer among them is dropped. */
    void workspaceFolders(List<Path> folders) {
        workspaceFolders = List.copyOf(folders);
        linters.keySet().removeIf(root -> Files.isDirectory(root) && !folders.contains(root));
        memories.keySet().removeIf(root -> Files.isDirectory(root) && !folders.contains(root));
    }

    List<Path> workspaceFolders() {
        return workspaceFolders;
    }

    /** Whether the editor's watcher tells the server of every change on disk (see {@link LintMemory#watched}). */
    void watched(boolean on) {
        watched = on;
        memories.values().forEach(m -> m.watched(on));
    }

    /** A change on disk the editor's watcher saw (not a configuration: {@link #forgetLinters}). */
    void changedOnDisk(Path path, boolean createdOrDeleted) {
        boolean listChanged = createdOrDeleted || path.getFileName().toString().equals(".gitignore");
        for (LintMemory m : memories.values()) {
            if (listChanged) {
                m.filesCreatedOrDeleted();
            } else {
                m.changedOnDisk(path);
            }
        }
    }

    ServerSettings settings() {
        return settings;
    }

    /** The folder linted for a file: the workspace folder holding it, else the file alone. */
    Path rootOf(Path file) {
        return workspaceFolders.stream().filter(file::startsWith).findFirst().orElse(file);
    }

    /** A configuration may have changed: every linter is made again on the next lint. */
    void forgetLinters() {
        linters.clear();
        memories.clear();
    }

    Linted last(Path file) {
        return file == null ? null : lastByFile.get(file);
    }

    void closed(Path file) {
        lastByFile.remove(file);
        linters.remove(file); // a file outside the folders was its own root
        memories.remove(file);
    }

    /** Lints {@code root} with the open buffers below it; never throws for bad input or a bad configuration. */
    Outcome lint(Path root, Map<Path, OpenDocuments.Doc> open) {
        Linter linter;
        try {
            linter = linter(root);
        } catch (ConfigException e) {
            return new Outcome(Map.of(), e.getMessage(), List.of());
        }
        Map<Path, String> texts = new HashMap<>();
        open.forEach((p, d) -> texts.put(p, d.text()));
        LintResult result;
        try {
            result = linter.lint(List.of(root), texts, memory(root));
        } catch (ConfigException e) {
            return new Outcome(Map.of(), e.getMessage(), List.of());
        }
        Map<Path, List<Finding>> byFile = new HashMap<>();
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.span().file().path().toAbsolutePath().normalize(), k -> new ArrayList<>()).add(f);
        }
        Map<Path, Linted> out = new HashMap<>();
        String docs = linter.config().docsBaseUrl();
        open.forEach((p, d) -> {
            Linted l = new Linted(d.version(), List.copyOf(byFile.getOrDefault(p, List.of())), docs, result.workspace());
            lastByFile.put(p, l);
            out.put(p, l);
        });
        return new Outcome(out, null, result.internalErrors());
    }

    private LintMemory memory(Path root) {
        return memories.computeIfAbsent(root, r -> {
            LintMemory m = new LintMemory();
            m.watched(watched);
            return m;
        });
    }

    private Linter linter(Path root) throws ConfigException {
        Linter l = linters.get(root);
        if (l == null) {
            Path start = Files.isDirectory(root) ? root : root.getParent();
            LinterOptions.Builder options = LinterOptions.builder(rules)
                    .config(settings.config() != null ? ConfigLookup.file(settings.config()) : ConfigLookup.nearest(List.of(start), null))
                    .strict(settings.strict())
                    .baseline(settings.baseline())
                    .clock(settings.clock())
                    .displayBase(start);
            l = LinterFactory.create(options.build());
            linters.put(root, l);
        }
        return l;
    }
}
