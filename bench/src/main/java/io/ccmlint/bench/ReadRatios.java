package io.ccmlint.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * {@link ReadPathBenchmark}'s results as one line per input: the read path's time per operation
 * over its baseline's, both from the same run, input and JVM flags, e.g.
 * {@code YAML read path / SnakeYAML compose, argo-cd install.yaml (1 file, 1.94 MB), C1: 1.42x ±0.05 (312.1 ms vs 219.8 ms)},
 * followed by {@code ; CPU time 1.40x ±0.02 (...)} when the run had {@link CpuTimeProfiler}. The ± is
 * the two JMH errors (99.9% intervals) combined, as relative errors in quadrature.
 */
final class ReadRatios {
    /** A read-path benchmark method, the baseline it is divided by, and the {@code @Param} naming their input. */
    record Pair(String readPath, String baseline, String param, String label) {
    }

    static final List<Pair> PAIRS = List.of(
            new Pair("yamlReadPath", "yamlCompose", "yaml", "YAML read path / SnakeYAML compose"),
            new Pair("jsonReadPath", "jsonStreaming", "json", "JSON read path / Jackson streaming"),
            new Pair("hclReadPath", "hclLexer", "hcl", "HCL read path / HCL lexer"));

    private static final String CLASS = ReadPathBenchmark.class.getName();

    private ReadRatios() {
    }

    static boolean isReadPath(String benchmark) {
        return benchmark.startsWith(CLASS + ".");
    }

    /** One line per read-path result that has its baseline in {@code results}; a lone half says so. */
    static List<String> lines(Collection<RunResult> results) {
        List<String> lines = new ArrayList<>();
        for (Pair pair : PAIRS) {
            for (RunResult path : results) {
                BenchmarkParams p = path.getParams();
                if (!p.getBenchmark().equals(CLASS + "." + pair.readPath())) {
                    continue;
                }
                String input = p.getParam(pair.param());
                RunResult base = results.stream()
                        .filter(r -> r.getParams().getBenchmark().equals(CLASS + "." + pair.baseline()))
                        .filter(r -> input.equals(r.getParams().getParam(pair.param())))
                        // a Collection: compare as lists (the forks' flags, in order)
                        .filter(r -> List.copyOf(r.getParams().getJvmArgs()).equals(List.copyOf(p.getJvmArgs())))
                        .findFirst().orElse(null);
                ReadInput in = ReadInput.of(input);
                String what = String.format(Locale.ROOT, "%s, %s (%d file%s, %.2f MB), %s", pair.label(), in.label(),
                        in.filesPerOp(), in.filesPerOp() == 1 ? "" : "s", in.bytesPerOp() / Throughput.MB, jit(p.getJvmArgs()));
                if (base == null) {
                    lines.add(what + ": no baseline run (" + pair.baseline() + "), " + time(seconds(path)[0]));
                } else {
                    double[] pathCpu = cpuSeconds(path);
                    double[] baseCpu = cpuSeconds(base);
                    lines.add(what + ": " + ratio(seconds(path), seconds(base))
                            + (pathCpu == null || baseCpu == null ? "" : "; CPU time " + ratio(pathCpu, baseCpu)));
                }
            }
        }
        return lines;
    }

    /** "1.42x ±0.05 (312.1 ms vs 219.8 ms)" from {seconds per op, its error} of the read path and of the baseline. */
    static String ratio(double[] path, double[] base) {
        double r = path[0] / base[0];
        double rel = Math.hypot(path[1] / path[0], base[1] / base[0]);
        String err = Double.isNaN(rel) ? "?" : String.format(Locale.ROOT, "%.2f", r * rel);
        return String.format(Locale.ROOT, "%.2fx %s%s (%s vs %s)", r, PLUS_MINUS, err, time(path[0]), time(base[0]));
    }

    /** "312.1 ms", "4.27 ms", "58.3 µs" (us where the console cannot show µ). */
    static String time(double seconds) {
        double ms = seconds * 1e3;
        if (ms >= 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        if (ms >= 1) {
            return String.format(Locale.ROOT, "%.2f ms", ms);
        }
        return String.format(Locale.ROOT, "%.1f %ss", ms * 1e3, MICRO);
    }

    /** "C1" when the fork stopped at tier 1 (the launcher's flags), "C2" otherwise. */
    static String jit(Collection<String> jvmArgs) {
        String level = null;
        for (String a : jvmArgs) {
            if (a.startsWith("-XX:TieredStopAtLevel=")) {
                level = a.substring(a.indexOf('=') + 1);
            }
        }
        return level == null || level.equals("4") ? "C2" : "C1";
    }

    /** {seconds per operation, its error} from any JMH mode. */
    static double[] seconds(RunResult run) {
        BenchmarkParams p = run.getParams();
        Result<?> r = run.getPrimaryResult();
        return seconds(p.getMode(), p.getTimeUnit(), r.getScore(), r.getScoreError());
    }

    /** {CPU seconds per operation, its error} when the run had {@link CpuTimeProfiler}, else null. */
    static double[] cpuSeconds(RunResult run) {
        Result<?> cpu = run.getSecondaryResults().get(CpuTimeProfiler.NAME);
        return cpu == null ? null : seconds(Mode.AverageTime, run.getParams().getTimeUnit(), cpu.getScore(), cpu.getScoreError());
    }

    static double[] seconds(Mode mode, TimeUnit unit, double score, double error) {
        double secondsPerUnit = unit.toNanos(1) / 1e9;
        double err = Double.isNaN(error) ? Double.NaN : Math.abs(error);
        if (mode == Mode.Throughput) { // ops per unit: invert, the error carried over proportionally
            double s = secondsPerUnit / score;
            return new double[] {s, s * err / score};
        }
        return new double[] {score * secondsPerUnit, err * secondsPerUnit};
    }

    private static final String PLUS_MINUS = Throughput.consoleCanShow('\u00b1') ? "\u00b1" : "+/-";
    private static final String MICRO = Throughput.consoleCanShow('\u00b5') ? "\u00b5" : "u";
}
