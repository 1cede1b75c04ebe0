package io.ccmlint.rules.trust;

import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.trust.TrustStatements;
import io.ccmlint.rules.Sources;
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
public final class ExternalIdFormatRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM207", "external-id-format", "CCM external ID in the wrong format",
            Severity.ERROR, Category.TRUST_POLICY,
            "Harness CCM assumes the cross-account role with the external ID harness:<Harness AWS account>:<your Harness"
                    + " account id> (891928451355 for the US clusters, 783764615875 for EU). Any other value, or the"
                    + " other cluster's account, makes the connector fail its test.",
            Sources.CCM_ROLE, FixKind.SAFE);
    private static final Pattern FORMAT = Pattern.compile("harness:(\\d{12}):([A-Za-z0-9_-]+)");

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        List<String> accounts = new ArrayList<>(TrustStatements.HARNESS_CCM_ACCOUNTS);
        accounts.addAll(context.workspace().config().harness().ccmPrincipalAccounts());
        String harnessAccount = context.workspace().config().harness().accountId();
        for (Statement s : WebIdentityTrusts.allowStatements(context.workspace())) {
            String principalAccount = TrustStatements.aws(s).stream().map(p -> TrustStatements.accountOf(p.display()))
                    .filter(a -> a != null && accounts.contains(a)).findFirst().orElse(null);
            if (principalAccount == null || !TrustStatements.allows(s, "sts:AssumeRole")) {
                continue;
            }
            for (Condition c : TrustStatements.conditionsOn(s, "sts:ExternalId")) {
                for (Scalar v : c.values()) {
                    if (!v.display().contains("${")) {
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

    private void checkLiteral(RuleContext context, Scalar v, String principalAccount, List<String> accounts,
                              String harnessAccount) {
        Matcher m = FORMAT.matcher(v.display());
        String expected = harnessAccount == null ? null : "harness:" + principalAccount + ":" + harnessAccount;
        Fix fix = expected == null ? null
                : ValueEdits.replace(v, expected).map(e -> Fix.safe("use " + expected, List.of(e))).orElse(null);
        if (!m.matches()) {
            context.report(v.span(), "external ID \"" + v.display() + "\" is not harness:<Harness AWS account>:<Harness"
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
        Scalar v = c.externalId();
        if (v.isUnknown() || !v.isText()) {
            return; // entirely unknown here
        }
        String text = v.display();
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
    private void agreeWithTrust(RuleContext context, HarnessConnector c, Scalar v, String text) {
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
            Pattern mine = literalPattern(text);
            boolean agrees = required.stream().anyMatch(r -> r.display().contains("${") || mine.matcher(r.display()).matches());
            if (!agrees) {
                var f = context.finding(v.span(), c.name() + ": external ID \"" + text + "\" does not match what the trust"
                        + " policy of " + role.name() + " requires (" + required.stream().map(Scalar::display)
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
