package io.ccmlint.core.model.connector;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.Scalar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Harness AWS connector ({@code Aws}) or CCM connector ({@code CEAws}), from connector YAML or a
 * {@code harness_platform_connector_aws}/{@code _awscc} resource (one model per {@code for_each}
 * instance). Every value is located; what Terraform computes stays unknown ({@link Scalar#known()}
 * is null, a partly known value keeps its literal parts).
 *
 * @param name a human name, e.g. {@code harness_platform_connector_awscc.data["000000000005"]}
 * @param span where the connector is defined (its block header or {@code connector:} key)
 * @param type {@code Aws} or {@code CEAws}
 * @param credentialType ManualConfig, InheritFromDelegate, Irsa, OidcAuthentication, or null
 * @param roleArns the roles the connector assumes: cross-account role, OIDC role (with where they are written)
 * @param externalId the cross-account external ID, or null
 * @param accountId a CCM connector's AWS account id, or null
 * @param settings every attribute as written, by path ({@code execute_on_delegate},
 *                 {@code irsa.delegate_selectors}, {@code equal_jitter_backoff_strategy.base_delay},
 *                 {@code features_enabled} ...) as a located tree node (a list is a list node of
 *                 scalars); rules read what they need from here
 */
public record HarnessConnector(String name, Span span, String type, String credentialType, List<RoleUse> roleArns,
                               Scalar externalId, Scalar accountId, Map<String, Node> settings) {
    public HarnessConnector {
        roleArns = List.copyOf(roleArns);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** A setting by path, or null when not written. */
    public Node setting(String path) {
        return settings.get(path);
    }

    /** A setting that is a scalar, or null when not written or not a scalar (a list, a block). */
    public Scalar scalar(String path) {
        return settings.get(path) instanceof ScalarNode s ? s.scalar() : null;
    }

    /** A role ARN the connector uses and how: {@code cross_account_access.role_arn}, {@code oidc_authentication.iam_role_arn}. */
    public record RoleUse(String how, Scalar arn) {
    }
}
