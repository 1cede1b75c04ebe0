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
import java.math.BigDecimal;

/**
 * CCM503: the role ARNs a connector uses ({@code crossAccountRoleArn}/{@code role_arn},
 * {@code iamRoleArn}/{@code iam_role_arn}) are role ARNs; a CCM connector's account id is 12
 * digits and the account of its role. Unknown parts (Terraform references) are not judged.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM503", slug = "role-arn-invalid", title = "Invalid role ARN or CCM account id",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.HARNESS_CONNECTORS},
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "AWS IAM User Guide: IAM identifiers",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html"),
            @Source(title = "Terraform Registry: harness_platform_connector_awscc",
                    url = "https://registry.terraform.io/providers/harness/harness/latest/docs/resources/platform_connector_awscc")})
public final class RoleArnInvalidRule implements Rule {
    private static final java.util.regex.Pattern ACCOUNT_ID = java.util.regex.Pattern.compile("\\d{12}");

    @Override
    public void check(RuleContext context) {
        for (HarnessConnector c : context.workspace().connectors()) {
            for (HarnessConnector.RoleUse use : c.roleArns()) {
                String arn = Connectors.text(use.arn());
                String problem = arn == null ? null : RoleArns.problem(arn);
                if (problem != null) {
                    context.report(use.arn().span(), c.name() + ": \"" + arn + "\" is not an IAM role ARN: " + problem);
                }
            }
            if ("CEAws".equals(c.type())) {
                account(context, c);
            }
        }
    }

    private void account(RuleContext context, HarnessConnector c) {
        Scalar v = c.accountId();
        String key = Connectors.key(c, "account_id", "awsAccountId");
        String account;
        if (v == null) {
            return;
        } else if (v.value() instanceof String s) {
            account = s;
        } else if (v.value() instanceof BigDecimal n) {
            account = n.compareTo(BigDecimal.ZERO) >= 0 && n.scale() <= 0 ? n.toBigInteger().toString() : "";
            if (account.length() != 12) {
                context.report(v.span(), c.name() + ": " + key + " is the number " + n.toPlainString()
                        + ", not 12 digits (leading zeros are lost: quote the account id)");
                return;
            }
        } else {
            return;
        }
        if (!ACCOUNT_ID.matcher(account).matches()) {
            context.report(v.span(), c.name() + ": " + key + " \"" + account + "\" is not a 12-digit AWS account id");
            return;
        }
        for (HarnessConnector.RoleUse use : c.roleArns()) {
            String arn = Connectors.text(use.arn());
            if (arn != null && RoleArns.problem(arn) == null && !account.equals(RoleArns.account(arn))) {
                context.report(context.finding(v.span(), c.name() + ": " + key + " " + account + " is not the account of"
                        + " its role " + arn).related(use.arn().span(), "the cross-account role"));
            }
        }
    }
}
