package io.ccmlint.core.helm.chart;

import io.ccmlint.core.helm.template.Functions;
import io.ccmlint.core.helm.template.MissingKey;
import io.ccmlint.core.helm.template.RenderResult;
import io.ccmlint.core.helm.template.RenderTrace;
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

    /** {@code helm template}: the manifests in Helm's order, or the first problem, as Helm reports it. */
    public static RenderedChart render(Path chartPath, RenderOptions options) {
        return renderEach(chartPath, options, false).asHelmTemplate();
    }

    /**
     * Every template rendered on its own: one that fails does not stop the others (Helm stops at the
     * first), so a linter sees all it can. With {@code traced}, each output says what wrote each part
     * of it, and the values say where they were written.
     */
    public static ChartOutput renderEach(Path chartPath, RenderOptions options, boolean traced) {
        try {
            Chart chart = ChartLoader.load(chartPath, options.chartLimits(), options.displayPath(chartPath));
            return renderEach(chart, userValues(options), options, traced);
        } catch (ChartException e) {
            return ChartOutput.failed(new RenderProblem(e.getMessage(), e.span(), null));
        }
    }

    /** The user's values (-f files merged in order, then --set, then --set-string, as Helm's MergeValues) and their files. */
    record UserValues(Map<String, Object> map, List<HelmYaml.Values> files) {
    }

    static UserValues userValues(RenderOptions options) throws ChartException {
        Map<String, Object> base = new LinkedHashMap<>();
        List<HelmYaml.Values> files = new ArrayList<>();
        for (Path f : options.valuesFiles()) {
            SourceFile source;
            try {
                source = SourceFile.decode(f, options.displayPath(f), Files.readAllBytes(f));
            } catch (java.io.IOException e) {
                throw new ChartException("open " + f + ": no such file or directory");
            } catch (SourceFile.MalformedInputException e) {
                throw new ChartException("cannot load " + options.displayPath(f) + ": not UTF-8 text");
            }
            HelmYaml.Values v = HelmYaml.readValues(source);
            files.add(v);
            base = Coalesce.mergeMaps(base, v.map());
        }
        for (String s : options.sets()) {
            SetValues.parseInto(s, base, false);
        }
        for (String s : options.setStrings()) {
            SetValues.parseInto(s, base, true);
        }
        return new UserValues(base, files);
    }

    private static ChartOutput renderEach(Chart loaded, UserValues user, RenderOptions options, boolean traced) {
        Map<String, Object> userValues = user.map();
        try {
            Chart chart = loaded.copy();
            List<String> missing = options.skipMissingDependencies() ? new ArrayList<>() : null;
            Dependencies.process(chart, userValues, missing);
            Map<String, Object> values = Coalesce.coalesceValues(chart, userValues);
            ValueOrigins origins = traced ? ValueOrigins.of(values, sources(chart, user)) : ValueOrigins.none();
            Optional<RenderProblem> schema = SchemaCheck.validate(chart, values);
            if (schema.isPresent()) {
                return ChartOutput.failed(schema.get());
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
            return execute(templates, options, traced, origins).withMissingDependencies(missing == null ? List.of() : missing)
                    .withValuesFiles(valuesFiles(sources(chart, user)));
        } catch (ChartException e) {
            return ChartOutput.failed(new RenderProblem(e.getMessage(), e.span(), null));
        }
    }

    private static List<SourceFile> valuesFiles(List<ValueOrigins.Source> sources) {
        List<SourceFile> out = new ArrayList<>();
        for (ValueOrigins.Source s : sources) {
            if (!s.documents().isEmpty() && !out.contains(s.documents().get(0).span().file())) {
                out.add(s.documents().get(0).span().file());
            }
        }
        return out;
    }

    /** The values files by priority: the user's, last first, then each chart's values.yaml below its path. */
    private static List<ValueOrigins.Source> sources(Chart chart, UserValues user) {
        List<ValueOrigins.Source> out = new ArrayList<>();
        for (int i = user.files().size() - 1; i >= 0; i--) {
            out.add(new ValueOrigins.Source(List.of(), user.files().get(i).trees()));
        }
        chartSources(chart, List.of(), out);
        return out;
    }

    private static void chartSources(Chart c, List<String> prefix, List<ValueOrigins.Source> out) {
        if (c.valuesSource() != null) {
            out.add(new ValueOrigins.Source(prefix, c.valuesSource().trees()));
        }
        for (Chart d : c.dependencies()) {
            List<String> p = new ArrayList<>(prefix);
            p.add(d.name());
            chartSources(d, p, out);
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

    private static ChartOutput execute(Map<String, Template> templates, RenderOptions options, boolean traced,
                                       ValueOrigins origins) {
        Functions functions = options.functions().with(new HelmContextFunctions().functions());
        TemplateSet set = new TemplateSet("gotpl", functions, MissingKey.ZERO);
        List<String> keys = new ArrayList<>(templates.keySet());
        // Helm's parse order: deeper paths first, then names descending (a later define wins)
        keys.sort(Comparator.comparingLong((String n) -> n.chars().filter(ch -> ch == '/').count())
                .thenComparing(Comparator.naturalOrder()));
        java.util.Collections.reverse(keys);
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        for (String name : keys) {
            Template t = templates.get(name);
            SourceFile src = t.chart().source(t.file());
            sources.put(name, src);
            Optional<TemplateError> e = set.parse(name, src);
            if (e.isPresent()) {
                return ChartOutput.failed(new RenderProblem(parseMessage(name, e.get()), e.get().span(), e.get()));
            }
        }
        List<TemplateOutput> outputs = new ArrayList<>();
        for (String name : keys) {
            if (base(name).startsWith("_") || name.endsWith("NOTES.txt")) {
                continue;
            }
            Template t = templates.get(name);
            Map<String, Object> tmpl = new LinkedHashMap<>();
            tmpl.put("Name", name);
            tmpl.put("BasePath", t.basePath());
            t.vals().put("Template", tmpl);
            RenderTrace trace = traced ? new RenderTrace() : null;
            RenderResult r = set.execute(name, t.vals(), options.limits(), trace);
            RenderProblem problem = null;
            if (r.error().isPresent()) {
                TemplateError err = r.error().get();
                problem = new RenderProblem(execMessage(err), err.root().span() != null ? err.root().span() : err.span(), err);
            }
            outputs.add(TemplateOutput.of(name, sources.get(name), r.output(), trace, problem));
        }
        return new ChartOutput(outputs, origins, null);
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
