package io.ccmlint.core.model.harness;

import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code Aws} and {@code CEAws} connector YAML into the same {@link HarnessConnector} model
 * as the Terraform resources. <b>Settings use the Terraform attribute paths</b> (one canonical form,
 * so a rule reads both origins the same way); each value is the YAML node itself:
 *
 * <pre>
 * identifier, name, description, orgIdentifier, projectIdentifier -> identifier, name, description, org_id, project_id
 * spec.executeOnDelegate                               -> execute_on_delegate
 * spec.credential.type                                 -> credential_type (YAML only: where the type is written)
 * spec.credential.spec.{accessKey,accessKeyRef,secretKey,secretKeyRef,sessionTokenRef}
 *                                                      -> manual.{access_key,access_key_ref,secret_key,secret_key_ref,session_token_ref}
 * spec.credential.spec.{iamRoleArn,oidcSessionTagKeys} -> oidc_authentication.{iam_role_arn,oidc_session_tag_keys}
 * spec.delegateSelectors, spec.credential.region       -> &lt;block&gt;.delegate_selectors, &lt;block&gt;.region
 *     (block: manual | irsa | inherit_from_delegate | oidc_authentication, from the credential type)
 * spec.credential.crossAccountAccess.{crossAccountRoleArn,externalId} (Aws)
 * spec.crossAccountAccess.{crossAccountRoleArn,externalId} (CEAws)
 *                                                      -> cross_account_access.{role_arn,external_id}
 * spec.awsSdkClientBackOffStrategyOverride {type: EqualJitterBackoffStrategy, spec: {baseDelay...}}
 *                                                      -> equal_jitter_backoff_strategy.base_delay ...
 * spec.awsAccountId, spec.featuresEnabled              -> account_id, features_enabled
 * spec.curAttributes.{reportName,s3BucketName}         -> report_name, s3_bucket
 * </pre>
 */
public final class YamlConnectors {
    private YamlConnectors() {
    }

    /** The connector of a {@code connector:} entry, when its type is Aws or CEAws. */
    public static Optional<HarnessConnector> read(SourceFile file, MapNode.Entry entry) {
        if (entry == null || !(entry.value() instanceof MapNode c)) {
            return Optional.empty();
        }
        String type = HarnessNodes.text(c.get("type"));
        if (!"Aws".equals(type) && !"CEAws".equals(type)) {
            return Optional.empty();
        }
        String id = HarnessNodes.text(c.get("identifier"));
        String name = "connector " + (id != null ? id : file.displayPath());
        Map<String, Node> settings = new LinkedHashMap<>();
        put(settings, "identifier", c.get("identifier"));
        put(settings, "name", c.get("name"));
        put(settings, "description", c.get("description"));
        put(settings, "org_id", c.get("orgIdentifier"));
        put(settings, "project_id", c.get("projectIdentifier"));
        MapNode spec = HarnessNodes.map(c.get("spec"));
        List<HarnessConnector.RoleUse> uses = new ArrayList<>();
        String credentialType = null;
        Scalar externalId = null;
        Scalar accountId = null;
        if (spec != null && type.equals("Aws")) {
            put(settings, "execute_on_delegate", spec.get("executeOnDelegate"));
            MapNode cred = HarnessNodes.map(spec.get("credential"));
            credentialType = cred == null ? null : HarnessNodes.text(cred.get("type"));
            String block = block(credentialType);
            if (cred != null) {
                put(settings, "credential_type", cred.get("type"));
                MapNode cs = HarnessNodes.map(cred.get("spec"));
                if (cs != null && "manual".equals(block)) {
                    put(settings, "manual.access_key", cs.get("accessKey"));
                    put(settings, "manual.access_key_ref", cs.get("accessKeyRef"));
                    put(settings, "manual.secret_key", cs.get("secretKey"));
                    put(settings, "manual.secret_key_ref", cs.get("secretKeyRef"));
                    put(settings, "manual.session_token_ref", cs.get("sessionTokenRef"));
                }
                if (cs != null && "oidc_authentication".equals(block)) {
                    put(settings, "oidc_authentication.iam_role_arn", cs.get("iamRoleArn"));
                    put(settings, "oidc_authentication.oidc_session_tag_keys", cs.get("oidcSessionTagKeys"));
                    use(uses, name + " spec.credential.spec.iamRoleArn", cs.get("iamRoleArn"));
                }
                if (block != null) {
                    put(settings, block + ".region", cred.get("region"));
                }
                MapNode cross = HarnessNodes.map(cred.get("crossAccountAccess"));
                externalId = cross(settings, uses, cross, name + " spec.credential.crossAccountAccess.crossAccountRoleArn");
            }
            if (block != null) {
                put(settings, block + ".delegate_selectors", spec.get("delegateSelectors"));
            }
            backoff(settings, HarnessNodes.map(spec.get("awsSdkClientBackOffStrategyOverride")));
        } else if (spec != null) {
            MapNode cross = HarnessNodes.map(spec.get("crossAccountAccess"));
            externalId = cross(settings, uses, cross, name + " spec.crossAccountAccess.crossAccountRoleArn");
            put(settings, "account_id", spec.get("awsAccountId"));
            accountId = scalar(settings.get("account_id"));
            MapNode cur = HarnessNodes.map(spec.get("curAttributes"));
            if (cur != null) {
                put(settings, "report_name", cur.get("reportName"));
                put(settings, "s3_bucket", cur.get("s3BucketName"));
            }
            put(settings, "features_enabled", spec.get("featuresEnabled"));
        }
        return Optional.of(new HarnessConnector(name, entry.keySpan(), type, credentialType, uses, externalId, accountId,
                settings));
    }

    private static Scalar cross(Map<String, Node> settings, List<HarnessConnector.RoleUse> uses, MapNode cross, String how) {
        if (cross == null) {
            return null;
        }
        put(settings, "cross_account_access.role_arn", cross.get("crossAccountRoleArn"));
        put(settings, "cross_account_access.external_id", cross.get("externalId"));
        use(uses, how, cross.get("crossAccountRoleArn"));
        return scalar(cross.get("externalId"));
    }

    private static void use(List<HarnessConnector.RoleUse> uses, String how, Node arn) {
        Scalar s = scalar(arn);
        if (s != null) {
            uses.add(new HarnessConnector.RoleUse(how, s));
        }
    }

    private static Scalar scalar(Node n) {
        return n instanceof ScalarNode s ? s.scalar() : null;
    }

    private static void backoff(Map<String, Node> settings, MapNode override) {
        if (override == null) {
            return;
        }
        String prefix = switch (String.valueOf(HarnessNodes.text(override.get("type")))) {
            case "FixedDelayBackoffStrategy" -> "fixed_delay_backoff_strategy.";
            case "EqualJitterBackoffStrategy" -> "equal_jitter_backoff_strategy.";
            case "FullJitterBackoffStrategy" -> "full_jitter_backoff_strategy.";
            default -> null;
        };
        MapNode spec = HarnessNodes.map(override.get("spec"));
        if (prefix == null || spec == null) {
            return;
        }
        for (MapNode.Entry e : spec.entries()) {
            put(settings, prefix + snake(e.key()), e.value());
        }
    }

    /** The Terraform credential block of a YAML credential type, or null. */
    public static String block(String credentialType) {
        if (credentialType == null) {
            return null;
        }
        return switch (credentialType) {
            case "ManualConfig" -> "manual";
            case "Irsa" -> "irsa";
            case "InheritFromDelegate" -> "inherit_from_delegate";
            case "OidcAuthentication" -> "oidc_authentication";
            default -> null;
        };
    }

    static String snake(String camel) {
        StringBuilder b = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static void put(Map<String, Node> settings, String key, Node n) {
        if (n != null) {
            settings.put(key, n);
        }
    }
}
