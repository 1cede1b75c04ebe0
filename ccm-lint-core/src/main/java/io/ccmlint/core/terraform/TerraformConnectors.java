package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.terraform.eval.EachContext;
import io.ccmlint.core.terraform.eval.Evaluator;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code harness_platform_connector_aws} and {@code harness_platform_connector_awscc}
 * resources, one connector per {@code for_each} instance when the instances are known.
 */
public final class TerraformConnectors {
    private TerraformConnectors() {
    }

    /** A connector and the module it was found in (references resolve there). */
    public record Found(HarnessConnector connector) {
    }

    static List<Found> read(String address, HclBlock b, Evaluator ev) {
        List<Found> out = new ArrayList<>();
        Optional<List<EachContext>> instances = b.body().attribute("for_each").map(a -> ev.forEach(a.value()))
                .orElse(Optional.of(java.util.Collections.singletonList((EachContext) null)));
        if (instances.isEmpty()) {
            instances = Optional.of(java.util.Collections.singletonList((EachContext) null)); // unknown instances: each.* stays unknown
        }
        for (EachContext each : instances.get()) {
            String name = each == null || !(each.key() instanceof Value.Str k) ? address : address + "[\"" + k.value() + "\"]";
            out.add(new Found(connector(name, b, ev, each)));
        }
        return out;
    }

    private static HarnessConnector connector(String name, HclBlock b, Evaluator ev, EachContext each) {
        boolean ccm = TerraformExtractor.type(b).equals("harness_platform_connector_awscc");
        List<HarnessConnector.RoleUse> uses = new ArrayList<>();
        Scalar externalId = null;
        String credential = null;
        for (HclBlock cross : b.body().blocks("cross_account_access")) {
            var arn = cross.body().attribute("role_arn");
            if (arn.isPresent()) {
                uses.add(new HarnessConnector.RoleUse(name + " cross_account_access.role_arn",
                        ValueNodes.located(TerraformExtractor.eval(ev, arn.get().value(), each))));
            }
            var ext = cross.body().attribute("external_id");
            if (ext.isPresent()) {
                externalId = ValueNodes.located(TerraformExtractor.eval(ev, ext.get().value(), each));
            }
        }
        for (String kind : List.of("manual", "irsa", "inherit_from_delegate", "oidc_authentication")) {
            if (!b.body().blocks(kind).isEmpty()) {
                credential = switch (kind) {
                    case "manual" -> "ManualConfig";
                    case "irsa" -> "Irsa";
                    case "inherit_from_delegate" -> "InheritFromDelegate";
                    default -> "OidcAuthentication";
                };
            }
        }
        for (HclBlock oidc : b.body().blocks("oidc_authentication")) {
            oidc.body().attribute("iam_role_arn").ifPresent(a -> uses.add(new HarnessConnector.RoleUse(
                    name + " oidc_authentication.iam_role_arn", ValueNodes.located(TerraformExtractor.eval(ev, a.value(), each)))));
        }
        Scalar account = b.body().attribute("account_id")
                .map(a -> ValueNodes.located(TerraformExtractor.eval(ev, a.value(), each))).orElse(null);
        var header = b.typeSpan().union(b.labels().get(b.labels().size() - 1).span());
        Map<String, Node> settings = new LinkedHashMap<>();
        collect("", b.body(), ev, each, settings);
        return new HarnessConnector(name, header, ccm ? "CEAws" : "Aws", credential, uses, externalId, account, settings);
    }

    /** Every attribute of the resource and its nested blocks, by dotted path, evaluated for this instance. */
    private static void collect(String prefix, io.ccmlint.core.hcl.HclBody body, Evaluator ev, EachContext each,
                                Map<String, Node> out) {
        for (var a : body.attributes()) {
            if (!a.name().equals("for_each")) {
                out.put(prefix + a.name(), ValueNodes.toNode(TerraformExtractor.eval(ev, a.value(), each)));
            }
        }
        for (HclBlock nested : body.blocks()) {
            collect(prefix + nested.type() + ".", nested.body(), ev, each, out);
        }
    }
}
