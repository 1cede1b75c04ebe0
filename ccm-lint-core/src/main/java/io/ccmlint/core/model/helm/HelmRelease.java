package io.ccmlint.core.model.helm;

import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.source.Span;
import java.util.List;

/**
 * A Helm release the run rendered (a chart with its values, release name and namespace), and what
 * kept parts of it from rendering. Its manifests are in the workspace's files like any other
 * Kubernetes YAML; findings on them are reported at the values or template lines they came from.
 *
 * @param chart the chart's folder as shown in findings
 */
public record HelmRelease(String chart, String name, String namespace, List<Problem> problems) {
    public HelmRelease {
        problems = List.copyOf(problems);
    }

    /**
     * Why (part of) the release did not render, as {@code helm template} says it, located at the
     * template, values line or configuration entry to change; {@code related}: other places to blame
     * (the values an action read when it failed).
     */
    public record Problem(Span at, String message, List<RuleContext.Related> related) {
        public Problem {
            related = List.copyOf(related);
        }
    }
}
