package io.ccmlint.core.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How a run sees files: on disk ({@link #DISK}), or as they were at a pull request's base
 * ({@link Workspace#base()}, read from git's objects over the disk). The walk, the reader and the
 * sources that read files the run was not given (a Terraform module's {@code .tf} files, its
 * {@code terraform.tfvars}) go through it, so the base workspace is made as the run's is.
 * Thread-safe.
 */
public interface FileAccess {
    /** The files on disk. */
    FileAccess DISK = new FileAccess() {
        @Override
        public List<Path> list(Path folder) {
            return entries(folder).stream().map(Entry::path).toList();
        }

        @Override
        public List<Entry> entries(Path folder) {
            // one lstat per entry tells a link, a folder and a file apart: list() and then isFolder()
            // took two system calls per entry, on the walk's single thread
            List<Entry> out = new java.util.ArrayList<>();
            try (java.nio.file.DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
                for (Path p : s) {
                    java.nio.file.attribute.BasicFileAttributes a;
                    try {
                        a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class,
                                java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        out.add(new Entry(p, false)); // gone, or unreadable: reading it will say so
                        continue;
                    }
                    if (!a.isSymbolicLink()) {
                        out.add(new Entry(p, a.isDirectory()));
                    } else if (!Files.isDirectory(p)) {
                        out.add(new Entry(p, false)); // a link to a file (or to nothing); links to folders are left out
                    }
                }
            } catch (IOException | RuntimeException e) {
                return List.of(); // no folder, or an unreadable one: nothing there
            }
            out.sort(java.util.Comparator.comparing(Entry::path));
            return out;
        }

        @Override
        public boolean isFolder(Path path) {
            return Files.isDirectory(path);
        }

        @Override
        public boolean isFile(Path path) {
            return Files.isRegularFile(path);
        }

        @Override
        public byte[] read(Path file, long max) throws IOException {
            try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
                long size = ch.size(); // of the open file: no second look-up of the path
                if (size > max) {
                    return null;
                }
                InputStream in = java.nio.channels.Channels.newInputStream(ch);
                byte[] promised = in.readNBytes((int) size); // one array of the right size
                int next = in.read();
                if (next < 0) {
                    return promised;
                }
                // the file grew, or its size lied (/proc): read on, up to the limit
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                all.write(promised);
                all.write(next);
                all.write(in.readNBytes((int) Math.min(max + 1 - all.size(), Integer.MAX_VALUE - 16)));
                return all.size() > max ? null : all.toByteArray();
            }
        }
    };

    /**
     * The files and folders directly in {@code folder}, in path order; a symbolic link to a folder
     * is left out (never followed, so link loops cannot hang a run). Empty when {@code folder} is
     * no folder or cannot be listed.
     */
    List<Path> list(Path folder);

    /** An entry of a folder, and whether it is one itself. */
    record Entry(Path path, boolean folder) {
    }

    /** {@link #list} with each entry's {@link #isFolder} answer: what a walk asks of every entry. */
    default List<Entry> entries(Path folder) {
        return list(folder).stream().map(p -> new Entry(p, isFolder(p))).toList();
    }

    /** Whether {@code path} is a folder. */
    boolean isFolder(Path path);

    /** Whether {@code path} is a regular file (a symbolic link to one is). */
    boolean isFile(Path path);

    /**
     * The bytes of {@code file}, or null when it holds more than {@code max}: never allocates more
     * than that, whatever its size says.
     *
     * @throws IOException it cannot be read ({@link java.nio.file.NoSuchFileException}: there is no such file)
     */
    byte[] read(Path file, long max) throws IOException;
}
