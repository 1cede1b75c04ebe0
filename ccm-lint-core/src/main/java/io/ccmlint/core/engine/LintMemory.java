package io.ccmlint.core.engine;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.rule.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the lints of one {@link Linter} remember from one lint to the next, so that a re-lint after
 * an edit costs about what changed (the language server keeps one per workspace folder; {@code
 * check} never uses one). Given to {@link Linter#lint(List, Map, LintMemory)}; the result is
 * exactly what a lint without it gives for the same texts.
 *
 * <ul>
 *   <li>What reading each file gave (its parsed trees and models, or its role ARNs), by path,
 *   while its text is the same: an open buffer's text, else the file's size, modification time
 *   and identity on disk. Only changed files are read again; the workspace is built again from the
 *   files' parts (the sources' {@code complete} steps run, so cross-file models, and the findings
 *   of every rule on them, follow any change).</li>
 *   <li>For each file checked on its own (a permission policy in a {@code .json} file of its own),
 *   what its {@link Scope#FILE} rules found: replayed while the file is unchanged; its other rules,
 *   which may ask the rest of the workspace, run again.</li>
 *   <li>The list of files, when the caller says that a watcher tells it of every file created or
 *   deleted ({@link #watched}); else the folders are walked at every lint.</li>
 * </ul>
 *
 * <p>Anything else a source reads from disk (a {@code .tfvars} file, a module manifest) is read
 * again at every lint. A memory belongs to one linter: given to another, or when the rules
 * activated change, it starts afresh. Lints with one memory run one at a time.
 */
public final class LintMemory {
    /** What the last lint did: files linted, read again, re-used; files checked on their own; rule runs replayed; folders walked. */
    public record Stats(int files, int read, int reused, int checkedAlone, int rulesReplayed, boolean walked) {
    }

    /** A file's text as the lint saw it: an open buffer's text, or the file's size, time and identity on disk. */
    private record Stamp(String text, long size, long modified, Object key) {
    }

    /** What reading one file gave, while its stamp holds. */
    private static final class Entry {
        final Stamp stamp;
        volatile FileResult first;
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
    private volatile boolean watched;
    private volatile boolean fileListStale = true;
    private FileList fileList;
    private Linter owner;
    private List<Object> rulesKey;
    private volatile Stats last = new Stats(0, 0, 0, 0, 0, false);

    /**
     * True when the caller is told of every file created or deleted below the roots and calls
     * {@link #filesCreatedOrDeleted} then (an editor's file watcher): the list of files is kept
     * between lints. False (the default): the folders are walked at every lint.
     */
    public void watched(boolean watched) {
        this.watched = watched;
        fileListStale = true;
    }

    /** Files or folders were created, deleted or renamed below the roots (or a {@code .gitignore} changed): the next lint walks again. */
    public void filesCreatedOrDeleted() {
        fileListStale = true;
    }

    /**
     * A file changed on disk: what reading it gave is forgotten (its size and time would tell in
     * most cases; this makes sure, e.g. for a change within the file system's time resolution).
     */
    public void changedOnDisk(Path file) {
        changedOnDisk.add(file.toAbsolutePath().normalize());
    }

    /** Forgets everything. */
    public synchronized void clear() {
        entries.clear();
        fileList = null;
        fileListStale = true;
    }

    /** What the last lint with this memory did (for tests and {@code -Dccmlint.timing}). */
    public Stats lastLint() {
        return last;
    }

    /** Starts one lint of {@code linter} with these rules; the caller holds this memory's lock until {@link Recall#done}. */
    Recall begin(Linter linter, List<RuleRegistry.ActiveRule> active, Map<Path, String> openTexts) {
        List<Object> key = active.stream().map(a -> (Object) List.of(a.rule(), a.severity(), a.severityConfigured())).toList();
        if (linter != owner || !key.equals(rulesKey)) {
            clear();
            owner = linter;
            rulesKey = key;
        }
        for (Path p : changedOnDisk) {
            changedOnDisk.remove(p);
            entries.remove(p);
        }
        boolean[] fileScope = new boolean[active.size()];
        for (int i = 0; i < active.size(); i++) {
            fileScope[i] = Scope.of(active.get(i).rule()) == Scope.FILE;
        }
        return new Lint(openTexts, fileScope);
    }

    /** One lint's view of the memory. Reads run on many threads at once. */
    private final class Lint implements Recall {
        private final Map<Path, String> openTexts;
        private final boolean[] fileScope;
        /** Every path this lint read, with its stamp (null: not cacheable); the rest is forgotten when it is done. */
        private final Map<Path, java.util.Optional<Stamp>> stamps = new ConcurrentHashMap<>();
        private final Map<FileResult, AloneRules> rulesOf = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
        private final AtomicInteger read = new AtomicInteger();
        private final AtomicInteger reused = new AtomicInteger();
        private final AtomicInteger alone = new AtomicInteger();
        private final AtomicInteger replayed = new AtomicInteger();
        private boolean walked;
        private int files;

        Lint(Map<Path, String> openTexts, boolean[] fileScope) {
            this.openTexts = openTexts;
            this.fileScope = fileScope;
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
            files = l.files().size();
            return l.files();
        }

        @Override
        public FileResult read(Path file, FileReader reader) {
            Path p = file.toAbsolutePath().normalize();
            Stamp s = stamp(p);
            Entry e = s == null ? null : entries.get(p);
            if (e != null && e.stamp.equals(s) && e.first != null) {
                reused.incrementAndGet();
                return e.first;
            }
            read.incrementAndGet();
            FileResult r = reader.read(file);
            if (s != null) {
                entry(p, s).first = r;
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
                r = reader.readAlone(file);
                if (s != null) {
                    e = entry(p, s);
                    e.alone = r;
                    e.rules = new AloneRules(fileScope);
                }
            }
            if (e != null && e.alone == r) {
                rulesOf.put(r, e.rules);
            }
            return r;
        }

        @Override
        public AloneRules aloneRules(FileResult r) {
            AloneRules rules = rulesOf.get(r);
            alone.incrementAndGet();
            if (rules != null) {
                replayed.addAndGet(rules.recorded());
            }
            return rules;
        }

        /** The stamp of a path, taken once per lint (before reading, so a change while reading shows next time). */
        private Stamp stamp(Path p) {
            return stamps.computeIfAbsent(p, x -> java.util.Optional.ofNullable(stampNow(x))).orElse(null);
        }

        private Stamp stampNow(Path p) {
            String open = openTexts.get(p);
            if (open != null) {
                return new Stamp(open, -1, -1, null);
            }
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return a.isRegularFile() ? new Stamp(null, a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                        a.fileKey()) : null;
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                return null; // missing, unreadable: read every time (the reader says why)
            }
        }

        private Entry entry(Path p, Stamp s) {
            return entries.compute(p, (k, e) -> e != null && e.stamp.equals(s) ? e : new Entry(s));
        }

        @Override
        public void done(Linter.Timing timing) {
            entries.keySet().retainAll(stamps.keySet());
            last = new Stats(files, read.get(), reused.get(), alone.get(), replayed.get(), walked);
            timing.lap("memory: " + last);
        }
    }
}
