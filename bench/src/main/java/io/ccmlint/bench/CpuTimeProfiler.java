package io.ccmlint.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * {@code -prof io.ccmlint.bench.CpuTimeProfiler}: the fork's CPU time per operation, all its threads
 * (the benchmark's, the serial GC's, the compilers'), as the secondary result {@value #NAME}. On a
 * shared machine, time spent waiting for a core inflates the wall time but not this, so a ratio of
 * CPU times stays steadier than one of wall times; on a quiet machine the two agree.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    static final String NAME = "cpu";

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long start;

    @Override
    public String getDescription() {
        return "process CPU time per operation (all threads), in the benchmark's time unit";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        start = OS.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                                                       IterationResult result) {
        long nanos = OS.getProcessCpuTime() - start;
        long ops = result.getMetadata().getMeasuredOps() * benchmark.getOpsPerInvocation();
        if (ops <= 0 || nanos < 0) {
            return List.of();
        }
        TimeUnit unit = benchmark.getTimeUnit();
        double perOp = (double) nanos / ops / unit.toNanos(1);
        return List.of(new ScalarResult(NAME, perOp, unitLabel(unit) + "/op", AggregationPolicy.AVG));
    }

    private static String unitLabel(TimeUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> "ns";
            case MICROSECONDS -> "us";
            case MILLISECONDS -> "ms";
            case SECONDS -> "s";
            default -> unit.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
