package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.model.k8s.K8sObject;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.value.Scalar;

/** CCM301: an {@code eks.amazonaws.com/role-arn} annotation that is not a role ARN, or a placeholder. */
@AutoService(Rule.class)
@RuleInfo(id = "CCM301", slug = "irsa-role-arn-invalid", title = "IRSA role ARN annotation is invalid",
        severity = Severity.ERROR,
        reportsOn = {WorkspacePart.KUBERNETES},
        sources = {
            @Source(title = "Amazon EKS User Guide: Assign IAM roles to Kubernetes service accounts",
                    url = "https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html"),
            @Source(title = "AWS IAM User Guide: IAM identifiers",
                    url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html")})
public final class IrsaRoleArnInvalidRule implements Rule {
    @Override
    public void check(RuleContext context) {
        for (K8sObject sa : context.workspace().kubernetes().serviceAccounts()) {
            Scalar arn = sa.annotationValue(IrsaAnnotation.ROLE_ARN);
            if (arn == null) {
                continue;
            }
            String value = arn.known();
            String where = "service account " + sa.namespace() + "/" + sa.name();
            if (value != null && Placeholders.isPlaceholder(value)) {
                context.report(arn.span(), where + " is annotated with a placeholder role ARN (" + value
                        + "); write the ARN of the IAM role the pods should assume");
                continue;
            }
            String problem = RoleArns.problem(value);
            if (problem != null) {
                context.report(arn.span(), where + ": " + IrsaAnnotation.ROLE_ARN
                        + " is not a valid IAM role ARN: " + problem);
            }
        }
    }
}
