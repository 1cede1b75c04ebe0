package io.ccmlint.core.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;

/**
 * Runs one task per item on worker threads, each bounded by a time limit counted from the moment
 * it starts ({@code --file-timeout}). A task over its limit is abandoned: it is interrupted, its
 * result is replaced by {@code onTimeout}'s, and the pool gets one more thread so that the other
 * items keep their pace. Workers are daemon threads with a large stack, so an abandoned task can
 * neither keep the process alive nor make deep (but allowed) nesting overflow the stack. Results
 * keep the input order.
 */
final class TimeLimited {
    /** Stack of a worker: deep but allowed nesting (limits.maxNestingDepth) must not overflow it. */
    static final long STACK_BYTES = 64L * 1024 * 1024;
    private static final long NOT_STARTED = Long.MIN_VALUE;
    /** The start of a task that lifted its limit: so far in the future that the limit is never reached. */
    private static final long LIFTED = Long.MAX_VALUE / 4;

    private TimeLimited() {
    }

    /** {@code onTimeout} runs on the calling thread. */
    static <T, R> List<R> map(List<T> items, int jobs, Duration limit, Function<T, R> fn, Function<T, R> onTimeout) {
        return map(items, jobs, limit, (item, lift) -> fn.apply(item), onTimeout);
    }

    /**
     * The same, for tasks whose first part only is time-limited: a task calls {@code lift.run()}
     * when it is past that part, and from then on it is never abandoned (reading a file is
     * limited, checking it is not).
     */
    static <T, R> List<R> map(List<T> items, int jobs, Duration limit, java.util.function.BiFunction<T, Runnable, R> fn,
                              Function<T, R> onTimeout) {
        if (items.isEmpty()) {
            return List.of();
        }
        int n = Math.max(1, Math.min(jobs, items.size()));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(null, r, "ccm-lint-worker", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        long limitNanos = limit.toNanos();
        AtomicLongArray started = new AtomicLongArray(items.size());
        for (int i = 0; i < items.size(); i++) {
            started.set(i, NOT_STARTED);
        }
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                int k = i;
                T item = items.get(i);
                futures.add(pool.submit(() -> {
                    started.set(k, System.nanoTime());
                    return fn.apply(item, () -> started.set(k, LIFTED));
                }));
            }
            List<R> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                out.add(await(futures.get(i), started, i, limitNanos, pool, () -> onTimeout.apply(item)));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> f, AtomicLongArray started, int i, long limitNanos, ThreadPoolExecutor pool,
                               java.util.function.Supplier<R> onTimeout) throws InterruptedException, ExecutionException {
        while (true) {
            long s = started.get(i);
            long wait = s == NOT_STARTED ? limitNanos : s + limitNanos - System.nanoTime();
            if (wait <= 0 && s != NOT_STARTED) {
                if (!f.cancel(true)) {
                    return f.get(); // finished just now
                }
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1); // the abandoned thread may still be busy
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                return onTimeout.get();
            }
            try {
                return f.get(Math.max(1, wait), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // not started yet, or over the limit: decided on the next round
            }
        }
    }
}
