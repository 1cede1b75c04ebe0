package io.ccmlint.rules.connector;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.value.Scalar;
import java.math.BigDecimal;
import java.util.List;

/** CCM510: AWS SDK backoff settings that cannot work. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM510", slug = "backoff-strategy", title = "Backoff settings that cannot work",
        severity = Severity.WARNING,
        reportsOn = {WorkspacePart.HARNESS_CONNECTORS},
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "AWS SDKs and Tools Reference Guide: Retry behavior",
                    url = "https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html")})
public final class BackoffStrategyRule implements Rule {
    private static final List<String> STRATEGIES = List.of("fixed_delay_backoff_strategy", "equal_jitter_backoff_strategy",
            "full_jitter_backoff_strategy");

    @Override
    public void check(RuleContext context) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (HarnessConnector c : context.workspace().connectors()) {
            for (String s : STRATEGIES) {
                for (String field : List.of("base_delay", "max_backoff_time", "retry_count", "fixed_backoff")) {
                    Scalar v = c.scalar(s + "." + field);
                    BigDecimal n = Connectors.number(v);
                    if (n != null && n.signum() < 0 && seen.add(v.span().toString())) {
                        context.report(v.span(), c.name() + ": " + name(c, s, field) + " is negative");
                    }
                }
                Scalar base = c.scalar(s + ".base_delay");
                Scalar max = c.scalar(s + ".max_backoff_time");
                BigDecimal b = Connectors.number(base);
                BigDecimal m = Connectors.number(max);
                if (b != null && m != null && b.signum() >= 0 && m.signum() >= 0 && b.compareTo(m) > 0
                        && seen.add(base.span().toString())) {
                    context.report(base.span(), c.name() + ": " + name(c, s, "base_delay") + " " + b.toPlainString()
                            + " is above " + name(c, s, "max_backoff_time") + " " + m.toPlainString());
                }
                Scalar retries = c.scalar(s + ".retry_count");
                BigDecimal r = Connectors.number(retries);
                if (r != null && r.signum() == 0 && seen.add(retries.span().toString())) {
                    context.report(retries.span(), c.name() + ": " + name(c, s, "retry_count") + " is 0, so the backoff"
                            + " strategy never applies");
                }
            }
        }
    }

    private static String name(HarnessConnector c, String strategy, String field) {
        if (Connectors.terraform(c)) {
            return strategy + "." + field;
        }
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : field.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }
}
