package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.k8s.ServiceAccountRole;
import io.ccmlint.core.model.role.ServiceAccountTrust;
import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.role.TrustOwners;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.trust.OidcProvider;
import io.ccmlint.core.trust.TrustStatements;
import io.ccmlint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CCM302: a service account annotated with a role whose trust policy, known in the workspace,
 * does not admit {@code system:serviceaccount:<namespace>:<name>} for an EKS OIDC provider. The
 * annotation is a ServiceAccount manifest's, or the one eksctl writes for an {@code attachRoleARN};
 * the trust is a policy the workspace writes, or the one eksctl generates for its role (which
 * admits exactly the service account eksctl declares it for).
 * Conservative: the role must be found by name (a Terraform {@code aws_iam_role} whose {@code name}
 * the evaluator knows, literal or through locals and variables, or a trust policy file named after
 * it) and its trust policy must have EKS web-identity statements whose {@code sub} conditions can
 * all be read.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM302", slug = "irsa-trust-mismatch", title = "IRSA role does not trust the service account",
        severity = Severity.ERROR, fix = FixKind.UNSAFE,
        reportsOn = {WorkspacePart.KUBERNETES},
        sources = {
            @Source(title = "Amazon EKS User Guide: Assign IAM roles to Kubernetes service accounts",
                    url = "https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html"),
            @Source(title = "Amazon EKS User Guide: IAM roles for service accounts",
                    url = "https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html"),
            @Source(title = "Harness: Create a GitOps cluster with IAM role",
                    url = "https://developer.harness.io/docs/continuous-delivery/gitops/create-cluster-with-iam")})
public final class IrsaTrustMismatchRule implements Rule {
    @Override
    public void check(RuleContext context) {
        Workspace ws = context.workspace();
        // once per run, not once per service account (that made a monorepo's run quadratic)
        TrustOwners owners = null;
        // annotated ServiceAccounts, and eksctl's IAM service accounts with attachRoleARN (eksctl annotates them)
        for (ServiceAccountRole sa : ws.kubernetes().serviceAccountRoles()) {
            Scalar arn = sa.roleArn();
            String roleName = sa.via() == ServiceAccountRole.Via.IRSA && arn != null ? RoleArns.roleName(arn.known()) : null;
            if (roleName == null) {
                continue;
            }
            if (owners == null) {
                owners = TrustOwners.of(ws);
            }
            // the Terraform role of that name, or a trust policy file named after it (ArgoCD.json, as Harness's GitOps guide keeps it)
            List<PolicyDocument> trusts = owners.trustsOf(roleName);
            List<ServiceAccountTrust> generated = owners.serviceAccountTrustsOf(roleName);
            String subject = "system:serviceaccount:" + sa.namespace() + ":" + sa.name();
            if (trusts.isEmpty() && !generated.isEmpty()) {
                checkGenerated(context, sa, roleName, subject, generated);
                continue;
            }
            if (trusts.size() != 1 || !generated.isEmpty()) {
                continue; // not found, or ambiguous
            }
            PolicyDocument trust = trusts.get(0);
            List<Statement> webIdentity = eksWebIdentity(ws, trust);
            if (webIdentity.isEmpty()) {
                continue; // no IRSA trust at all, or one we cannot read: other rules' business
            }
            boolean admitted = false;
            for (Statement s : webIdentity) {
                Boolean a = admits(ws, s, subject);
                if (a == null || a) {
                    admitted = true;
                    break;
                }
            }
            if (!admitted) {
                context.report(context.finding(arn.span(), annotated(sa, roleName) + ", whose trust policy does not admit "
                        + subject + ": AssumeRoleWithWebIdentity fails with AccessDenied")
                        .related(trust.span(), "the role's trust policy")
                        .fix(addSubject(ws, trust, webIdentity, subject)));
            }
        }
    }

    /** "service account ns/name is annotated with role R", saying so when eksctl writes the annotation. */
    private static String annotated(ServiceAccountRole sa, String roleName) {
        return "service account " + sa.serviceAccount() + " is annotated with role " + roleName
                + (sa.manifest() == null ? " (" + sa.origin() + ")" : "");
    }

    /**
     * A role whose trust eksctl generates admits the one service account it was declared for: a
     * service account annotated with it under another namespace or name cannot assume it, nor can
     * any through IRSA when it is a pod identity role. No fix: the trust has no text to edit.
     */
    private static void checkGenerated(RuleContext context, ServiceAccountRole sa, String roleName, String subject,
                                       List<ServiceAccountTrust> generated) {
        if (generated.stream().anyMatch(t -> t.admitsWebIdentity(sa.namespace(), sa.name()))) {
            return;
        }
        ServiceAccountTrust t = generated.get(0);
        String why = t.via() == ServiceAccountRole.Via.IRSA
                ? "which eksctl creates for service account " + t.serviceAccount() + " (" + t.origin() + "): its trust"
                        + " admits only " + t.subject()
                : "which eksctl creates for the pod identity association of " + t.serviceAccount() + " (" + t.origin()
                        + "): its trust admits pods.eks.amazonaws.com, not a web identity of the cluster's OIDC provider";
        var finding = context.finding(sa.roleArn().span(), annotated(sa, roleName) + ", " + why + "; " + subject
                + " cannot assume it (AssumeRoleWithWebIdentity fails with AccessDenied)");
        for (ServiceAccountTrust g : generated) {
            finding.related(g.span(), "eksctl declares the role for " + g.serviceAccount() + " here");
        }
        context.report(finding);
    }

    /**
     * The unsafe fix: the subject joins the trust's StringEquals subjects. Only for one EKS
     * statement whose sub conditions are all StringEquals (a StringEquals beside a StringLike would
     * have to hold as well), and only where the trust's syntax can take the edit.
     */
    private static Fix addSubject(Workspace ws, PolicyDocument trust, List<Statement> webIdentity, String subject) {
        if (webIdentity.size() != 1) {
            return null;
        }
        Statement s = webIdentity.get(0);
        List<Condition> subs = new ArrayList<>();
        for (Scalar f : TrustStatements.federated(s)) {
            OidcProvider p = OidcProvider.parse(f, ws.config().harness().hosts());
            if (p != null && p.kind() == OidcProvider.Kind.EKS) {
                subs.addAll(TrustStatements.conditionsOn(s, p.subKey()));
            }
        }
        if (subs.size() != 1 || !"StringEquals".equals(subs.get(0).operator().known())) {
            return null;
        }
        return trust.editor().addConditionValues(s, "StringEquals", subs.get(0).key().known(), List.of(subject))
                .map(edits -> Fix.unsafe("let " + subject + " assume the role (add it to the trust's subjects)", edits)
                        .within(s.span()))
                .orElse(null);
    }

    /** The Allow statements of the trust that let an EKS OIDC provider assume the role with a web identity. */
    private static List<Statement> eksWebIdentity(Workspace ws, PolicyDocument trust) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : trust.statements()) {
            if (!s.isAllow() || !TrustStatements.allows(s, "sts:AssumeRoleWithWebIdentity")) {
                continue;
            }
            for (Scalar f : TrustStatements.federated(s)) {
                OidcProvider p = OidcProvider.parse(f, ws.config().harness().hosts());
                if (p != null && p.kind() == OidcProvider.Kind.EKS) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    /** True when the statement admits the subject, false when it does not, null when it cannot be told. */
    private static Boolean admits(Workspace ws, Statement s, String subject) {
        Boolean any = false;
        for (Scalar f : TrustStatements.federated(s)) {
            OidcProvider p = OidcProvider.parse(f, ws.config().harness().hosts());
            if (p == null || p.kind() != OidcProvider.Kind.EKS) {
                continue;
            }
            List<Condition> subs = TrustStatements.conditionsOn(s, p.subKey());
            if (subs.isEmpty()) {
                // every identity of the provider (CCM202's finding, not ours), or a computed key may be sub
                return TrustStatements.mayTest(s, p.subKey()) ? null : true;
            }
            Boolean all = true;
            for (Condition c : subs) {
                String op = c.baseOperator().toLowerCase(Locale.ROOT);
                if (!op.equals("stringlike") && !TrustStatements.isStringEquals(c)) {
                    return null;
                }
                Boolean match = admits(c, op, subject);
                if (Boolean.FALSE.equals(match)) {
                    all = false;
                    break;
                }
                if (match == null) {
                    all = null;
                }
            }
            if (Boolean.TRUE.equals(all)) {
                return true;
            }
            if (all == null) {
                any = null;
            }
        }
        return any;
    }

    /**
     * True when a known value of the condition admits the subject, null when only a value Terraform
     * computes could (its literal parts allow it), false when none can.
     */
    private static Boolean admits(Condition c, String op, String subject) {
        boolean like = op.equals("stringlike");
        boolean ignoreCase = op.endsWith("ignorecase");
        boolean maybe = false;
        for (Scalar v : c.values()) {
            boolean could = like ? v.patternCouldMatch(subject, false) : v.couldMatchGlob(subject, ignoreCase);
            if (could && v.isKnown()) {
                return true;
            }
            maybe |= could;
        }
        return maybe ? null : false;
    }
}
