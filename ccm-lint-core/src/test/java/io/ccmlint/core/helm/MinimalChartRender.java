package io.ccmlint.core.helm;

import io.ccmlint.core.helm.functions.HelmFunctions;
import io.ccmlint.core.helm.template.MissingKey;
import io.ccmlint.core.helm.template.RenderResult;
import io.ccmlint.core.helm.template.TemplateError;
import io.ccmlint.core.helm.template.TemplateSet;
import io.ccmlint.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A MINIMAL stand-in for Helm's chart rendering, enough to compare the template engine with
 * {@code helm template}: one chart (no subcharts, no include/tpl/required/lookup, no .Files or
 * .Capabilities; Sprig and Helm's pure functions from {@link HelmFunctions}), its own values.yaml (every number a float64, as Helm
 * reads YAML; no coalescing of nulls), release "release-name" in namespace "default". It parses the
 * templates in Helm's order, renders every file whose name does not start with '_' (NOTES.txt aside),
 * drops "&lt;no value&gt;" as Helm does, and splits documents as Helm does.
 *
 * <p>It never reads outside the chart folder: symbolic links are not followed and every file read
 * must lie inside the folder's real path.
 */
final class MinimalChartRender {
    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---[ \\t]*");

    /** One YAML document of a rendered template, as {@code helm template} prints it under "# Source:". */
    record Document(String source, String text) {
    }

    /** The documents, or the error that stopped rendering. */
    record Result(List<Document> documents, Optional<TemplateError> error) {
    }

    private final Path root;

    private MinimalChartRender(Path chartDir) throws IOException {
        this.root = chartDir.toRealPath();
    }

    static Result render(Path chartDir) throws IOException {
        return new MinimalChartRender(chartDir).render();
    }

    private Result render() throws IOException {
        Map<String, Object> chart = mapOf(load(read("Chart.yaml")));
        Map<String, Object> values = Files.isRegularFile(root.resolve("values.yaml"), LinkOption.NOFOLLOW_LINKS)
                ? mapOf(helmValues(load(read("values.yaml")))) : new LinkedHashMap<>();
        String chartName = String.valueOf(chart.get("name"));

        TemplateSet set = new TemplateSet("gotpl", HelmFunctions.registry(), MissingKey.ZERO);
        Map<String, Path> templates = templates(chartName);
        for (Map.Entry<String, Path> t : templates.entrySet()) {
            String text = read(root.relativize(t.getValue()).toString());
            Optional<TemplateError> e = set.parse(t.getKey(), SourceFile.of(t.getValue(), t.getKey(), text));
            if (e.isPresent()) {
                return new Result(List.of(), e);
            }
        }
        List<Document> docs = new ArrayList<>();
        for (String name : templates.keySet()) {
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (base.startsWith("_") || base.equals("NOTES.txt")) {
                continue;
            }
            RenderResult r = set.execute(name, data(chart, values, name, chartName));
            if (r.error().isPresent()) {
                return new Result(List.of(), r.error());
            }
            String out = r.output().replace("<no value>", "");
            for (String doc : DOCUMENT_SEPARATOR.split(out.stripLeading(), -1)) {
                if (!doc.isBlank()) {
                    docs.add(new Document(name, doc.stripLeading()));
                }
            }
        }
        return new Result(docs, Optional.empty());
    }

    /** The template files by Helm's name (chart/templates/...), in Helm's parse order: deepest paths first, then names descending. */
    private Map<String, Path> templates(String chartName) throws IOException {
        Path dir = root.resolve("templates");
        List<String> names = new ArrayList<>();
        Map<String, Path> byName = new LinkedHashMap<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return byName;
        }
        try (Stream<Path> files = Files.walk(dir)) { // walk does not follow links
            files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                String name = chartName + "/" + root.relativize(p).toString().replace('\\', '/');
                names.add(name);
                byName.put(name, p);
            });
        }
        names.sort(Comparator.comparingLong((String n) -> n.chars().filter(c -> c == '/').count()).thenComparing(n -> n)
                .reversed());
        Map<String, Path> ordered = new LinkedHashMap<>();
        names.forEach(n -> ordered.put(n, byName.get(n)));
        return ordered;
    }

    private Map<String, Object> data(Map<String, Object> chart, Map<String, Object> values, String template, String chartName) {
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("Name", "release-name");
        release.put("Namespace", "default");
        release.put("IsUpgrade", false);
        release.put("IsInstall", true);
        release.put("Revision", 1L);
        release.put("Service", "Helm");
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("Name", chartName);
        meta.put("Version", String.valueOf(chart.get("version")));
        meta.put("AppVersion", chart.containsKey("appVersion") ? String.valueOf(chart.get("appVersion")) : "");
        meta.put("APIVersion", String.valueOf(chart.get("apiVersion")));
        meta.put("Description", chart.containsKey("description") ? String.valueOf(chart.get("description")) : "");
        meta.put("Type", chart.containsKey("type") ? String.valueOf(chart.get("type")) : "");
        meta.put("IsRoot", true);
        Map<String, Object> tmpl = new LinkedHashMap<>();
        tmpl.put("Name", template);
        tmpl.put("BasePath", chartName + "/templates");
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("Values", values);
        top.put("Release", release);
        top.put("Chart", meta);
        top.put("Template", tmpl);
        top.put("Subcharts", new LinkedHashMap<>());
        return top;
    }

    /** A file of the chart; refuses links and anything whose real path leaves the chart folder. */
    private String read(String relative) throws IOException {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root) || Files.isSymbolicLink(p) || !p.toRealPath().startsWith(root)) {
            throw new IOException(relative + " is outside the chart " + root);
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static Object load(String yaml) {
        return new Load(LoadSettings.builder().setLabel("values").build()).loadFromString(yaml);
    }

    /** Numbers become float64, as Helm's YAML reading (YAML to JSON) makes them; keys become strings. */
    static Object helmValues(Object v) {
        if (v instanceof Map) {
            Map<String, Object> m = new LinkedHashMap<>();
            ((Map<?, ?>) v).forEach((k, x) -> m.put(String.valueOf(k), helmValues(x)));
            return m;
        }
        if (v instanceof List) {
            List<Object> l = new ArrayList<>();
            ((List<?>) v).forEach(x -> l.add(helmValues(x)));
            return l;
        }
        if (v instanceof Number) {
            return ((Number) v).doubleValue();
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOf(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : new LinkedHashMap<>();
    }
}
