package io.ccmlint.rules.k8s;

import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.model.k8s.K8sObject;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.value.Scalar;

/** CCM301: an {@code eks.amazonaws.com/role-arn} annotation that is not a role ARN, or a placeholder. */
public final class IrsaRoleArnInvalidRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM301", "irsa-role-arn-invalid",
            "IRSA role ARN annotation is invalid", Severity.ERROR, Category.KUBERNETES,
            "The EKS pod identity webhook injects AWS_ROLE_ARN from the service account's eks.amazonaws.com/role-arn"
                    + " annotation as written. A value that is not arn:<partition>:iam::<12-digit account>:role/<name>,"
                    + " or a placeholder never filled in, makes every AWS call of the pod fail at runtime"
                    + " (AssumeRoleWithWebIdentity is refused), long after the manifest was applied.",
            K8sSources.IRSA, FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (K8sObject sa : context.workspace().kubernetes().serviceAccounts()) {
            Scalar arn = sa.annotationValue(K8sSources.ROLE_ARN_ANNOTATION);
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
                context.report(arn.span(), where + ": " + K8sSources.ROLE_ARN_ANNOTATION
                        + " is not a valid IAM role ARN: " + problem);
            }
        }
    }
}
