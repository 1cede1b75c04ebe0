package io.ccmlint.core.model.connector;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.terraform.eval.Value;
import java.util.List;

/**
 * A Harness AWS connector ({@code Aws}) or CCM connector ({@code CEAws}), from connector YAML or a
 * {@code harness_platform_connector_aws}/{@code _awscc} resource (one model per {@code for_each}
 * instance). Values keep their spans; unknown parts stay unknown.
 *
 * @param name a human name, e.g. {@code harness_platform_connector_awscc.data["000000000005"]}
 * @param span where the connector is defined (its block header or {@code connector:} key)
 * @param type {@code Aws} or {@code CEAws}
 * @param credentialType ManualConfig, InheritFromDelegate, Irsa, OidcAuthentication, or null
 * @param roleArns the roles the connector assumes: cross-account role, OIDC role (with where they are written)
 * @param externalId the cross-account external ID, or null
 * @param settings every attribute as written, by path ({@code execute_on_delegate},
 *                 {@code irsa.delegate_selectors}, {@code equal_jitter_backoff_strategy.base_delay},
 *                 {@code features_enabled} ...), evaluated; rules read what they need from here
 */
public record HarnessConnector(String name, Span span, String type, String credentialType, List<RoleUse> roleArns,
                               Value externalId, Value accountId, java.util.Map<String, Value> settings) {
    public HarnessConnector {
        roleArns = List.copyOf(roleArns);
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
    }

    /** A setting by path, or null when not written. */
    public Value setting(String path) {
        return settings.get(path);
    }

    /** A role ARN the connector uses and how: {@code cross_account_access.role_arn}, {@code oidc_authentication.iam_role_arn}. */
    public record RoleUse(String how, Value arn) {
    }
}
