package io.ccmlint.cli.lsp;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;

/**
 * The server's own watch of the workspace folders (the JDK's {@link WatchService}: inotify on
 * Linux), for an editor that cannot watch files for it (Neovim before 0.10 on Linux, most
 * terminal editors): every folder below them but {@code .git}, {@code node_modules} and
 * {@code target} is watched, and what changed is handed on in batches, as the editor's
 * {@code workspace/didChangeWatchedFiles} would be. A lost event (the queue overflowed) is handed
 * on as a deleted folder, which makes the next lint walk and rebuild everything.
 */
final class FolderWatcher implements AutoCloseable {
    private static final Set<String> SKIPPED = Set.of(".git", "node_modules", "target");
    /** Changes within this time of each other are one batch (a checkout writes many files). */
    private static final long BATCH_MILLIS = 50;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Consumer<List<FileEvent>> onChanges;
    private final Thread thread;

    /**
     * Watches every folder below {@code roots}; throws when one cannot be watched (the system's
     * limit of watches reached): the caller then goes on without.
     */
    FolderWatcher(List<Path> roots, Consumer<List<FileEvent>> onChanges) throws IOException {
        this.onChanges = onChanges;
        this.service = FileSystems.getDefault().newWatchService();
        try {
            for (Path root : roots) {
                register(root);
            }
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e instanceof IOException io ? io : new IOException(e);
        }
        thread = new Thread(this::run, "ccm-lint-lsp-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** The folder and every folder below it (not following links), but the skipped ones and what is below them. */
    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs)
                    throws IOException {
                if (!dir.equals(root) && SKIPPED.contains(dir.getFileName().toString())) {
                    return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                }
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                synchronized (folders) {
                    folders.put(key, dir);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE; // an unreadable folder: nothing below it is linted either
            }
        });
    }

    private void run() {
        try {
            while (true) {
                List<FileEvent> batch = new ArrayList<>();
                WatchKey key = service.take();
                do {
                    collect(key, batch);
                    key = service.poll(BATCH_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                if (!batch.isEmpty()) {
                    onChanges.accept(batch);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the server stops
        } catch (RuntimeException e) {
            // a bug of ours in a callback: the server goes on without its watch
        }
    }

    private void collect(WatchKey key, List<FileEvent> batch) {
        Path folder;
        synchronized (folders) {
            folder = folders.get(key);
        }
        for (WatchEvent<?> e : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                batch.add(new FileEvent(OpenDocuments.uri(folder), FileChangeType.Deleted));
                continue;
            }
            Path p = folder.resolve((Path) e.context());
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    && !SKIPPED.contains(p.getFileName().toString())) {
                try {
                    register(p); // a new folder: what is created in it from now on is seen; what is there, the walk finds
                } catch (IOException | RuntimeException tooMany) {
                    batch.add(new FileEvent(OpenDocuments.uri(folder), FileChangeType.Deleted));
                }
            }
            FileChangeType type = e.kind() == StandardWatchEventKinds.ENTRY_CREATE ? FileChangeType.Created
                    : e.kind() == StandardWatchEventKinds.ENTRY_DELETE ? FileChangeType.Deleted : FileChangeType.Changed;
            batch.add(new FileEvent(OpenDocuments.uri(p), type));
        }
        if (!key.reset()) {
            synchronized (folders) {
                folders.remove(key);
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing to do
        }
        thread.interrupt();
    }
}
