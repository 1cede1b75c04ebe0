package io.ccmlint.cli;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.engine.BaseFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The files at the merge base {@code --changed-since} compares with, read from git's objects: the
 * list from {@code git ls-tree -r -z --full-tree BASE}, the contents from one
 * {@code git cat-file --batch} process. Nothing is checked out; the working tree, the index and
 * HEAD are not touched. Git runs only when the engine first asks (a rule asks for the base
 * workspace); the cat-file process ends when the base workspace is built ({@link #readingDone}).
 * Symbolic links and submodules are left out: the walk follows neither.
 */
final class GitBaseFiles implements BaseFiles {
    private static final String REGULAR = "100644";
    private static final String EXECUTABLE = "100755";

    private final ChangedFiles.Since since;
    /** The blob of each file at the base; null until first asked. */
    private Map<Path, String> blobs;
    private Process catFile;
    private OutputStream requests;
    private InputStream answers;
    /** How many git processes this started (for tests: none unless the base is asked for). */
    private int started;

    GitBaseFiles(ChangedFiles.Since since) {
        this.since = since;
    }

    @Override
    public synchronized Set<Path> files() {
        return java.util.Collections.unmodifiableSet(blobs().keySet());
    }

    @Override
    public Set<Path> changed() {
        return since.files();
    }

    @Override
    public synchronized byte[] read(Path file, long max) throws IOException {
        String blob = blobs().get(file);
        if (blob == null) {
            throw new NoSuchFileException(file.toString(), null, "not at the base " + since.base());
        }
        if (catFile == null) {
            started++;
            catFile = new ProcessBuilder("git", "-C", since.top().toString(), "cat-file", "--batch")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            requests = catFile.getOutputStream();
            answers = new BufferedInputStream(catFile.getInputStream(), 1 << 16);
        }
        try {
            requests.write((blob + "\n").getBytes(StandardCharsets.US_ASCII));
            requests.flush();
            return answer(blob, max);
        } catch (IOException e) {
            readingDone(); // the protocol's state is unknown now: the next read starts afresh
            throw e;
        }
    }

    /** Reads {@code <blob> blob <size>\n<content>\n}; null (the content skipped) when it is larger than {@code max}. */
    private byte[] answer(String blob, long max) throws IOException {
        String header = line();
        String[] parts = header.split(" ");
        if (parts.length != 3 || !parts[0].equals(blob) || !parts[1].equals("blob")) {
            throw new IOException("git cat-file: unexpected answer for " + blob + ": " + header);
        }
        long size = Long.parseLong(parts[2]);
        byte[] out = null;
        if (size > max) {
            answers.skipNBytes(size);
        } else {
            out = answers.readNBytes((int) size);
            if (out.length != size) {
                throw new IOException("git cat-file: " + blob + " cut short");
            }
        }
        if (answers.read() != '\n') {
            throw new IOException("git cat-file: " + blob + " not followed by a newline");
        }
        return out;
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = answers.read(); c != '\n'; c = answers.read()) {
            if (c < 0) {
                throw new IOException("git cat-file ended");
            }
            b.append((char) c);
        }
        return b.toString();
    }

    @Override
    public synchronized void readingDone() {
        if (catFile == null) {
            return;
        }
        try {
            requests.close(); // git ends at the end of its input
        } catch (IOException e) {
            // it ended already
        }
        try {
            if (!catFile.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                catFile.destroyForcibly();
            }
        } catch (InterruptedException e) {
            catFile.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        catFile = null;
    }

    /** The regular files of the base's tree by absolute path, listed once. */
    private Map<Path, String> blobs() {
        if (blobs == null) {
            started++;
            String tree;
            try {
                tree = ChangedFiles.git(since.top(), "ls-tree", "-r", "-z", "--full-tree", since.base());
            } catch (ConfigException e) {
                throw new IllegalStateException(e.getMessage(), e); // the base was resolved a moment ago
            }
            Map<Path, String> out = new HashMap<>();
            for (String entry : tree.split("\0")) {
                // <mode> SP <type> SP <object> TAB <path>
                int tab = entry.indexOf('\t');
                String[] meta = tab < 0 ? new String[0] : entry.substring(0, tab).split(" ");
                if (meta.length == 3 && (meta[0].equals(REGULAR) || meta[0].equals(EXECUTABLE)) && meta[1].equals("blob")) {
                    out.put(since.top().resolve(entry.substring(tab + 1)).normalize(), meta[2]);
                }
            }
            blobs = out;
        }
        return blobs;
    }

    /** How many git processes this started. */
    synchronized int gitRuns() {
        return started;
    }
}
