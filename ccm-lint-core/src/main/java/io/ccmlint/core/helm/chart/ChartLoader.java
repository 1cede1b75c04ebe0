package io.ccmlint.core.helm.chart;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.YamlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads a chart as Helm's loader does (pkg/chart/v2/loader): a folder (honouring .helmignore) or a
 * packaged {@code .tgz}, all in memory and bounded ({@link ChartLimits}). Chart.yaml, values.yaml,
 * values.schema.json, templates/ and charts/ (subchart folders and archives; names starting with '_'
 * or '.' skipped) have their roles; every other file is one of {@code .Files}. Symbolic links are never
 * followed (Helm follows them; we refuse to read outside the chart), and nothing is fetched.
 */
public final class ChartLoader {
    private final ChartLimits limits;
    private long totalBytes;
    private int fileCount;

    private ChartLoader(ChartLimits limits) {
        this.limits = limits;
    }

    public static Chart load(Path chart) throws ChartException {
        return load(chart, ChartLimits.DEFAULT);
    }

    public static Chart load(Path chart, ChartLimits limits) throws ChartException {
        boolean dir = Files.isDirectory(chart, LinkOption.NOFOLLOW_LINKS);
        return load(chart, limits, dir && chart.getFileName() != null ? chart.getFileName().toString() : chart.toString());
    }

    /** @param display how the chart's folder or archive is shown in findings and errors */
    public static Chart load(Path chart, ChartLimits limits, String display) throws ChartException {
        ChartLoader l = new ChartLoader(limits);
        if (Files.isDirectory(chart, LinkOption.NOFOLLOW_LINKS)) {
            return l.fromFiles(l.readDir(chart), chart, display, 0);
        }
        if (Files.isRegularFile(chart, LinkOption.NOFOLLOW_LINKS)) {
            byte[] data = l.readFile(chart);
            return l.fromFiles(ChartArchive.read(data, display, limits), chart, display, 0);
        }
        throw new ChartException("path \"" + chart + "\" not found");
    }

    /** The chart folder's files by relative name, ignored ones left out, in Helm's walk order (lexical). */
    private List<ChartFile> readDir(Path dir) throws ChartException {
        Path root = dir.toAbsolutePath().normalize();
        String ignoreText = null;
        Path ignoreFile = root.resolve(".helmignore");
        if (Files.isRegularFile(ignoreFile, LinkOption.NOFOLLOW_LINKS)) {
            ignoreText = new String(readFile(ignoreFile), java.nio.charset.StandardCharsets.UTF_8);
        }
        HelmIgnore ignore = HelmIgnore.parse(ignoreText);
        List<ChartFile> out = new ArrayList<>();
        walk(root, root, ignore, out);
        return out;
    }

    private void walk(Path root, Path dir, HelmIgnore ignore, List<ChartFile> out) throws ChartException {
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new ChartException("error reading " + root.relativize(dir) + ": " + e.getMessage());
        }
        for (Path p : children) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                continue;
            }
            if (a.isSymbolicLink()) {
                continue; // never followed: the chart's files are the ones inside its folder
            }
            if (a.isDirectory()) {
                if (!ignore.ignores(rel, true)) {
                    walk(root, p, ignore, out);
                }
                continue;
            }
            if (ignore.ignores(rel, false)) {
                continue;
            }
            if (!a.isRegularFile()) {
                throw new ChartException("cannot load irregular file " + p + " as it has file mode type bits set");
            }
            out.add(new ChartFile(rel, ChartArchive.stripBom(readFile(p))));
        }
    }

    private byte[] readFile(Path p) throws ChartException {
        try {
            long size = Files.size(p);
            if (size > limits.maxFileBytes()) {
                throw new ChartException("chart file \"" + p.getFileName() + "\" is larger than the maximum file size "
                        + limits.maxFileBytes());
            }
            count(size);
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new ChartException("error reading " + p + ": " + e.getMessage());
        }
    }

    private void count(long size) throws ChartException {
        totalBytes += size;
        if (++fileCount > limits.maxFiles()) {
            throw new ChartException("chart has more than " + limits.maxFiles() + " files");
        }
        if (totalBytes > limits.maxTotalBytes()) {
            throw new ChartException("chart is larger than " + limits.maxTotalBytes() + " bytes");
        }
    }

    /** Helm's LoadFiles: the roles of the files, then the subcharts. */
    private Chart fromFiles(List<ChartFile> files, Path base, String display, int depth) throws ChartException {
        if (depth > limits.maxChartDepth()) {
            throw new ChartException("subcharts nest deeper than " + limits.maxChartDepth());
        }
        Path location = base;
        ChartFile chartYaml = files.stream().filter(f -> f.name().equals("Chart.yaml")).findFirst().orElse(null);
        if (chartYaml == null) {
            throw new ChartException("Chart.yaml file is missing");
        }
        SourceFile chartSource = source(location, display, chartYaml);
        ChartMetadata md = ChartMetadata.parse(firstDocument(chartSource, "Chart.yaml"), display);
        HelmYaml.Values values = null;
        SourceFile schema = null;
        List<ChartFile> templates = new ArrayList<>();
        List<ChartFile> other = new ArrayList<>();
        Map<String, List<ChartFile>> subcharts = new TreeMap<>();
        for (ChartFile f : files) {
            String n = f.name();
            if (n.equals("Chart.yaml") || n.equals("Chart.lock") || n.equals("requirements.lock") && !md.apiVersion().equals("v1")) {
                continue;
            }
            if (n.equals("values.yaml")) {
                values = HelmYaml.readValues(source(location, display, f));
            } else if (n.equals("values.schema.json")) {
                schema = source(location, display, f);
            } else if (n.equals("requirements.yaml") || n.equals("requirements.lock")) {
                if (md.apiVersion().equals("v1")) {
                    if (n.equals("requirements.yaml")) {
                        md = withRequirements(md, source(location, display, f));
                    }
                    other.add(f);
                }
            } else if (n.startsWith("templates/")) {
                templates.add(f);
            } else if (n.startsWith("charts/")) {
                if (n.endsWith(".prov")) {
                    other.add(f);
                    continue;
                }
                String rest = n.substring("charts/".length());
                int slash = rest.indexOf('/');
                String cname = slash < 0 ? rest : rest.substring(0, slash);
                subcharts.computeIfAbsent(cname, k -> new ArrayList<>())
                        .add(new ChartFile(rest, f.data()));
            } else {
                other.add(f);
            }
        }
        Chart chart = new Chart(md, values, schema, templates, other, location, display);
        List<Chart> deps = new ArrayList<>();
        for (Map.Entry<String, List<ChartFile>> e : subcharts.entrySet()) {
            String n = e.getKey();
            if (n.startsWith("_") || n.startsWith(".")) {
                continue;
            }
            String subDisplay = display + "/charts/" + n;
            try {
                if (n.endsWith(".tgz")) {
                    ChartFile archive = e.getValue().get(0);
                    if (!archive.name().equals(n)) {
                        throw new ChartException("error unpacking subchart tar in " + md.name() + ": expected " + n
                                + ", got " + archive.name());
                    }
                    deps.add(fromFiles(ChartArchive.read(archive.data(), subDisplay, limits), sub(location, n), subDisplay, depth + 1));
                } else {
                    List<ChartFile> inner = new ArrayList<>();
                    for (ChartFile f : e.getValue()) {
                        int slash = f.name().indexOf('/');
                        if (slash >= 0) {
                            inner.add(new ChartFile(f.name().substring(slash + 1), f.data()));
                        }
                    }
                    deps.add(fromFiles(inner, sub(location, n), subDisplay, depth + 1));
                }
            } catch (ChartException x) {
                if (x.getMessage().startsWith("error unpacking subchart")) {
                    throw x;
                }
                throw new ChartException("error unpacking subchart " + n + " in " + md.name() + ": " + x.getMessage(), x.span());
            }
        }
        chart.setDependencies(deps);
        return chart;
    }

    private static ChartMetadata withRequirements(ChartMetadata md, SourceFile req) throws ChartException {
        Node root = firstDocument(req, "requirements.yaml");
        Node deps = root instanceof io.ccmlint.core.tree.MapNode m ? m.get("dependencies") : null;
        return new ChartMetadata(md.apiVersion(), md.name(), md.version(), md.appVersion(), md.description(), md.type(),
                md.kubeVersion(), md.home(), md.icon(), md.condition(), md.tags(), md.deprecated(), md.keywords(),
                md.sources(), md.maintainers(), md.annotations(), ChartMetadata.dependencies(deps));
    }

    private static Node firstDocument(SourceFile f, String what) throws ChartException {
        try {
            List<Node> docs = new YamlTreeReader().readAll(f);
            return docs.isEmpty() ? null : docs.get(0);
        } catch (ParseProblem p) {
            throw new ChartException("cannot load " + what + ": " + p.getMessage(), p.span());
        }
    }

    /** Where a subchart's files are on disk (its folder or archive), when the parent is a folder. */
    private static Path sub(Path base, String name) {
        return base != null && Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS) ? base.resolve("charts").resolve(name) : base;
    }

    private static SourceFile source(Path base, String display, ChartFile f) {
        return Chart.source(base, display, f);
    }
}
