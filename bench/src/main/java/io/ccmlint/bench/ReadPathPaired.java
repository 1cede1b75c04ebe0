package io.ccmlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link ReadPathBenchmark}'s pairs measured in turns instead of one after the other: operation by
 * operation, the baseline and the read path alternate (which goes first alternates too), and each
 * round gives one ratio; the line shows the median ratio and its interquartile range. A machine
 * that others load now and then slows both halves of a round alike, where JMH, which measures all
 * of one benchmark and then all of the other, can catch a busy spell on one side only. Same
 * methods, same inputs; run in this JVM, so its flags are the ones measured
 * ({@code scripts/bench-read.sh --paired} gives the launcher's).
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp bench/target/benchmarks.jar io.ccmlint.bench.ReadPathPaired [SECONDS]</pre>
 */
public final class ReadPathPaired {
    private ReadPathPaired() {
    }

    /** One pair on one input: its two operations, as the benchmark methods run them. */
    record Pair(ReadRatios.Pair names, String input, Op baseline, Op readPath) {
    }

    interface Op {
        void run(Blackhole bh) throws Exception;
    }

    /** Median ratio and quartiles of the rounds, and the median time of each side. */
    record Outcome(double ratio, double q1, double q3, double pathSeconds, double baseSeconds, int rounds) {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        ReadPathBenchmark b = new ReadPathBenchmark();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        List<Pair> pairs = new ArrayList<>();
        for (String name : List.of(ReadInput.ARGO_CD, ReadInput.DELEGATE)) {
            ReadPathBenchmark.YamlInput in = new ReadPathBenchmark.YamlInput();
            in.yaml = name;
            in.load();
            pairs.add(new Pair(ReadRatios.PAIRS.get(0), name, h -> b.yamlCompose(in, h), h -> b.yamlReadPath(in, h)));
        }
        ReadPathBenchmark.JsonInput json = new ReadPathBenchmark.JsonInput();
        json.json = ReadInput.AWS_MANAGED;
        json.load();
        pairs.add(new Pair(ReadRatios.PAIRS.get(1), json.json, h -> b.jsonStreaming(json, h), h -> b.jsonReadPath(json, h)));
        ReadPathBenchmark.HclInput hcl = new ReadPathBenchmark.HclInput();
        hcl.hcl = ReadInput.HCL_CONFORMANCE;
        hcl.load();
        pairs.add(new Pair(ReadRatios.PAIRS.get(2), hcl.hcl, h -> b.hclLexer(hcl, h), h -> b.hclReadPath(hcl, h)));

        String jit = ReadRatios.jit(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf(Locale.ROOT, "ccm-lint read path, paired: %d cores, %s, %s, %.0f s per pair after %.0f s of warm-up%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), jit, seconds, seconds / 2);
        for (Pair p : pairs) {
            rounds(p, seconds / 2, bh); // warm-up
            Outcome o = rounds(p, seconds, bh);
            ReadInput in = ReadInput.of(p.input());
            System.out.println(line(p.names().label(), in, jit, o));
        }
    }

    /** Rounds of the two operations for {@code seconds}, at least 5. */
    static Outcome rounds(Pair p, double seconds, Blackhole bh) throws Exception {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        List<double[]> times = new ArrayList<>(); // {path, base} per round
        for (int round = 0; round < 5 || System.nanoTime() < until; round++) {
            double path;
            double base;
            if (round % 2 == 0) {
                base = time(p.baseline(), bh);
                path = time(p.readPath(), bh);
            } else {
                path = time(p.readPath(), bh);
                base = time(p.baseline(), bh);
            }
            times.add(new double[] {path, base});
        }
        double[] ratios = times.stream().mapToDouble(t -> t[0] / t[1]).sorted().toArray();
        double[] paths = times.stream().mapToDouble(t -> t[0]).sorted().toArray();
        double[] bases = times.stream().mapToDouble(t -> t[1]).sorted().toArray();
        return new Outcome(quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75),
                quantile(paths, 0.5), quantile(bases, 0.5), ratios.length);
    }

    private static double time(Op op, Blackhole bh) throws Exception {
        long t0 = System.nanoTime();
        op.run(bh);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The {@code q} quantile of sorted values, interpolated. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double at = q * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
    }

    /** {@code YAML read path / SnakeYAML compose, argo-cd install.yaml (1 file, 1.94 MB), C1, paired: 1.41x (IQR 1.36-1.47, 52 rounds; 257.4 ms vs 182.3 ms)} */
    static String line(String label, ReadInput in, String jit, Outcome o) {
        return String.format(Locale.ROOT, "%s, %s (%d file%s, %.2f MB), %s, paired: %.2fx (IQR %.2f-%.2f, %d rounds; %s vs %s)",
                label, in.label(), in.filesPerOp(), in.filesPerOp() == 1 ? "" : "s", in.bytesPerOp() / Throughput.MB, jit,
                o.ratio(), o.q1(), o.q3(), o.rounds(), ReadRatios.time(o.pathSeconds()), ReadRatios.time(o.baseSeconds()));
    }
}
