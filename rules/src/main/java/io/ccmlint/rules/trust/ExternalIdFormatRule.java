package io.ccmlint.rules.trust;

import com.google.auto.service.AutoService;
import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.trust.TrustStatements;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CCM207: a CCM external ID must be {@code harness:<Harness AWS account>:<Harness account id>}, in
 * a CCM connector ({@code harness_platform_connector_awscc}) and in the {@code sts:ExternalId} of
 * a trust policy that admits a Harness CCM account. Unknown parts (a data source for the account
 * id) are accepted; the literal parts are checked.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM207", slug = "external-id-format", title = "CCM external ID in the wrong format",
        severity = Severity.ERROR, fix = FixKind.SAFE,
        reportsOn = {WorkspacePart.TRUST_POLICIES},
        sources = {
            @Source(title = "Harness: Harness Modules Code Repo & IaCM for Automatic Creation of CCM Cloud Connectors",
                    url = "https://developer.harness.io/cloud-cost-management/3.0/knowledge-base-and-reference-architecture/patterns/ccm-connectors-via-code-repo-and-iacm"),
            @Source(title = "Harness: Set up CCM for AWS",
                    url = "https://developer.harness.io/docs/cloud-cost-management/get-started/onboarding-guide/set-up-cost-visibility-for-aws"),
            @Source(title = "Terraform Registry: harness_platform_connector_awscc",
                    url = "https://registry.terraform.io/providers/harness/harness/latest/docs/resources/platform_connector_awscc")})
public final class ExternalIdFormatRule implements Rule {
    private static final String ACCOUNT = "\\d{12}";
    private static final String ID = "[A-Za-z0-9_-]+";
    private static final Pattern FORMAT = format(ACCOUNT, ID);

    @Override
    public void check(RuleContext context) {
        List<String> accounts = TrustStatements.harnessAccounts(context.workspace().config().harness());
        String harnessAccount = context.workspace().config().harness().accountId();
        for (Statement s : WebIdentityTrusts.allowStatements(context.workspace())) {
            String principalAccount = TrustStatements.aws(s).stream().map(TrustStatements::accountOf)
                    .filter(a -> a != null && accounts.contains(a)).findFirst().orElse(null);
            if (principalAccount == null || !TrustStatements.allows(s, "sts:AssumeRole")) {
                continue;
            }
            for (Condition c : TrustStatements.conditionsOn(s, "sts:ExternalId")) {
                for (Scalar v : c.values()) {
                    checkTrust(context, v, principalAccount, harnessAccount);
                }
            }
        }
        for (HarnessConnector connector : context.workspace().connectors()) {
            if (connector.type().equals("CEAws") && connector.externalId() != null) {
                checkConnector(context, connector, accounts, harnessAccount);
            }
        }
    }

    /**
     * A trust policy's {@code sts:ExternalId}: a known value against the format and the accounts; a
     * value Terraform completes by its literal parts ({@code harness:12345:${var.account}} is wrong
     * whatever the account, {@code harness:891928451355:${var.account}} may be right).
     */
    private void checkTrust(RuleContext context, Scalar v, String principalAccount, String harnessAccount) {
        String expected = harnessAccount == null ? null : "harness:" + principalAccount + ":" + harnessAccount;
        Fix fix = expected == null ? null
                : ValueEdits.replace(v, expected).map(e -> Fix.safe("use " + expected, List.of(e))).orElse(null);
        Matcher m = v.known() == null ? null : FORMAT.matcher(v.known());
        if (!v.couldMatch(FORMAT)) {
            context.report(v.span(), "external ID \"" + v.display() + "\" is not harness:<Harness AWS account>:<Harness"
                    + " account id>", fix);
        } else if (!v.couldMatch(format(Pattern.quote(principalAccount), ID))) {
            context.report(v.span(), m != null && m.matches()
                    ? "external ID names Harness AWS account " + m.group(1) + " but the role trusts " + principalAccount
                    : "external ID \"" + v.display() + "\" does not name the Harness AWS account the role trusts, "
                    + principalAccount, fix);
        } else if (harnessAccount != null && !v.couldMatch(format(ACCOUNT, Pattern.quote(harnessAccount)))) {
            context.report(v.span(), m != null && m.matches()
                    ? "external ID names Harness account " + m.group(2) + " but the configuration says " + harnessAccount
                    : "external ID \"" + v.display() + "\" does not name the Harness account the configuration says, "
                    + harnessAccount, fix);
        }
    }

    /** A connector's external ID by its literal parts (the account id may come from a data source). */
    private void checkConnector(RuleContext context, HarnessConnector c, List<String> accounts, String harnessAccount) {
        Scalar v = c.externalId();
        if (v.isUnknown() || !v.isText()) {
            return; // entirely unknown here
        }
        String anyAccount = String.join("|", accounts.stream().map(Pattern::quote).toList());
        if (!v.couldMatch(format(anyAccount, harnessAccount == null ? ID : Pattern.quote(harnessAccount)))) {
            context.report(v.span(), c.name() + ": external ID \"" + v.display() + "\" is not harness:<"
                    + String.join("|", accounts) + ">:<Harness account id>"
                    + (harnessAccount == null ? "" : " (" + harnessAccount + ")"));
            return;
        }
        agreeWithTrust(context, c, v);
    }

    /**
     * The connector's external ID against the {@code sts:ExternalId} its role's trust policy
     * requires: they agree when some filling of what each leaves unknown makes them equal.
     */
    private void agreeWithTrust(RuleContext context, HarnessConnector c, Scalar v) {
        for (var role : context.workspace().rolesOf(c)) {
            if (role.trustPolicy() == null) {
                continue;
            }
            List<Scalar> required = new ArrayList<>();
            for (Statement s : role.trustPolicy().statements()) {
                if (s.isAllow() && TrustStatements.allows(s, "sts:AssumeRole")) {
                    TrustStatements.conditionsOn(s, "sts:ExternalId").forEach(cond -> required.addAll(cond.values()));
                }
            }
            if (required.isEmpty()) {
                continue; // CCM206's business when the principal is Harness's
            }
            if (required.stream().noneMatch(v::couldEqual)) {
                var f = context.finding(v.span(), c.name() + ": external ID \"" + v.display() + "\" does not match what the"
                        + " trust policy of " + role.name() + " requires (" + required.stream().map(Scalar::display)
                        .collect(java.util.stream.Collectors.joining(", ")) + " at " + required.get(0).span() + ")");
                required.forEach(r -> f.related(r.span(), "sts:ExternalId required by " + role.name()));
                context.report(f);
            }
        }
    }

    /** {@code harness:<account>:<id>} from the two parts' regular expressions. */
    private static Pattern format(String account, String id) {
        return Pattern.compile("harness:(" + account + "):(" + id + ")");
    }
}
