package io.ccmlint.core.model.principal;

import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.source.Span;
import java.util.List;

/**
 * A role, user or group with every policy that decides what it may do, whatever it was written in
 * (JSON policy folders, Terraform, CloudFormation, eksctl). A user's list holds its groups'
 * policies too ({@link PolicyAttachment#viaGroup()}).
 *
 * @param address how the workspace names it: a Terraform address ({@code module.m.aws_iam_role.x}),
 *                a CloudFormation logical ID, an eksctl service account, a configured policy folder
 * @param awsName the name in AWS when known, else null
 * @param arn the ARN when written somewhere literally, else null
 * @param span where it is defined (findings about the principal go here)
 * @param policies inline, attached customer, AWS managed and unreadable policies
 * @param boundary the permissions boundary when one is set (what the principal may do is then at
 *                 most what it allows), else null
 * @param role the role model when this is a role, else null
 */
public record IamPrincipal(PrincipalKind kind, String address, String awsName, String arn, Span span,
                           List<PolicyAttachment> policies, PolicyAttachment boundary, Role role) {
    public IamPrincipal {
        policies = List.copyOf(policies);
    }

    /** "role aws_iam_role.deployer", "user alice": how messages name it. */
    public String describe() {
        return kind.word() + " \"" + address + "\"";
    }

    /** The readable documents, in attachment order. */
    public List<io.ccmlint.core.model.policy.PolicyDocument> documents() {
        return policies.stream().filter(PolicyAttachment::readable).map(PolicyAttachment::policy).toList();
    }

    /** True when some attached policy cannot be read here: what it grants is unknown. */
    public boolean hasUnreadablePolicies() {
        return policies.stream().anyMatch(p -> !p.readable());
    }
}
