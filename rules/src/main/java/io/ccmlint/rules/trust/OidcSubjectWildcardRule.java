package io.ccmlint.rules.trust;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.iam.Wildcard;
import io.ccmlint.core.model.k8s.K8sObject;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.role.TrustOwners;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.trust.TrustStatements;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * CCM204: {@code sub} matched with {@code StringLike} and a wildcard (Harness's GitOps guide's
 * {@code system:serviceaccount:argocd:*}), or {@code aud}/{@code sub} under a set qualifier.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM204", slug = "oidc-subject-wildcard", title = "OIDC subject matched with a wildcard",
        severity = Severity.WARNING, fix = FixKind.UNSAFE,
        reportsOn = {WorkspacePart.TRUST_POLICIES},
        sources = {
            @Source(title = "Harness: Create a GitOps cluster with IAM role",
                    url = "https://developer.harness.io/docs/continuous-delivery/gitops/create-cluster-with-iam"),
            @Source(title = "Amazon EKS User Guide: IAM roles for service accounts",
                    url = "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html"),
            @Source(title = "AWS IAM User Guide: Single-valued vs. multivalued context keys",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html")})
public final class OidcSubjectWildcardRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (WebIdentityTrusts.Trust t : WebIdentityTrusts.of(context.workspace())) {
            for (String key : List.of(t.provider().subKey(), t.provider().audKey())) {
                for (Condition c : TrustStatements.conditionsOn(t.statement(), key)) {
                    if (c.setQualifier() != null) {
                        context.report(c.operator().span(), c.operator().display() + " on the single-valued key \"" + key
                                + "\" is overly permissive: use " + c.baseOperator() + " without a set qualifier");
                        continue;
                    }
                    if (key.endsWith(":sub") && c.baseOperator().equalsIgnoreCase("StringLike")) {
                        for (Scalar v : c.values()) {
                            if (TrustStatements.hasWildcard(v)) {
                                context.report(v.span(), "subject \"" + v.display() + "\" admits every identity it matches;"
                                        + " use StringEquals with the exact subjects", narrow(context, t, c));
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The unsafe fix: {@code StringEquals} with the exact subjects of the workspace's service
     * accounts that the wildcard matches and that carry an IRSA role annotation (for a trust file
     * named like a role, e.g. ArgoCD.json, only those annotated with that role). Offered only when
     * the edit is unambiguous: this operator tests only this key and no other StringEquals exists
     * beside it; never a guess when no such service account is known.
     */
    private static Fix narrow(RuleContext context, WebIdentityTrusts.Trust t, Condition c) {
        var k8s = context.workspace().kubernetes();
        if (k8s == null || t.provider().kind() != io.ccmlint.core.trust.OidcProvider.Kind.EKS) {
            return null;
        }
        long keysUnderOperator = t.statement().conditions().stream()
                .filter(o -> o.operator().span().equals(c.operator().span())).count();
        boolean otherStringEquals = t.statement().conditions().stream()
                .anyMatch(o -> "StringEquals".equals(o.operator().known()) && !o.operator().span().equals(c.operator().span()));
        if (keysUnderOperator != 1 && !otherStringEquals) {
            return null;
        }
        java.util.Map<String, TreeSet<String>> subjectsByRole = new java.util.TreeMap<>();
        for (K8sObject sa : k8s.serviceAccounts()) {
            var arn = sa.annotationValue("eks.amazonaws.com/role-arn");
            String annotated = arn == null ? null : RoleArns.nameIn(arn.known());
            if (annotated == null || sa.namespace() == null || sa.name() == null) {
                continue;
            }
            String subject = "system:serviceaccount:" + sa.namespace() + ":" + sa.name();
            if (c.values().stream().anyMatch(v -> v.known() != null && Wildcard.matches(v.known(), subject, false))) {
                subjectsByRole.computeIfAbsent(annotated, k -> new TreeSet<>()).add(subject);
            }
        }
        // the role this trust belongs to (its Terraform role, a file named after it), or the only one the matching accounts use
        String roleName = TrustOwners.of(context.workspace()).roleNameOf(t.policy());
        TreeSet<String> subjects = roleName != null && subjectsByRole.containsKey(roleName) ? subjectsByRole.get(roleName)
                : subjectsByRole.size() == 1 ? subjectsByRole.values().iterator().next() : null;
        if (subjects == null) {
            return null;
        }
        String what = "StringEquals with the " + subjects.size() + " service account(s) annotated for this role: "
                + String.join(", ", subjects);
        if (otherStringEquals) {
            // a StringEquals (e.g. for aud) is already there: move the subject into it
            return t.policy().editor().moveConditionKey(t.statement(), c.operator().known(), "StringEquals", c.key().known(),
                    List.copyOf(subjects)).map(e -> Fix.unsafe(what, e).within(t.statement().span())).orElse(null);
        }
        Optional<TextEdit> operator = ValueEdits.replace(c.operator(), "StringEquals");
        Optional<TextEdit> values = ValueEdits.replaceAll(c.valuesSpan(), c.values(), List.copyOf(subjects));
        if (operator.isEmpty() || values.isEmpty()) {
            return null;
        }
        return Fix.unsafe(what, List.of(operator.get(), values.get())).within(t.statement().span());
    }
}
