package io.ccmlint.core.helm.chart;

import io.ccmlint.core.helm.template.Functions;
import io.ccmlint.core.helm.template.RenderLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * How to render a chart, as {@code helm template}'s flags: release name and namespace, values files
 * (in order, as -f), --set and --set-string arguments (applied after the files, in that order), the
 * functions beyond Go's builtins (Sprig's plug in here; Helm's context functions are always added),
 * and the bounds.
 */
public record RenderOptions(String releaseName, String namespace, List<Path> valuesFiles, List<String> sets,
                            List<String> setStrings, Functions functions, RenderLimits limits, ChartLimits chartLimits,
                            Function<Path, String> displayPaths, boolean skipMissingDependencies) {
    public RenderOptions {
        valuesFiles = List.copyOf(valuesFiles);
        sets = List.copyOf(sets);
        setStrings = List.copyOf(setStrings);
    }

    /** helm template's defaults: release-name in namespace default, no extra values, Go's builtins and Sprig's functions. */
    public static RenderOptions defaults() {
        return new RenderOptions("release-name", "default", List.of(), List.of(), List.of(),
                io.ccmlint.core.helm.functions.HelmFunctions.registry(),
                RenderLimits.DEFAULT, ChartLimits.DEFAULT, Path::toString, false);
    }

    public RenderOptions withRelease(String name, String ns) {
        return new RenderOptions(name, ns, valuesFiles, sets, setStrings, functions, limits, chartLimits, displayPaths, skipMissingDependencies);
    }

    public RenderOptions withValues(List<Path> files, List<String> set, List<String> setString) {
        return new RenderOptions(releaseName, namespace, files, set, setString, functions, limits, chartLimits, displayPaths, skipMissingDependencies);
    }

    /** How the chart's folder and values files are shown in findings and errors (as given on the command line, by default). */
    public RenderOptions withDisplayPaths(Function<Path, String> display) {
        return new RenderOptions(releaseName, namespace, valuesFiles, sets, setStrings, functions, limits, chartLimits, display, skipMissingDependencies);
    }

    /**
     * Dependencies Chart.yaml declares but {@code charts/} lacks are left out (and listed in the
     * output) instead of failing the chart as {@code helm template} does: a linter still checks what
     * the chart itself renders before {@code helm dependency build} ran.
     */
    public RenderOptions skippingMissingDependencies() {
        return new RenderOptions(releaseName, namespace, valuesFiles, sets, setStrings, functions, limits, chartLimits,
                displayPaths, true);
    }

    public String displayPath(Path valuesFile) {
        return displayPaths.apply(valuesFile);
    }

    public RenderOptions withFunctions(Functions f) {
        return new RenderOptions(releaseName, namespace, valuesFiles, sets, setStrings, f, limits, chartLimits, displayPaths, skipMissingDependencies);
    }
}
