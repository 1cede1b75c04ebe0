package io.ccmlint.rules.connector;

import com.google.auto.service.AutoService;
import io.ccmlint.core.iam.access.Access;
import io.ccmlint.core.iam.access.EffectivePermissions;
import io.ccmlint.core.iam.access.Verdict;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CCM504: a CCM connector's features are known ones; BILLING comes with its cost and usage report;
 * and (warning) the connector's role, when the workspace defines it, allows what each feature needs.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM504", slug = "ccm-features", title = "Unknown CCM feature or missing feature setup",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.HARNESS_CONNECTORS},
        sources = {
            @Source(title = "Harness: Set up CCM for AWS",
                    url = "https://developer.harness.io/docs/cloud-cost-management/get-started/onboarding-guide/set-up-cost-visibility-for-aws"),
            @Source(title = "Terraform Registry: harness_platform_connector_awscc",
                    url = "https://registry.terraform.io/providers/harness/harness/latest/docs/resources/platform_connector_awscc")})
public final class CcmFeaturesRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (HarnessConnector c : context.workspace().connectors()) {
            if ("CEAws".equals(c.type())) {
                check(context, c);
            }
        }
    }

    private void check(RuleContext context, HarnessConnector c) {
        List<Node> items = CcmFeatures.items(c);
        if (items == null) {
            return;
        }
        String key = Connectors.key(c, "features_enabled", "featuresEnabled");
        List<Node> known = new ArrayList<>();
        for (Node item : items) {
            String name = CcmFeatures.name(item);
            if (name == null) {
                continue;
            }
            if (CcmFeatures.get(name) != null) {
                known.add(item);
            } else {
                context.report(item.span(), c.name() + ": \"" + name + "\" in " + key + " is not a CCM feature"
                        + suggestion(name) + " (" + String.join(", ", CcmFeatures.NAMES) + ")");
            }
        }
        for (Node f : known) {
            if (CcmFeatures.name(f).equals("BILLING")) {
                billing(context, c, f);
            }
        }
        for (Role role : context.workspace().rolesOf(c)) {
            EffectivePermissions perms = Access.of(context.workspace()).ofRole(role);
            for (Node f : known) {
                String feature = CcmFeatures.name(f);
                // unknown (a policy or boundary we cannot read decides it) is not missing
                List<String> missing = CcmFeatures.get(feature).needs().stream()
                        .filter(a -> missing(perms.decide(a, "*").level())).toList();
                if (!missing.isEmpty()) {
                    context.report(context.finding(f.span(), c.name() + " enables " + feature + " but its role "
                            + role.name() + " does not allow " + String.join(", ", missing))
                            .severity(Severity.WARNING).related(role.span(), "role " + role.name()));
                }
            }
        }
    }

    private static boolean missing(Verdict.Level level) {
        return level != Verdict.Level.ALLOWED && level != Verdict.Level.UNKNOWN;
    }

    private static void billing(RuleContext context, HarnessConnector c, Node f) {
        List<String> missing = new ArrayList<>();
        if (blank(c.setting("report_name"))) {
            missing.add(Connectors.key(c, "report_name", "curAttributes.reportName"));
        }
        if (blank(c.setting("s3_bucket"))) {
            missing.add(Connectors.key(c, "s3_bucket", "curAttributes.s3BucketName"));
        }
        if (!missing.isEmpty()) {
            context.report(f.span(), c.name() + " enables BILLING without " + String.join(" and ", missing)
                    + ": BILLING reads the cost and usage report from its S3 bucket");
        }
    }

    /** Not written, null or blank; a value Terraform computes is not blank. */
    private static boolean blank(Node n) {
        if (!(n instanceof ScalarNode s)) {
            return n == null;
        }
        Scalar v = s.scalar();
        return v.isKnown() && (v.value() == null || v.value() instanceof String t && t.isBlank());
    }

    private static String suggestion(String value) {
        String v = value.toUpperCase(Locale.ROOT).replace("ISATION", "IZATION").replace('-', '_').replace(' ', '_');
        return CcmFeatures.get(v) != null && !v.equals(value) ? " (did you mean " + v + "?)" : "";
    }
}
