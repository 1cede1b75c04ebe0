package io.ccmlint.core.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
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
        // Each item is settled once: by its task when it ends, or by this thread when it abandons it.
        // This thread sleeps until the last one is settled (one wake-up, not one per item: a wake-up
        // per file was 3% of a 16,000-file run's CPU) and looks for tasks over their limit every tick.
        AtomicIntegerArray settled = new AtomicIntegerArray(items.size());
        AtomicInteger unsettled = new AtomicInteger(items.size());
        Thread caller = Thread.currentThread();
        List<FutureTask<R>> futures = new ArrayList<>(items.size());
        try {
            for (int i = 0; i < items.size(); i++) {
                int k = i;
                T item = items.get(i);
                FutureTask<R> f = new FutureTask<>(() -> {
                    try {
                        started.set(k, System.nanoTime());
                        return fn.apply(item, () -> started.set(k, LIFTED));
                    } finally {
                        if (settled.compareAndSet(k, 0, 1) && unsettled.decrementAndGet() == 0) {
                            LockSupport.unpark(caller);
                        }
                    }
                });
                futures.add(f);
                pool.execute(f);
            }
            boolean[] abandoned = new boolean[items.size()];
            long tick = Math.max(1_000_000L, Math.min(TICK_NANOS, limitNanos / 10));
            while (unsettled.get() > 0) {
                LockSupport.parkNanos(tick);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                abandonOverdue(futures, started, settled, unsettled, abandoned, limitNanos, pool);
            }
            List<R> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                out.add(abandoned[i] ? onTimeout.apply(items.get(i)) : futures.get(i).get());
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

    /** How often the caller looks for tasks over their limit (at most; a tenth of the limit when that is shorter). */
    private static final long TICK_NANOS = 50_000_000L;

    /**
     * Abandons every running task over its limit: settles it here, interrupts it, and gives the pool
     * one more thread (the abandoned one may still be busy). A task that ended meanwhile keeps its result.
     */
    private static <R> void abandonOverdue(List<FutureTask<R>> futures, AtomicLongArray started,
                                           AtomicIntegerArray settled,
                                           AtomicInteger unsettled, boolean[] abandoned,
                                           long limitNanos, ThreadPoolExecutor pool) {
        long now = System.nanoTime();
        for (int i = 0; i < futures.size(); i++) {
            long s = started.get(i);
            if (s == NOT_STARTED || settled.get(i) != 0 || s + limitNanos - now > 0) {
                continue;
            }
            if (settled.compareAndSet(i, 0, 1)) {
                unsettled.decrementAndGet();
                if (futures.get(i).cancel(true)) {
                    abandoned[i] = true;
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                }
            }
        }
    }
}
