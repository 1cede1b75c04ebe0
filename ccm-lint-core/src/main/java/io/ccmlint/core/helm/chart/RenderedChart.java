package io.ccmlint.core.helm.chart;

import java.util.List;
import java.util.Optional;

/**
 * A chart rendered: its manifests in Helm's install order, then its hooks, or the problem that stopped it.
 */
public record RenderedChart(List<Manifest> manifests, List<Manifest> hooks, Optional<RenderProblem> problem) {
    public RenderedChart {
        manifests = List.copyOf(manifests);
        hooks = List.copyOf(hooks);
    }

    static RenderedChart failed(RenderProblem p) {
        return new RenderedChart(List.of(), List.of(), Optional.of(p));
    }

    public boolean ok() {
        return problem.isEmpty();
    }

    /** The text {@code helm template} prints: "---\n# Source: NAME\nDOC\n" per manifest, then per hook. */
    public String helmTemplateOutput() {
        StringBuilder b = new StringBuilder();
        for (Manifest m : manifests) {
            b.append("---\n# Source: ").append(m.source()).append('\n').append(m.content()).append('\n');
        }
        StringBuilder out = new StringBuilder(b.toString().strip()).append('\n');
        for (Manifest h : hooks) {
            out.append("---\n# Source: ").append(h.source()).append('\n').append(h.content()).append('\n');
        }
        return out.toString();
    }
}
