package io.ccmlint.rules.connector;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.value.Scalar;

/** CCM507: a GovCloud role ARN with a non-GovCloud test region, or the reverse. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM507", slug = "govcloud-mismatch", title = "GovCloud and commercial AWS mixed",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.HARNESS_CONNECTORS},
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "AWS GovCloud (US) User Guide: Amazon Resource Names (ARNs) in AWS GovCloud (US)",
                    url = "https://docs.aws.amazon.com/govcloud-us/latest/UserGuide/using-govcloud-arns.html")})
public final class GovCloudMismatchRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (HarnessConnector c : context.workspace().connectors()) {
            String block = Connectors.block(c);
            if (!"Aws".equals(c.type()) || block == null) {
                continue;
            }
            Scalar region = c.scalar(block + ".region");
            String regionText = region == null ? "us-east-1" : Connectors.text(region);
            if (regionText == null || region == null && c.setting(block + ".region") != null) {
                continue;
            }
            boolean govRegion = regionText.startsWith("us-gov-");
            String key = Connectors.key(c, block + ".region", "spec.credential.region");
            for (HarnessConnector.RoleUse use : c.roleArns()) {
                String arn = Connectors.text(use.arn());
                if (RoleArns.partition(arn) == null) {
                    continue;
                }
                boolean govArn = "aws-us-gov".equals(RoleArns.partition(arn));
                if (govArn && !govRegion) {
                    context.report(region == null ? use.arn().span() : region.span(), c.name() + " uses the GovCloud role "
                            + arn + " but its test region is " + regionText + (region == null ? " (the default;"
                            + " set " + key + ")" : "") + ": use a GovCloud region (us-gov-west-1, us-gov-east-1)");
                    break;
                }
                if (!govArn && govRegion && "aws".equals(RoleArns.partition(arn))) {
                    context.report(region.span(), c.name() + " has the GovCloud test region " + regionText
                            + " but the commercial role " + arn);
                    break;
                }
            }
        }
    }
}
