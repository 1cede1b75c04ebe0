package io.ccmlint.core.engine;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the lints of one {@link Linter} remember from one lint to the next, so that a re-lint after
 * an edit costs about what changed (the language server keeps one per workspace folder; {@code
 * check} never uses one). Given to {@link Linter#lint(List, Map, LintMemory)}; the result is
 * exactly what a lint without it gives for the same texts.
 *
 * <ul>
 *   <li>What reading each file gave (its parsed trees and models, or the role ARNs of a file left
 *   to be checked on its own), by path, while its text is the same: an open buffer's text, else the
 *   file's size, modification time and identity on disk. Only changed files are read again.</li>
 *   <li>The workspace, and what the rules found on it, while it would be made of the same parts
 *   (the same <em>generation</em>, below). Else it is built again from the files' parts (the
 *   sources' {@code complete} steps run, so cross-file models follow any change) and every rule
 *   runs on it again.</li>
 *   <li>For each file checked on its own (a permission policy in a {@code .json} file of its own,
 *   most files of a policy repository), what each rule found there ({@link AloneRules}): replayed
 *   while the file is unchanged when the rule asked nothing across files; when it asked (a
 *   derived value, the role ARNs of the workspace), only while the workspace is unchanged too, of
 *   the same <em>generation</em>.</li>
 *   <li>The list of files, while the caller says a watcher tells it of every file created or
 *   deleted ({@link #watched}); else the folders are walked at every lint.</li>
 * </ul>
 *
 * <p>The workspace's generation changes when a file that is part of it was read again (a file
 * checked on its own counts only when the role ARNs it mentions changed or it changed on disk,
 * not only in the editor: sources read some files from disk themselves), when the list of files
 * changed, when a module a source read besides the linted files (outside the folders, or
 * downloaded by {@code terraform init}) changed, and when something else a source reads (a
 * {@code .tfvars} file, a module manifest) may have changed: the memory knows of that only through
 * {@link #changedOnDisk} and {@link #filesCreatedOrDeleted}, so without a watcher
 * ({@code watched(false)}) every lint is a new generation. A memory belongs to one linter: given
 * to another, or when the rules activated change, it starts afresh. Lints with one memory run one
 * at a time.
 */
public final class LintMemory {
    /**
     * What the last lint did: files linted, read again, re-used; files checked on their own and
     * rule runs replayed on them; whether the folders were walked and the workspace is of a new
     * generation (the rules that may read across files then ran again on every file).
     */
    public record Stats(int files, int read, int reused, int checkedAlone, int rulesReplayed, boolean walked,
                        boolean newGeneration) {
    }

    /**
     * A file's text as the lint saw it: an open buffer's text, or the file's size, time and identity
     * on disk; and the stamps of the files its reading also reads from disk ({@link #alsoRead}).
     */
    private record Stamp(String text, long size, long modified, Object key, List<Stamp> also) {
        static final Stamp MISSING = new Stamp(null, -1, -1, null, List.of());
    }

    /** What reading one file gave, while its stamp holds. */
    private static final class Entry {
        final Stamp stamp;
        volatile FileResult first;
        volatile FileResult more;
        volatile FileResult alone;
        volatile AloneRules rules;

        Entry(Stamp stamp) {
            this.stamp = stamp;
        }
    }

    /** The files of the last walk and what it was asked. */
    private record FileList(List<Path> roots, LintConfig config, Set<Path> unsaved, List<Path> files) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Set<Path> changedOnDisk = ConcurrentHashMap.newKeySet();
    /** Counts what was told of changes that may change the workspace besides its files; compared with {@link #outsideSeen}. */
    private final java.util.concurrent.atomic.AtomicLong outsideChanges = new java.util.concurrent.atomic.AtomicLong(1);
    private long outsideSeen;
    /** A lint began and has not said it is done (it failed): the next one starts afresh. */
    private boolean underway;
    private volatile boolean watched;
    private volatile boolean fileListStale = true;
    private FileList fileList;
    private List<Path> lastFiles = List.of();
    private Set<Path> lastReadMore = Set.of();
    /** The last lint's workspace and what the rules found on it (null: none kept). */
    private Workspace lastWorkspace;
    private List<Finding> lastFindings;
    private List<String> lastErrors;
    private int generation;
    private Linter owner;
    private List<Object> rulesKey;
    private volatile Stats last = new Stats(0, 0, 0, 0, 0, false, false);

    /**
     * True when the caller is told of every change below the roots (an editor's file watcher) and
     * passes each on ({@link #changedOnDisk}, {@link #filesCreatedOrDeleted}): the list of files is
     * kept between lints, and an unchanged workspace keeps its generation. False (the default): the
     * folders are walked and the workspace is taken as changed at every lint.
     */
    public void watched(boolean watched) {
        this.watched = watched;
        fileListStale = true;
        outsideChanges.incrementAndGet();
    }

    /** Files or folders were created, deleted or renamed below the roots (or a {@code .gitignore} changed): the next lint walks again. */
    public void filesCreatedOrDeleted() {
        fileListStale = true;
        outsideChanges.incrementAndGet();
    }

    /**
     * A file changed on disk. A linted file is read again (its size and time would tell in most
     * cases; this makes sure), and the workspace may have changed: sources read some files from
     * disk themselves (a {@code .tfvars} or {@code .tfvars.json} file, a CloudFormation parameter
     * file, a module manifest), and the disk is what they read even of a file open in the editor.
     */
    public void changedOnDisk(Path file) {
        Path p = file.toAbsolutePath().normalize();
        if (entries.containsKey(p)) {
            changedOnDisk.add(p);
        }
        outsideChanges.incrementAndGet();
    }

    /** Forgets everything. */
    public synchronized void clear() {
        entries.clear();
        fileList = null;
        fileListStale = true;
        outsideChanges.incrementAndGet();
        lastFiles = List.of();
        lastReadMore = Set.of();
        lastWorkspace = null;
        lastFindings = null;
        lastErrors = null;
    }

    /** What the last lint with this memory did (for tests and {@code -Dccmlint.timing}). */
    public Stats lastLint() {
        return last;
    }

    /** Starts one lint of {@code linter} with these rules; the caller holds this memory's lock until {@link Recall#done}. */
    Recall begin(Linter linter, List<RuleRegistry.ActiveRule> active, Map<Path, String> openTexts) {
        List<Object> key = active.stream().map(a -> (Object) List.of(a.rule(), a.severity(), a.severityConfigured())).toList();
        if (linter != owner || !key.equals(rulesKey) || underway) {
            clear();
            owner = linter;
            rulesKey = key;
        }
        for (Path p : changedOnDisk) {
            changedOnDisk.remove(p);
            entries.remove(p);
        }
        // taken now, before anything is read: a change told during the lint counts for the next one
        long told = outsideChanges.get();
        underway = true;
        return new Lint(linter.config(), openTexts, active.size(), told, told != outsideSeen || !watched);
    }

    /**
     * The files that reading {@code file} also reads from disk, whatever the editor holds: the
     * parameter files of the CloudFormation stacks whose template it is (the CloudFormation
     * source evaluates a template while reading it). What reading a file gives is kept only while
     * they are unchanged too.
     */
    static List<Path> alsoRead(Path file, LintConfig config) {
        List<LintConfig.CloudFormationSettings.Stack> stacks = config.cloudFormation().stacks();
        if (stacks.isEmpty()) {
            return List.of();
        }
        String relative = io.ccmlint.core.workspace.Paths.relative(config.baseDir(), file);
        List<Path> out = new ArrayList<>();
        for (LintConfig.CloudFormationSettings.Stack stack : stacks) {
            if (stack.template().matches(relative)) {
                stack.parameterFiles().forEach(f -> out.add(config.baseDir().resolve(f).toAbsolutePath().normalize()));
            }
        }
        return out;
    }

    /** One lint's view of the memory. Reads run on many threads at once. */
    private final class Lint implements Recall {
        private final LintConfig config;
        private final Map<Path, String> openTexts;
        private final int rules;
        /** Every path this lint read, with its stamp (empty: not kept); the rest is forgotten when it is done. */
        private final Map<Path, Optional<Stamp>> stamps = new ConcurrentHashMap<>();
        private final Set<Path> readMore = ConcurrentHashMap.newKeySet();
        private final Map<FileResult, AloneRules> rulesOf = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
        private final AtomicBoolean workspaceChanged;
        private final long told;
        private final AtomicInteger read = new AtomicInteger();
        private final AtomicInteger reused = new AtomicInteger();
        private final AtomicInteger alone = new AtomicInteger();
        private final AtomicInteger replayed = new AtomicInteger();
        private boolean walked;
        private List<Path> files = List.of();
        /** The workspace's generation, decided when it is built (at the first file checked on its own); -1 before. */
        private volatile int built = -1;
        private Workspace workspace;
        private List<Finding> findings;
        private List<String> errors;

        Lint(LintConfig config, Map<Path, String> openTexts, int rules, long told, boolean outsideChanged) {
            this.config = config;
            this.told = told;
            this.openTexts = openTexts;
            this.rules = rules;
            this.workspaceChanged = new AtomicBoolean(outsideChanged);
        }

        @Override
        public List<Path> collect(List<Path> roots, LintConfig config, Set<Path> unsaved) throws ConfigException {
            FileList l = fileList;
            if (!watched || fileListStale || l == null || !l.roots().equals(roots) || l.config() != config
                    || !l.unsaved().equals(unsaved)) {
                fileListStale = false; // before the walk: a change during it makes it stale again
                l = new FileList(List.copyOf(roots), config, Set.copyOf(unsaved), FileCollector.collect(roots, config, unsaved));
                fileList = l;
                walked = true;
            }
            files = l.files();
            if (!files.equals(lastFiles)) {
                workspaceChanged.set(true);
            }
            return files;
        }

        @Override
        public FileResult read(Path file, FileReader reader) {
            Path p = file.toAbsolutePath().normalize();
            Stamp s = stamp(p);
            Entry e = s == null ? null : entries.get(p);
            FileResult before = e == null ? null : e.first;
            if (before != null && e.stamp.equals(s)) {
                reused.incrementAndGet();
                return before;
            }
            read.incrementAndGet();
            long start = System.nanoTime();
            FileResult r = reader.read(file);
            if (tooSlow(start, reader)) {
                s = null;
            }
            if (before == null || !before.alone() || !r.alone() || !before.arns().equals(r.arns())
                    || (s != null && s.text() == null)) {
                // only a file checked on its own leaves the workspace as it was, when its ARNs do and only
                // its text in the editor changed: a source may read the file from disk (a parameter file)
                workspaceChanged.set(true);
            }
            if (s != null) {
                entry(p, s).first = r;
            }
            return r;
        }

        @Override
        public FileResult timedOut(Path file, FileReader reader) {
            workspaceChanged.set(true);
            return reader.timedOut(file);
        }

        @Override
        public FileResult readMore(Path file, FileReader reader) {
            Path p = file.toAbsolutePath().normalize();
            readMore.add(p);
            Stamp s = stamp(p);
            Entry e = s == null ? null : entries.get(p);
            if (e != null && e.stamp.equals(s) && e.more != null) {
                return e.more;
            }
            workspaceChanged.set(true);
            long start = System.nanoTime();
            FileResult r = reader.readMore(file);
            if (s != null && !tooSlow(start, reader)) {
                entry(p, s).more = r;
            }
            return r;
        }

        @Override
        public FileResult readAlone(Path file, FileReader reader) {
            Path p = file.toAbsolutePath().normalize();
            Stamp s = stamp(p);
            Entry e = s == null ? null : entries.get(p);
            FileResult r = e != null && e.stamp.equals(s) ? e.alone : null;
            if (r == null) {
                long start = System.nanoTime();
                r = reader.readAlone(file);
                if (s != null && !tooSlow(start, reader)) {
                    e = entry(p, s);
                    e.alone = r;
                    e.rules = new AloneRules(rules);
                }
            }
            if (e != null && e.alone == r) {
                rulesOf.put(r, e.rules);
            }
            return r;
        }

        @Override
        public Workspace unchangedWorkspace() {
            if (workspaceChanged.get() || lastWorkspace == null) {
                return null;
            }
            for (Path p : lastReadMore) { // what the sources read besides: unchanged, it would be re-used
                Stamp s = stamp(p);
                Entry e = s == null ? null : entries.get(p);
                if (e == null || !e.stamp.equals(s) || e.more == null) {
                    return null;
                }
            }
            readMore.addAll(lastReadMore);
            workspace = lastWorkspace;
            return workspace;
        }

        @Override
        public void built(Workspace ws) {
            workspace = ws;
        }

        @Override
        public boolean replayRules(Workspace ws, List<Finding> into, List<String> errorsInto) {
            if (ws != lastWorkspace || lastFindings == null) {
                return false;
            }
            into.addAll(lastFindings);
            errorsInto.addAll(lastErrors);
            findings = lastFindings;
            errors = lastErrors;
            return true;
        }

        @Override
        public void rulesRan(Workspace ws, List<Finding> found, List<String> raised) {
            findings = List.copyOf(found);
            errors = List.copyOf(raised);
        }

        @Override
        public AloneRules aloneRules(FileResult r) {
            alone.incrementAndGet();
            AloneRules rules = rulesOf.get(r);
            if (rules != null) {
                replayed.addAndGet(rules.lintIn(generation()));
            }
            return rules;
        }

        /** The generation of this lint's workspace: the last one's, unless something it is made of changed. */
        private int generation() {
            if (built < 0) {
                synchronized (this) {
                    if (built < 0) {
                        if (!readMore.equals(lastReadMore)) {
                            workspaceChanged.set(true);
                        }
                        built = workspaceChanged.get() ? ++generation : generation;
                    }
                }
            }
            return built;
        }

        /**
         * True when reading took the file timeout or longer: the run gave up on it (a CCM001) and
         * a lint without memory would again, so what the reading gave is not kept.
         */
        private boolean tooSlow(long start, FileReader reader) {
            return System.nanoTime() - start >= reader.limits().fileTimeout().toNanos();
        }

        /** The stamp of a path, taken once per lint (before reading, so a change while reading shows next time). */
        private Stamp stamp(Path p) {
            return stamps.computeIfAbsent(p, x -> Optional.ofNullable(stampNow(x))).orElse(null);
        }

        private Stamp stampNow(Path p) {
            List<Stamp> also = List.of();
            List<Path> more = alsoRead(p, config);
            if (!more.isEmpty()) {
                also = new ArrayList<>();
                for (Path q : more) {
                    Stamp s = onDisk(q);
                    also.add(s == null ? Stamp.MISSING : s);
                }
            }
            String open = openTexts.get(p);
            if (open != null) {
                return new Stamp(open, -1, -1, null, also);
            }
            Stamp s = onDisk(p);
            return s == null ? null : also.isEmpty() ? s : new Stamp(null, s.size(), s.modified(), s.key(), also);
        }

        /** Null: missing, unreadable, not a regular file: read every time (the reader says why). */
        private Stamp onDisk(Path p) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return a.isRegularFile()
                        ? new Stamp(null, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.fileKey(), List.of()) : null;
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                return null;
            }
        }

        private Entry entry(Path p, Stamp s) {
            return entries.compute(p, (k, e) -> e != null && e.stamp.equals(s) ? e : new Entry(s));
        }

        @Override
        public void done(Linter.Timing timing) {
            generation();
            entries.keySet().retainAll(stamps.keySet());
            lastFiles = files;
            lastReadMore = Set.copyOf(readMore);
            outsideSeen = told;
            lastWorkspace = workspace;
            lastFindings = findings;
            lastErrors = errors;
            underway = false;
            last = new Stats(files.size(), read.get(), reused.get(), alone.get(), replayed.get(), walked, workspaceChanged.get());
            timing.lap("memory: " + last);
        }
    }
}
