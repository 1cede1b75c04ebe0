package io.ccmlint.core.helm.chart;

/**
 * Bounds on reading a chart into memory: total bytes, one file's bytes, number of files, and how
 * deep subcharts nest (archives inside archives). Exceeding one is a {@link ChartException}.
 */
public record ChartLimits(long maxTotalBytes, long maxFileBytes, int maxFiles, int maxChartDepth) {
    /** Helm's own per-file bound is 5 MiB for archives; ours is the same, with a total of 100 MiB. */
    public static final ChartLimits DEFAULT = new ChartLimits(100L * 1024 * 1024, 5L * 1024 * 1024, 10_000, 20);
}
