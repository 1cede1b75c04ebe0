package io.ccmlint.rules.trust;

import com.google.auto.service.AutoService;
import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.trust.OidcProvider;
import io.ccmlint.core.trust.TrustStatements;
import java.util.List;
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
        reportsOn = {WorkspacePart.TRUST_POLICIES},
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "Amazon EKS User Guide: IAM roles for service accounts",
                    url = "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html")})
public final class OidcSubjectFormatRule implements Rule {
    private static final Pattern HARNESS_SCOPED =
            Pattern.compile("account/([^:/]+):org/([^:/]*):project/([^:/]*)(?::pipeline/([^:/]+))?");
    private static final Pattern HARNESS_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String K8S_NAME = "[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?";
    private static final Pattern EKS_SUBJECT = Pattern.compile("system:serviceaccount:" + K8S_NAME + ":" + K8S_NAME);
    private static final String FORMATS = "<accountId>, account/<acct>:org/<org>:project/<proj>[:pipeline/<id>],"
            + " account/<acct>:org/<org>:project/, account/<acct>:org/:project/";

    @Override
    public void check(RuleContext context) {
        for (WebIdentityTrusts.Trust t : WebIdentityTrusts.of(context.workspace())) {
            for (Condition c : TrustStatements.conditionsOn(t.statement(), t.provider().subKey())) {
                for (Scalar v : c.values()) {
                    if (TrustStatements.hasWildcard(v)) {
                        continue; // CCM204's business
                    }
                    if (!v.isKnown()) {
                        partial(context, t.provider(), v);
                    } else if (t.provider().kind() == OidcProvider.Kind.HARNESS) {
                        harness(context, t.provider(), v);
                    } else if (t.provider().kind() == OidcProvider.Kind.EKS) {
                        eks(context, v);
                    }
                }
            }
        }
    }

    /**
     * A subject Terraform completes, by its literal parts: it is reported only when no filling can
     * give a subject of the provider's format (for Harness, of its account).
     */
    private void partial(RuleContext context, OidcProvider p, Scalar v) {
        if (p.kind() == OidcProvider.Kind.EKS && !v.couldMatch(EKS_SUBJECT)) {
            context.report(v.span(), "EKS subject \"" + v.display() + "\" is not system:serviceaccount:<namespace>:<name>");
        } else if (p.kind() == OidcProvider.Kind.HARNESS) {
            String account = p.harnessAccountId() == null ? "[^:/]+" : Pattern.quote(p.harnessAccountId());
            if (!v.couldMatch(HARNESS_SCOPED) && !v.couldMatch(HARNESS_ID)) {
                context.report(v.span(), "Harness subject \"" + v.display() + "\" fits none of Harness's formats: " + FORMATS);
            } else if (!v.couldMatch(Pattern.compile(account)) && !v.couldMatch(Pattern.compile("account/" + account + ":.*"))) {
                context.report(v.span(), "Harness subject \"" + v.display() + "\" does not name the provider URL's account "
                        + p.harnessAccountId());
            }
        }
    }

    private void harness(RuleContext context, OidcProvider p, Scalar v) {
        String account = p.harnessAccountId();
        String text = v.known();
        Matcher m = HARNESS_SCOPED.matcher(text);
        if (m.matches()) {
            if (!m.group(3).isEmpty() && m.group(2).isEmpty() || m.group(4) != null && m.group(3).isEmpty()) {
                context.report(v.span(), "Harness subject \"" + text + "\" is not a scope Harness issues: a project"
                        + " needs its org, a pipeline its project");
            } else if (account != null && !account.equals(m.group(1))) {
                String fixed = "account/" + account + text.substring(("account/" + m.group(1)).length());
                context.report(v.span(), "Harness subject names account " + m.group(1) + " but the provider URL is for account "
                        + account, ValueEdits.replace(v, fixed).map(e -> Fix.safe("use account " + account, List.of(e))).orElse(null));
            }
        } else if (HARNESS_ID.matcher(text).matches()) {
            if (account != null && !account.equals(text)) {
                context.report(v.span(), "Harness subject \"" + text + "\" is not the provider URL's account " + account
                        + " (the default subject is the account id)",
                        ValueEdits.replace(v, account).map(e -> Fix.safe("use account " + account, List.of(e))).orElse(null));
            }
        } else {
            context.report(v.span(), "Harness subject \"" + text + "\" fits none of Harness's formats: " + FORMATS);
        }
    }

    private void eks(RuleContext context, Scalar v) {
        if (!EKS_SUBJECT.matcher(v.known()).matches()) {
            context.report(v.span(), "EKS subject \"" + v.known() + "\" is not system:serviceaccount:<namespace>:<name>");
        }
    }
}
