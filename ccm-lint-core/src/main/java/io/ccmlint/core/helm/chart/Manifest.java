package io.ccmlint.core.helm.chart;

/** One rendered YAML document: the template it came from (Helm's "# Source:"), its text and its kind. */
public record Manifest(String source, String content, String kind) {
}
