package io.ccmlint.bench;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;

/**
 * A JMH score for one operation of known size, as MB/s (MB = 10^6 bytes). Throughput scores
 * (ops per time unit) convert exactly, error included; time-per-operation scores (average,
 * sample, single shot) are inverted and their error carried over proportionally.
 */
public record Throughput(double mbPerSecond, double mbPerSecondError) {
    public static final double MB = 1_000_000.0;

    public static Throughput of(Mode mode, TimeUnit unit, double score, double scoreError, long bytesPerOp) {
        double mbPerOp = bytesPerOp / MB;
        double secondsPerUnit = unit.toNanos(1) / 1e9;
        double error = Double.isNaN(scoreError) ? Double.NaN : Math.abs(scoreError);
        if (mode == Mode.Throughput) {
            double opsPerSecond = score / secondsPerUnit;
            return new Throughput(opsPerSecond * mbPerOp, error / secondsPerUnit * mbPerOp);
        }
        double secondsPerOp = score * secondsPerUnit;
        double mbps = mbPerOp / secondsPerOp;
        return new Throughput(mbps, mbps * error / score);
    }

    /**
     * "41.3 MB/s (±0.8)", or "(±?)" when JMH had too few iterations to estimate an error; "+/-"
     * instead of "±" where the console cannot show it.
     */
    public String format() {
        return format(PLUS_MINUS);
    }

    String format(String plusMinus) {
        String err = Double.isNaN(mbPerSecondError) ? "?" : String.format(Locale.ROOT, "%.1f", mbPerSecondError);
        return String.format(Locale.ROOT, "%.1f MB/s (%s%s)", mbPerSecond, plusMinus, err);
    }

    private static final String PLUS_MINUS = consoleCanShow('\u00b1') ? "\u00b1" : "+/-";

    static boolean consoleCanShow(char c) {
        String name = System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding", "UTF-8"));
        try {
            return Charset.forName(name).newEncoder().canEncode(c);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
