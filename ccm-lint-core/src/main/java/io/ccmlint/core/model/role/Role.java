package io.ccmlint.core.model.role;

import io.ccmlint.core.model.policy.Located;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.source.Span;
import java.util.List;

/**
 * An IAM role (or a set of policies the configuration says belong to one), with everything that
 * decides what it may do and who may assume it.
 *
 * @param name role name, or for a configured policy folder its path
 * @param span where the role is defined (for findings about the whole role)
 * @param arn the ARN when known, else null
 * @param trustPolicy the assume-role policy when known, else null
 * @param policies inline and attached customer policies
 * @param managedPolicyArns attached AWS managed policy ARNs, as written
 * @param connectorUse why a Harness AWS connector uses this role (null when none is known)
 */
public record Role(String name, Span span, String arn, PolicyDocument trustPolicy, List<PolicyDocument> policies,
                   List<Located<String>> managedPolicyArns, String connectorUse) {
    public Role {
        policies = List.copyOf(policies);
        managedPolicyArns = List.copyOf(managedPolicyArns);
    }

    public boolean usedByConnector() {
        return connectorUse != null;
    }
}
