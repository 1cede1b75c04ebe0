package io.ccmlint.core.engine;

import io.ccmlint.core.workspace.FileAccess;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files as they were at a pull request's base ({@link BaseFiles}) over the disk: a file the base
 * holds is read from it (also one deleted since); a file that changed since and that the base does
 * not hold (added since) does not exist; any other path is the same at the base as now (ignored by
 * version control, outside the repository) and is read from disk. Folders are those of the base's
 * files plus those on disk.
 */
final class BaseView implements FileAccess {
    private final BaseFiles base;
    private final Set<Path> files;
    private final Set<Path> changed;
    /** The entries (files and folders) the base's files make in each folder. */
    private final Map<Path, Set<Path>> entries = new HashMap<>();

    BaseView(BaseFiles base, Set<Path> changed) {
        this.base = base;
        this.files = base.files();
        this.changed = changed;
        for (Path f : files) {
            for (Path p = f; p.getParent() != null; p = p.getParent()) {
                if (!entries.computeIfAbsent(p.getParent(), k -> new TreeSet<>()).add(p)) {
                    break; // the folders above are listed already
                }
            }
        }
    }

    @Override
    public List<Path> list(Path folder) {
        Set<Path> out = new TreeSet<>(entries.getOrDefault(folder, Set.of()));
        for (Path p : DISK.list(folder)) {
            if (!changed.contains(p)) {
                out.add(p); // unchanged: the same at the base (a file the base holds is listed already)
            }
        }
        return List.copyOf(out);
    }

    @Override
    public boolean isFolder(Path path) {
        return entries.containsKey(path) || !files.contains(path) && DISK.isFolder(path);
    }

    @Override
    public boolean isFile(Path path) {
        return files.contains(path) || !changed.contains(path) && DISK.isFile(path);
    }

    @Override
    public byte[] read(Path file, long max) throws IOException {
        if (files.contains(file)) {
            return base.read(file, max);
        }
        if (changed.contains(file)) {
            throw new NoSuchFileException(file.toString(), null, "added since the base");
        }
        return DISK.read(file, max);
    }
}
