package io.ccmlint.core.terraform;

import io.ccmlint.core.aws.ManagedPolicies;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.model.principal.PrincipalKind;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.terraform.eval.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roles, users and groups of one module tree by address, and how a value names one of them or
 * a policy: a reference ({@code aws_iam_role.x.name}, {@code aws_iam_policy.p.arn}, with its
 * module address) or a name ({@code "deployer"}, a policy ARN ending in a policy's name).
 */
final class TerraformPrincipals {
    private final Map<PrincipalKind, Map<String, PrincipalParts>> byKind = new EnumMap<>(PrincipalKind.class);
    /** Customer policies by address, and their addresses by AWS name: filled before any attachment is read. */
    private final Map<String, PolicyDocument> customerPolicies;
    private final Map<String, String> customerPolicyNames;

    TerraformPrincipals(Map<String, PolicyDocument> customerPolicies, Map<String, String> customerPolicyNames) {
        this.customerPolicies = customerPolicies;
        this.customerPolicyNames = customerPolicyNames;
        for (PrincipalKind k : PrincipalKind.values()) {
            byKind.put(k, new LinkedHashMap<>());
        }
    }

    /** The resource type of a kind: {@code aws_iam_role}, {@code aws_iam_user}, {@code aws_iam_group}. */
    static String resourceType(PrincipalKind kind) {
        return "aws_iam_" + kind.word();
    }

    void add(PrincipalParts p) {
        byKind.get(p.kind).put(p.address, p);
    }

    PrincipalParts at(PrincipalKind kind, String address) {
        return byKind.get(kind).get(address);
    }

    Collection<PrincipalParts> all(PrincipalKind kind) {
        return byKind.get(kind).values();
    }

    /**
     * The principal of {@code kind} a value in instance {@code in} names: a reference to one
     * anywhere in the tree, or its AWS name (one of the same instance first; a role also by its ARN).
     */
    Optional<PrincipalParts> find(PrincipalKind kind, ModuleTree.Instance in, Value v) {
        Map<String, PrincipalParts> map = byKind.get(kind);
        if (v instanceof Value.Unknown u) {
            String address = TerraformAddress.resource(u.reference(), resourceType(kind));
            return Optional.ofNullable(address == null ? null : map.get(address));
        }
        String name = ValueNodes.knownString(v);
        if (name == null) {
            return Optional.empty();
        }
        String fromArn = kind == PrincipalKind.ROLE ? io.ccmlint.core.aws.RoleArns.nameIn(name) : null;
        String n = fromArn != null ? fromArn : name;
        Optional<PrincipalParts> here = map.values().stream().filter(p -> n.equals(p.awsName) && p.module.equals(in.address()))
                .findFirst();
        return here.isPresent() ? here : map.values().stream().filter(p -> n.equals(p.awsName)).findFirst();
    }

    /** The items of a value that may be a list ({@code roles = [...]}) or one value. */
    static List<Value> items(Value v) {
        return v instanceof Value.Seq s ? s.items() : List.of(v);
    }

    /**
     * Attaches one ARN or a list of ARNs: each at {@code at}, or at its own item when {@code at}
     * is null ({@code managed_policy_arns}).
     */
    void attachArns(PrincipalParts p, Value v, Span at) {
        for (Value item : items(v)) {
            if (!(item instanceof Value.Null)) { // managed_policy_arns = null: none
                p.attached.add(byArn(item, at != null ? at : item.span()));
            }
        }
    }

    /**
     * What an ARN value attaches: an AWS managed policy by ARN, a customer policy of the tree by
     * reference or by the name its ARN ends in, else a policy that cannot be read here.
     */
    PolicyAttachment byArn(Value item, Span at) {
        var written = ValueNodes.located(item);
        if (item instanceof Value.Str s && ManagedPolicies.isManagedArn(s.value())) {
            return PolicyAttachment.byArn(written, at);
        }
        PolicyDocument doc = null;
        if (item instanceof Value.Unknown u && u.reference() != null && u.reference().endsWith(".arn")) {
            doc = customerPolicies.get(TerraformAddress.resource(u.reference(), "aws_iam_policy"));
        } else if (item instanceof Value.Str s && s.value().contains(":policy/")) {
            String address = customerPolicyNames.get(s.value().substring(s.value().lastIndexOf('/') + 1));
            doc = address == null ? null : customerPolicies.get(address);
        }
        return new PolicyAttachment(doc, at, written, null);
    }

    /** Every principal of a kind that a value lists, each with the item that names it. */
    List<Map.Entry<PrincipalParts, Value>> named(PrincipalKind kind, ModuleTree.Instance in, Value list) {
        List<Map.Entry<PrincipalParts, Value>> out = new ArrayList<>();
        for (Value item : items(list)) {
            find(kind, in, item).ifPresent(p -> out.add(Map.entry(p, item)));
        }
        return out;
    }
}
