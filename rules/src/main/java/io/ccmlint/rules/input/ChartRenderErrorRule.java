package io.ccmlint.rules.input;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.helm.HelmRelease;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;

/**
 * CCM004: a Helm chart that does not render with the values it is given. The renderer records what
 * stopped each template (or the whole chart); this rule reports it, once per place and message.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM004", slug = "chart-render-error", title = "Helm chart cannot be rendered",
        severity = Severity.ERROR,
        sources = @Source(title = "Helm: helm template",
                url = "https://helm.sh/docs/helm/helm_template/"))
public final class ChartRenderErrorRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (HelmRelease r : context.workspace().helmReleases()) {
            for (HelmRelease.Problem p : r.problems()) {
                var finding = context.finding(p.at(), "release " + r.name() + " of chart " + r.chart() + ": " + p.message());
                p.related().forEach(rel -> finding.related(rel.span(), rel.message()));
                context.report(finding);
            }
        }
    }
}
