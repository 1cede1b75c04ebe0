package io.ccmlint.rules.trust;

import com.google.auto.service.AutoService;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.model.policy.Located;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.terraform.eval.Value;
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
        sources = {
            @Source(title = "Harness: Harness Modules Code Repo & IaCM for Automatic Creation of CCM Cloud Connectors",
                    url = "https://developer.harness.io/cloud-cost-management/3.0/knowledge-base-and-reference-architecture/patterns/ccm-connectors-via-code-repo-and-iacm"),
            @Source(title = "Harness: Set up CCM for AWS",
                    url = "https://developer.harness.io/docs/cloud-cost-management/get-started/onboarding-guide/set-up-cost-visibility-for-aws"),
            @Source(title = "Terraform Registry: harness_platform_connector_awscc",
                    url = "https://registry.terraform.io/providers/harness/harness/latest/docs/resources/platform_connector_awscc")})
public final class ExternalIdFormatRule implements Rule {
    private static final Pattern FORMAT = Pattern.compile("harness:(\\d{12}):([A-Za-z0-9_-]+)");

    @Override
    public void check(RuleContext context) {
        List<String> accounts = new ArrayList<>(TrustStatements.HARNESS_CCM_ACCOUNTS);
        accounts.addAll(context.workspace().config().harness().ccmPrincipalAccounts());
        String harnessAccount = context.workspace().config().harness().accountId();
        for (Statement s : WebIdentityTrusts.allowStatements(context.workspace())) {
            String principalAccount = TrustStatements.aws(s).stream().map(p -> TrustStatements.accountOf(p.value()))
                    .filter(a -> a != null && accounts.contains(a)).findFirst().orElse(null);
            if (principalAccount == null || !TrustStatements.allows(s, "sts:AssumeRole")) {
                continue;
            }
            for (Condition c : TrustStatements.conditionsOn(s, "sts:ExternalId")) {
                for (Located<String> v : c.values()) {
                    if (!v.value().contains("${")) {
                        checkLiteral(context, v, principalAccount, accounts, harnessAccount);
                    }
                }
            }
        }
        for (HarnessConnector connector : context.workspace().connectors()) {
            if (connector.type().equals("CEAws") && connector.externalId() != null) {
                checkConnector(context, connector, accounts, harnessAccount);
            }
        }
    }

    private void checkLiteral(RuleContext context, Located<String> v, String principalAccount, List<String> accounts,
                              String harnessAccount) {
        Matcher m = FORMAT.matcher(v.value());
        String expected = harnessAccount == null ? null : "harness:" + principalAccount + ":" + harnessAccount;
        Fix fix = expected == null ? null
                : QuotedValues.replace(v, expected).map(e -> Fix.safe("use " + expected, e)).orElse(null);
        if (!m.matches()) {
            context.report(v.span(), "external ID \"" + v.value() + "\" is not harness:<Harness AWS account>:<Harness"
                    + " account id>", fix);
        } else if (!m.group(1).equals(principalAccount)) {
            context.report(v.span(), "external ID names Harness AWS account " + m.group(1) + " but the role trusts "
                    + principalAccount, fix);
        } else if (harnessAccount != null && !harnessAccount.equals(m.group(2))) {
            context.report(v.span(), "external ID names Harness account " + m.group(2) + " but the configuration says "
                    + harnessAccount, fix);
        }
    }

    /** The literal parts of a connector's external ID (the account id may come from a data source). */
    private void checkConnector(RuleContext context, HarnessConnector c, List<String> accounts, String harnessAccount) {
        Value v = c.externalId();
        String text;
        if (v instanceof Value.Str s) {
            text = s.value();
        } else if (v instanceof Value.Partial p) {
            text = p.withHoles();
        } else {
            return; // entirely unknown here
        }
        String[] parts = text.split(":", 3);
        boolean ok = parts.length == 3 && parts[0].equals("harness") && accounts.contains(parts[1])
                && (parts[2].contains("${") || parts[2].matches("[A-Za-z0-9_-]+"))
                && (harnessAccount == null || parts[2].contains("${") || parts[2].equals(harnessAccount));
        if (!ok) {
            context.report(v.span(), c.name() + ": external ID \"" + text + "\" is not harness:<" + String.join("|", accounts)
                    + ">:<Harness account id>" + (harnessAccount == null ? "" : " (" + harnessAccount + ")"));
            return;
        }
        agreeWithTrust(context, c, v, text);
    }

    /**
     * The connector's external ID against the {@code sts:ExternalId} its role's trust policy
     * requires. Known text must match; an unknown part (the account id from a data source) matches
     * anything, so only the literal parts are compared.
     */
    private void agreeWithTrust(RuleContext context, HarnessConnector c, Value v, String text) {
        for (var role : context.workspace().rolesOf(c)) {
            if (role.trustPolicy() == null) {
                continue;
            }
            List<Located<String>> required = new ArrayList<>();
            for (Statement s : role.trustPolicy().statements()) {
                if (s.isAllow() && TrustStatements.allows(s, "sts:AssumeRole")) {
                    TrustStatements.conditionsOn(s, "sts:ExternalId").forEach(cond -> required.addAll(cond.values()));
                }
            }
            if (required.isEmpty()) {
                continue; // CCM206's business when the principal is Harness's
            }
            Pattern mine = literalPattern(text);
            boolean agrees = required.stream().anyMatch(r -> r.value().contains("${") || mine.matcher(r.value()).matches());
            if (!agrees) {
                var f = context.finding(v.span(), c.name() + ": external ID \"" + text + "\" does not match what the trust"
                        + " policy of " + role.name() + " requires (" + required.stream().map(Located::value)
                        .collect(java.util.stream.Collectors.joining(", ")) + " at " + required.get(0).span() + ")");
                required.forEach(r -> f.related(r.span(), "sts:ExternalId required by " + role.name()));
                context.report(f);
            }
        }
    }

    /** Known text literally, each ${...} hole as "anything". */
    private static Pattern literalPattern(String withHoles) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < withHoles.length()) {
            int hole = withHoles.indexOf("${", i);
            if (hole < 0) {
                re.append(Pattern.quote(withHoles.substring(i)));
                break;
            }
            re.append(Pattern.quote(withHoles.substring(i, hole))).append(".*");
            int end = withHoles.indexOf('}', hole);
            i = end < 0 ? withHoles.length() : end + 1;
        }
        return Pattern.compile(re.toString());
    }
}
