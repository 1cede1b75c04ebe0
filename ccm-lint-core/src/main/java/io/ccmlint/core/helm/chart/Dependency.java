package io.ccmlint.core.helm.chart;

import java.util.List;

/**
 * One entry of Chart.yaml's {@code dependencies} (or v1's requirements.yaml), as far as rendering
 * needs it: the subchart's name, version range, an alias, the {@code condition} paths, the
 * {@code tags}, and the {@code import-values} (strings or child/parent maps).
 */
public record Dependency(String name, String version, String repository, String condition, List<String> tags,
                         String alias, List<Object> importValues) {
    public Dependency {
        tags = List.copyOf(tags);
        importValues = importValues == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(importValues));
    }

    /** The name the subchart goes by in the parent's values: the alias, else its name. */
    public String effectiveName() {
        return alias != null && !alias.isEmpty() ? alias : name;
    }
}
