package io.ccmlint.core.helm.chart;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Which files belong to a chart's rendering rather than being files of their own: everything below
 * the {@code templates/} and {@code charts/} folders of a folder holding {@code Chart.yaml}. Those
 * are Go templates and packaged subcharts, never read as plain YAML (a template is not YAML until
 * rendered).
 */
public final class ChartFolders {
    public static final String CHART_FILE = "Chart.yaml";

    private ChartFolders() {
    }

    /** Whether {@code dir} is a chart: it holds a regular {@code Chart.yaml}. */
    public static boolean isChart(Path dir) {
        return Files.isRegularFile(dir.resolve(CHART_FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether {@code name}, a folder of a chart, holds what rendering reads (templates, subcharts). */
    public static boolean isRenderedContent(String name) {
        return name.equals("templates") || name.equals("charts");
    }

    /** Whether {@code file} (absolute, normalized) is below a chart's {@code templates/} or {@code charts/}. */
    public static boolean isInRenderedContent(Path file) {
        for (Path dir = file.getParent(); dir != null && dir.getParent() != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && isRenderedContent(dir.getFileName().toString()) && isChart(dir.getParent())) {
                return true;
            }
        }
        return false;
    }
}
