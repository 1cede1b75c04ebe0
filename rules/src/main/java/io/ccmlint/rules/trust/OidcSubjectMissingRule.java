package io.ccmlint.rules.trust;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.role.TrustOwners;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.trust.TrustStatements;

/** CCM202: a web-identity trust with no {@code sub} condition admits every identity of the provider. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM202", slug = "oidc-subject-missing", title = "OIDC trust without a subject",
        severity = Severity.ERROR, fix = FixKind.UNSAFE,
        reportsOn = {WorkspacePart.TRUST_POLICIES, WorkspacePart.KUBERNETES},
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "Amazon EKS User Guide: IAM roles for service accounts",
                    url = "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html"),
            @Source(title = "AWS IAM User Guide: Create a role for OpenID Connect federation",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html")})
public final class OidcSubjectMissingRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (WebIdentityTrusts.Trust t : WebIdentityTrusts.of(context.workspace())) {
            if (TrustStatements.allows(t.statement(), "sts:AssumeRoleWithWebIdentity")
                    && !TrustStatements.mayTest(t.statement(), t.provider().subKey())) {
                context.report(t.principal().span(), "web-identity trust for " + WebIdentityTrusts.name(t.provider())
                        + " has no \"" + t.provider().subKey() + "\" condition: every identity of that provider may assume the role",
                        fix(context, t));
            }
        }
    }

    /**
     * The unsafe fix, for an EKS trust whose role is known ({@link TrustOwners}: a Terraform role's,
     * or a file named after its role, ArgoCD.json): require the
     * subjects of the workspace's service accounts annotated with that role. Nothing else tells
     * which subject was meant, so no fix otherwise.
     */
    private static Fix fix(RuleContext context, WebIdentityTrusts.Trust t) {
        if (t.provider().kind() != io.ccmlint.core.trust.OidcProvider.Kind.EKS || context.workspace().kubernetes() == null
                || WebIdentityTrusts.hasKeyEnding(t.statement(), ":sub")) { // a mis-prefixed sub is CCM205's to fix
            return null;
        }
        String role = TrustOwners.of(context.workspace()).roleNameOf(t.policy());
        if (role == null) {
            return null;
        }
        java.util.TreeSet<String> subjects = new java.util.TreeSet<>();
        for (var sa : context.workspace().kubernetes().serviceAccounts()) {
            var arn = sa.annotationValue("eks.amazonaws.com/role-arn");
            String text = arn == null ? null : arn.known();
            if (role.equals(RoleArns.nameIn(text)) && sa.namespace() != null && sa.name() != null) {
                subjects.add("system:serviceaccount:" + sa.namespace() + ":" + sa.name());
            }
        }
        if (subjects.isEmpty()) {
            return null;
        }
        return t.policy().editor().addConditionValues(t.statement(), "StringEquals", t.provider().subKey(),
                        java.util.List.copyOf(subjects))
                .map(e -> Fix.unsafe("require the subjects of the service accounts annotated with role " + role + ": "
                        + String.join(", ", subjects), e).within(t.statement().span())).orElse(null);
    }
}
