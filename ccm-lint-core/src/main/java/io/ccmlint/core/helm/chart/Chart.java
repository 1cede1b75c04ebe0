package io.ccmlint.core.helm.chart;

import io.ccmlint.core.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A loaded chart, as Helm's chart.Chart: metadata, default values (with their located trees), the
 * schema, templates, the other files ({@code .Files}), and subcharts. Mutable only while dependencies
 * are processed for one render ({@link #copy()} first).
 */
public final class Chart {
    private ChartMetadata metadata;
    private List<Dependency> declared;
    private Map<String, Object> values;
    private final HelmYaml.Values valuesSource;
    private final SourceFile schema;
    private final List<ChartFile> templates;
    private final List<ChartFile> files;
    private final List<Chart> dependencies = new ArrayList<>();
    private final Path location;
    private final String display;
    private Chart parent;

    /**
     * @param location the chart's folder (or archive, whose files have no path of their own)
     * @param display how the chart's folder is shown in findings
     */
    Chart(ChartMetadata metadata, HelmYaml.Values valuesSource, SourceFile schema, List<ChartFile> templates,
          List<ChartFile> files, Path location, String display) {
        this.location = location;
        this.display = display;
        this.metadata = metadata;
        this.declared = new ArrayList<>(metadata.dependencies());
        this.valuesSource = valuesSource;
        this.values = valuesSource == null ? new java.util.LinkedHashMap<>() : valuesSource.map();
        this.schema = schema;
        this.templates = List.copyOf(templates);
        this.files = List.copyOf(files);
    }

    /** The chart's name (an alias given by the parent's dependency replaces it, as in Helm). */
    public String name() {
        return metadata.name();
    }

    public ChartMetadata metadata() {
        return metadata;
    }

    /** The default values (values.yaml, after dependency processing when rendering). */
    public Map<String, Object> values() {
        return values;
    }

    void setValues(Map<String, Object> v) {
        this.values = v;
    }

    /**
     * One of the chart's files as a source: at its path on disk when the chart is a folder (a file of
     * an archive has none), shown below the chart's display path.
     */
    public SourceFile source(ChartFile f) {
        return source(location, display, f);
    }

    /** {@link #source(ChartFile)} for a chart at {@code location} shown as {@code display}, before it is built. */
    static SourceFile source(Path location, String display, ChartFile f) {
        String shown = display.isEmpty() ? f.name() : display + "/" + f.name();
        Path path = location != null && Files.isDirectory(location, LinkOption.NOFOLLOW_LINKS) ? location.resolve(f.name()) : null;
        return path == null ? SourceFile.of(shown, f.text()) : SourceFile.of(path, shown, f.text());
    }

    /** values.yaml as read, with its located trees; null when the chart has none. */
    public HelmYaml.Values valuesSource() {
        return valuesSource;
    }

    /** values.schema.json, or null. */
    public SourceFile schema() {
        return schema;
    }

    /** The dependencies Chart.yaml declares (after processing: the enabled ones, named by alias). */
    public List<Dependency> declaredDependencies() {
        return Collections.unmodifiableList(declared);
    }

    void setDeclaredDependencies(List<Dependency> deps) {
        declared = new ArrayList<>(deps);
    }

    public List<ChartFile> templates() {
        return templates;
    }

    public List<ChartFile> files() {
        return files;
    }

    public List<Chart> dependencies() {
        return Collections.unmodifiableList(dependencies);
    }

    void setDependencies(List<Chart> deps) {
        dependencies.clear();
        for (Chart d : deps) {
            d.parent = this;
            dependencies.add(d);
        }
    }

    public Chart parent() {
        return parent;
    }

    public boolean isRoot() {
        return parent == null;
    }

    /** Helm's ChartFullPath: "parent/charts/name", the prefix of template names. */
    public String fullPath() {
        return parent == null ? name() : parent.fullPath() + "/charts/" + name();
    }

    public boolean isLibrary() {
        return "library".equalsIgnoreCase(metadata.type());
    }

    /** A deep copy of the chart tree (values deep-copied), for one render to process. */
    public Chart copy() {
        Chart c = new Chart(metadata, valuesSource, schema, templates, files, location, display);
        c.values = Coalesce.deepCopy(values);
        c.declared = new ArrayList<>(declared);
        List<Chart> deps = new ArrayList<>();
        for (Chart d : dependencies) {
            deps.add(d.copy());
        }
        c.setDependencies(deps);
        return c;
    }

    /** A copy known by another name (a dependency's alias). */
    Chart aliased(String alias) {
        Chart c = copy();
        c.metadata = metadata.withName(alias);
        return c;
    }
}
