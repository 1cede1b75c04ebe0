package io.ccmlint.rules.trust;

import com.google.auto.service.AutoService;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.model.policy.Located;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.trust.OidcProvider;
import io.ccmlint.core.trust.TrustStatements;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CCM203: the {@code sub} value must have the provider's format. Harness: {@code <accountId>} or
 * {@code account/<acct>:org/<org>:project/<proj>[:pipeline/<id>]} (org and account scopes leave
 * the trailing parts empty), with the account of the provider URL. EKS:
 * {@code system:serviceaccount:<namespace>:<name>}.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM203", slug = "oidc-subject-format", title = "OIDC subject in the wrong format",
        severity = Severity.ERROR, fix = FixKind.SAFE,
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "Amazon EKS User Guide: IAM roles for service accounts",
                    url = "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html")})
public final class OidcSubjectFormatRule implements Rule {
    private static final Pattern HARNESS_SCOPED =
            Pattern.compile("account/([^:/]+):org/([^:/]*):project/([^:/]*)(?::pipeline/([^:/]+))?");
    private static final Pattern HARNESS_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern K8S_NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");

    @Override
    public void check(RuleContext context) {
        for (WebIdentityTrusts.Trust t : WebIdentityTrusts.of(context.workspace())) {
            for (Condition c : TrustStatements.conditionsOn(t.statement(), t.provider().subKey())) {
                for (Located<String> v : c.values()) {
                    if (v.value().contains("${") || TrustStatements.hasWildcard(v.value())) {
                        continue; // unknown here, or CCM204's business
                    }
                    if (t.provider().kind() == OidcProvider.Kind.HARNESS) {
                        harness(context, t.provider(), v);
                    } else if (t.provider().kind() == OidcProvider.Kind.EKS) {
                        eks(context, v);
                    }
                }
            }
        }
    }

    private void harness(RuleContext context, OidcProvider p, Located<String> v) {
        String account = p.harnessAccountId();
        Matcher m = HARNESS_SCOPED.matcher(v.value());
        if (m.matches()) {
            if (!m.group(3).isEmpty() && m.group(2).isEmpty() || m.group(4) != null && m.group(3).isEmpty()) {
                context.report(v.span(), "Harness subject \"" + v.value() + "\" is not a scope Harness issues: a project"
                        + " needs its org, a pipeline its project");
            } else if (account != null && !account.equals(m.group(1))) {
                String fixed = "account/" + account + v.value().substring(("account/" + m.group(1)).length());
                context.report(v.span(), "Harness subject names account " + m.group(1) + " but the provider URL is for account "
                        + account, QuotedValues.replace(v, fixed).map(e -> Fix.safe("use account " + account, e)).orElse(null));
            }
        } else if (HARNESS_ID.matcher(v.value()).matches()) {
            if (account != null && !account.equals(v.value())) {
                context.report(v.span(), "Harness subject \"" + v.value() + "\" is not the provider URL's account " + account
                        + " (the default subject is the account id)",
                        QuotedValues.replace(v, account).map(e -> Fix.safe("use account " + account, e)).orElse(null));
            }
        } else {
            context.report(v.span(), "Harness subject \"" + v.value() + "\" fits none of Harness's formats: <accountId>,"
                    + " account/<acct>:org/<org>:project/<proj>[:pipeline/<id>], account/<acct>:org/<org>:project/,"
                    + " account/<acct>:org/:project/");
        }
    }

    private void eks(RuleContext context, Located<String> v) {
        String[] parts = v.value().split(":", -1);
        boolean ok = parts.length == 4 && parts[0].equals("system") && parts[1].equals("serviceaccount")
                && K8S_NAME.matcher(parts[2]).matches() && K8S_NAME.matcher(parts[3]).matches();
        if (!ok) {
            context.report(v.span(), "EKS subject \"" + v.value() + "\" is not system:serviceaccount:<namespace>:<name>");
        }
    }
}
