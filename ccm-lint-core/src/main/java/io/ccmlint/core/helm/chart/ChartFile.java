package io.ccmlint.core.helm.chart;

import java.nio.charset.StandardCharsets;

/** One file of a chart, read into memory: its path inside the chart ('/'-separated) and its bytes. */
public record ChartFile(String name, byte[] data) {
    /** The bytes as UTF-8 text (Helm reads templates and values as Go strings of these bytes). */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
