package io.ccmlint.core.helm.chart;

import io.ccmlint.core.helm.template.Functions;
import io.ccmlint.core.helm.template.MissingKey;
import io.ccmlint.core.helm.template.RenderResult;
import io.ccmlint.core.helm.template.TemplateError;
import io.ccmlint.core.helm.template.TemplateSet;
import io.ccmlint.core.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code helm template} in-process: user values (files merged in order, then --set), dependency
 * processing, coalescing, the render context of each chart and subchart ({@code .Values},
 * {@code .Release}, {@code .Chart}, {@code .Capabilities}, {@code .Files}, {@code .Subcharts},
 * {@code .Template}), all templates parsed into one set in Helm's order, every non-partial rendered
 * ("&lt;no value&gt;" removed), NOTES.txt dropped, and the documents sorted as Helm sorts them.
 * Nothing throws on bad input: problems come back located in the result.
 */
public final class ChartRenderer {
    private static final Pattern WARN = Pattern.compile(HelmContextFunctions.WARN_START + "((?s).*)" + HelmContextFunctions.WARN_END);

    private ChartRenderer() {
    }

    public static RenderedChart render(Path chartPath, RenderOptions options) {
        try {
            Chart chart = ChartLoader.load(chartPath, options.chartLimits());
            return render(chart, userValues(options), options);
        } catch (ChartException e) {
            return RenderedChart.failed(new RenderProblem(e.getMessage(), e.span(), null));
        }
    }

    /** The user's values: -f files merged in order, then --set, then --set-string, as Helm's MergeValues. */
    static Map<String, Object> userValues(RenderOptions options) throws ChartException {
        Map<String, Object> base = new LinkedHashMap<>();
        for (Path f : options.valuesFiles()) {
            String text;
            try {
                text = Files.readString(f);
            } catch (java.io.IOException e) {
                throw new ChartException("open " + f + ": no such file or directory");
            }
            HelmYaml.Values v = HelmYaml.readValues(SourceFile.of(f, f.toString(), text));
            base = Coalesce.mergeMaps(base, v.map());
        }
        for (String s : options.sets()) {
            SetValues.parseInto(s, base, false);
        }
        for (String s : options.setStrings()) {
            SetValues.parseInto(s, base, true);
        }
        return base;
    }

    public static RenderedChart render(Chart loaded, Map<String, Object> userValues, RenderOptions options) {
        try {
            Chart chart = loaded.copy();
            Dependencies.process(chart, userValues);
            Map<String, Object> values = Coalesce.coalesceValues(chart, userValues);
            Optional<RenderProblem> schema = SchemaCheck.validate(chart, values);
            if (schema.isPresent()) {
                return RenderedChart.failed(schema.get());
            }
            Map<String, Object> top = new LinkedHashMap<>();
            top.put("Values", values);
            Map<String, Object> release = new LinkedHashMap<>();
            release.put("Name", options.releaseName());
            release.put("Namespace", options.namespace());
            release.put("IsUpgrade", false);
            release.put("IsInstall", true);
            release.put("Revision", 1L);
            release.put("Service", "Helm");
            top.put("Release", release);
            top.put("Capabilities", Capabilities.DEFAULT);
            Map<String, Template> templates = new LinkedHashMap<>();
            collect(chart, top, templates);
            return execute(templates, options);
        } catch (ChartException e) {
            return RenderedChart.failed(new RenderProblem(e.getMessage(), e.span(), null));
        }
    }

    private record Template(ChartFile file, Map<String, Object> vals, String basePath, Chart chart) {
    }

    /** recAllTpls: each chart's context, and its templates by full name. */
    private static Map<String, Object> collect(Chart c, Map<String, Object> parent, Map<String, Template> out) {
        Map<String, Object> subcharts = new LinkedHashMap<>();
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("Chart", chartMap(c));
        next.put("Files", new HelmFiles(c.files()));
        next.put("Release", parent.get("Release"));
        next.put("Capabilities", parent.get("Capabilities"));
        Object vals;
        if (c.isRoot()) {
            vals = parent.get("Values");
        } else {
            Object pv = parent.get("Values");
            vals = pv instanceof Map<?, ?> m && m.get(c.name()) instanceof Map<?, ?> sub ? sub : new LinkedHashMap<>();
        }
        next.put("Values", vals);
        next.put("Subcharts", subcharts);
        for (Chart child : c.dependencies()) {
            subcharts.put(child.name(), collect(child, next, out));
        }
        for (ChartFile t : c.templates()) {
            if (c.isLibrary() && !base(t.name()).startsWith("_")) {
                continue;
            }
            out.put(c.fullPath() + "/" + t.name(), new Template(t, next, c.fullPath() + "/templates", c));
        }
        return next;
    }

    private static Map<String, Object> chartMap(Chart c) {
        ChartMetadata md = c.metadata();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("APIVersion", md.apiVersion());
        m.put("Annotations", new LinkedHashMap<>(md.annotations()));
        m.put("AppVersion", md.appVersion());
        m.put("Condition", md.condition());
        List<Object> deps = new ArrayList<>();
        for (Dependency d : c.declaredDependencies()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("Name", d.name());
            dm.put("Version", d.version());
            dm.put("Repository", d.repository());
            dm.put("Condition", d.condition());
            dm.put("Tags", new ArrayList<Object>(d.tags()));
            dm.put("Enabled", true);
            dm.put("ImportValues", new ArrayList<>(d.importValues()));
            dm.put("Alias", d.alias());
            deps.add(dm);
        }
        m.put("Dependencies", deps);
        m.put("Deprecated", md.deprecated());
        m.put("Description", md.description());
        m.put("Home", md.home());
        m.put("Icon", md.icon());
        m.put("IsRoot", c.isRoot());
        m.put("Keywords", new ArrayList<Object>(md.keywords()));
        m.put("KubeVersion", md.kubeVersion());
        m.put("Maintainers", new ArrayList<Object>(md.maintainers()));
        m.put("Name", md.name());
        m.put("Sources", new ArrayList<Object>(md.sources()));
        m.put("Tags", md.tags());
        m.put("Type", md.type());
        m.put("Version", md.version());
        return m;
    }

    private static RenderedChart execute(Map<String, Template> templates, RenderOptions options) {
        Functions functions = options.functions().with(new HelmContextFunctions().functions());
        TemplateSet set = new TemplateSet("gotpl", functions, MissingKey.ZERO);
        List<String> keys = new ArrayList<>(templates.keySet());
        // Helm's parse order: deeper paths first, then names descending (a later define wins)
        keys.sort(Comparator.comparingLong((String n) -> n.chars().filter(ch -> ch == '/').count())
                .thenComparing(Comparator.naturalOrder()));
        java.util.Collections.reverse(keys);
        for (String name : keys) {
            Template t = templates.get(name);
            SourceFile src = SourceFile.of(sourcePath(t), name, t.file().text());
            Optional<TemplateError> e = set.parse(name, src);
            if (e.isPresent()) {
                return RenderedChart.failed(new RenderProblem(parseMessage(name, e.get()), e.get().span(), e.get()));
            }
        }
        Map<String, String> rendered = new LinkedHashMap<>();
        for (String name : keys) {
            if (base(name).startsWith("_")) {
                continue;
            }
            Template t = templates.get(name);
            Map<String, Object> tmpl = new LinkedHashMap<>();
            tmpl.put("Name", name);
            tmpl.put("BasePath", t.basePath());
            t.vals().put("Template", tmpl);
            RenderResult r = set.execute(name, t.vals(), options.limits());
            if (r.error().isPresent()) {
                TemplateError err = r.error().get();
                return RenderedChart.failed(new RenderProblem(execMessage(err), err.root().span() != null
                        ? err.root().span() : err.span(), err));
            }
            rendered.put(name, r.output().replace("<no value>", ""));
        }
        rendered.keySet().removeIf(n -> n.endsWith("NOTES.txt"));
        return ManifestSorter.sort(rendered);
    }

    private static Path sourcePath(Template t) {
        return Path.of(t.chart().fullPath() + "/" + t.file().name());
    }

    private static String base(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** cleanupParseError: "parse error at (LOCATION): MESSAGE". */
    static String parseMessage(String filename, TemplateError e) {
        String[] tokens = e.message().split(": ");
        if (tokens.length == 1) {
            return "parse error in (" + filename + "): " + e.message();
        }
        return "parse error at (" + tokens[1] + "): " + tokens[tokens.length - 1];
    }

    /** reformatExecErrorMsg: "execution error at (LOCATION): MESSAGE" for required/fail, else {@link TraceableError}. */
    static String execMessage(TemplateError e) {
        String[] tokens = e.message().split(": ", 3);
        if (tokens.length == 3) {
            Matcher m = WARN.matcher(tokens[2]);
            if (m.find()) {
                return "execution error at (" + tokens[1] + "): " + m.group(1);
            }
        }
        return TraceableError.format(e.message());
    }
}
