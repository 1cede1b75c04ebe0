package io.ccmlint.rules.connector;

import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.value.Scalar;

/** CCM507: a GovCloud role ARN with a non-GovCloud test region, or the reverse. */
public final class GovCloudMismatchRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM507", "govcloud-mismatch", "GovCloud and commercial AWS mixed",
            Severity.ERROR, Category.CONNECTOR,
            "\"You can't access AWS GovCloud with standard AWS credentials. Likewise, you can't access standard AWS"
                    + " regions using AWS GovCloud credentials.\" A connector for GovCloud (roles arn:aws-us-gov:...)"
                    + " must set a GovCloud test region (us-gov-west-1, us-gov-east-1); the default us-east-1 fails."
                    + " A GovCloud region with commercial role ARNs fails the same way.",
            Connectors.SOURCE + " (Test Region and AWS GovCloud Support)", FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

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
