package io.ccmlint.core.terraform;

import io.ccmlint.core.aws.ManagedPolicies;
import io.ccmlint.core.edit.TerraformRoleEditor;
import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.terraform.eval.BlockInstances;
import io.ccmlint.core.terraform.eval.EachContext;
import io.ccmlint.core.terraform.eval.Evaluator;
import io.ccmlint.core.terraform.eval.TerraformModule;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the models of the module instances of one {@linkplain ModuleTree tree} (or of one module
 * read on its own): IAM policies (aws_iam_*_policy, policy documents, inline and assume-role
 * policies), roles with everything attached to them, and Harness AWS connectors, each named by its
 * address ({@code module.ccm.aws_iam_role.this}). References ({@code aws_iam_role.x.name},
 * {@code aws_iam_policy.p.arn}, {@code data.aws_iam_policy_document.d.json}) carry their module
 * address, so they resolve across the tree: a root module may attach a policy to a role that a
 * module it calls makes.
 */
public final class TerraformExtractor {
    private static final List<String> POLICY_RESOURCES = List.of("aws_iam_policy", "aws_iam_role_policy",
            "aws_iam_user_policy", "aws_iam_group_policy");

    /** More instances of one attachment than this are not listed: it attaches something unknown. */
    private static final int MAX_ATTACHMENT_INSTANCES = 1_000;

    private final List<ModuleTree.Instance> instances;
    /** One reader per tree: heredoc JSON is read under the run's limits. */
    private final JsonTreeReader json;
    private final Map<String, PolicyDocument> documents = new LinkedHashMap<>();
    private final List<PolicyDocument> partialDocuments = new ArrayList<>();
    private final Map<String, PolicyDocument> customerPolicies = new LinkedHashMap<>();
    private final Map<String, String> customerPolicyNames = new LinkedHashMap<>();
    private final List<PolicyDocument> policies = new ArrayList<>();
    private final Map<String, RoleParts> roles = new LinkedHashMap<>();
    private final List<TerraformConnectors.Found> connectors = new ArrayList<>();

    private TerraformExtractor(List<ModuleTree.Instance> instances, ParseLimits limits) {
        this.instances = instances;
        this.json = new JsonTreeReader(limits);
    }

    /** A role being assembled from its resource and the resources that point at it. */
    static final class RoleParts {
        final String address;
        /** The address of the module instance it is in ({@code module.ccm.}, or empty). */
        final String module;
        final HclFile file;
        final HclBlock block;
        final String awsName;
        PolicyDocument trust;
        final List<PolicyDocument> inline = new ArrayList<>();
        final List<PolicyDocument> attached = new ArrayList<>();
        final List<Scalar> managed = new ArrayList<>();
        final List<Scalar> unresolved = new ArrayList<>();

        RoleParts(String address, String module, HclFile file, HclBlock block, String awsName) {
            this.address = address;
            this.module = module;
            this.file = file;
            this.block = block;
            this.awsName = awsName;
        }
    }

    /** The module's models; roles by Terraform address (each role knows its AWS name when the module does). */
    public record Result(List<PolicyDocument> policies, Map<String, Role> rolesByAddress,
                         List<TerraformConnectors.Found> connectors) {
    }

    /** The models of one module read on its own (variables take their defaults, module calls are unknown). */
    public static Result extract(TerraformModule module, ParseLimits limits) {
        return extract(List.of(new ModuleTree.Instance("", module, module.evaluator(), null)), limits);
    }

    /** @param limits the run's reader limits, for the policy JSON written in heredocs */
    static Result extract(List<ModuleTree.Instance> instances, ParseLimits limits) {
        return new TerraformExtractor(instances, limits).run();
    }

    private Result run() {
        // pass 1: documents, customer policies, roles (what others refer to), in every instance
        for (ModuleTree.Instance in : instances) {
            for (HclFile f : in.module().files()) {
                for (HclBlock b : f.body().blocks("data")) {
                    if (type(b).equals("aws_iam_policy_document") && exists(b, in.evaluator())) {
                        String address = in.address() + "data.aws_iam_policy_document." + label(b);
                        PolicyDocument d = PolicyDocumentBlocks.read(address, f.source(), b, in.evaluator());
                        if (PolicyDocumentBlocks.complete(b)) {
                            documents.put(address, d);
                        } else {
                            partialDocuments.add(d); // its statements are checked; a role using it has a policy not all known
                        }
                    }
                }
            }
        }
        for (ModuleTree.Instance in : instances) {
            Evaluator ev = in.evaluator();
            for (HclFile f : in.module().files()) {
                PolicyExpressions expressions = new PolicyExpressions(f.source(), ev, documents, json);
                for (HclBlock b : f.body().blocks("resource")) {
                    String address = in.address() + type(b) + "." + label(b);
                    if (!exists(b, ev)) {
                        continue;
                    }
                    if (type(b).equals("aws_iam_policy")) {
                        attr(b, "policy").flatMap(a -> expressions.read(address, a.value())).ifPresent(d -> {
                            customerPolicies.put(address, d);
                            attr(b, "name").map(a -> ev.eval(a.value())).map(ValueNodes::knownString)
                                    .ifPresent(n -> customerPolicyNames.putIfAbsent(n, address));
                        });
                    } else if (type(b).equals("aws_iam_role")) {
                        String awsName = attr(b, "name").map(a -> ValueNodes.knownString(ev.eval(a.value()))).orElse(null);
                        RoleParts r = new RoleParts(address, in.address(), f, b, awsName);
                        attr(b, "assume_role_policy").flatMap(a -> expressions.read(address + ".assume_role_policy", a.value()))
                                .ifPresent(d -> r.trust = d);
                        for (HclBlock inline : b.body().blocks("inline_policy")) {
                            attr(inline, "policy").ifPresent(a -> expressions.read(address + ".inline_policy", a.value())
                                    .ifPresentOrElse(r.inline::add, () -> r.unresolved.add(unreadable(a))));
                        }
                        attr(b, "managed_policy_arns").ifPresent(a -> attachArns(r, ev.eval(a.value())));
                        roles.put(address, r);
                    }
                }
            }
        }
        // pass 2: policies and attachments that point at roles
        for (ModuleTree.Instance in : instances) {
            Evaluator ev = in.evaluator();
            for (HclFile f : in.module().files()) {
                PolicyExpressions expressions = new PolicyExpressions(f.source(), ev, documents, json);
                for (HclBlock b : f.body().blocks("resource")) {
                    String type = type(b);
                    String address = in.address() + type + "." + label(b);
                    if (!exists(b, ev)) {
                        continue;
                    }
                    if (POLICY_RESOURCES.contains(type) && !type.equals("aws_iam_policy")) {
                        Optional<PolicyDocument> d = attr(b, "policy").flatMap(a -> expressions.read(address, a.value()));
                        d.ifPresent(policies::add);
                        if (type.equals("aws_iam_role_policy")) {
                            for (BlockInstances.Instance i : instances(b, ev)) {
                                attr(b, "role").flatMap(a -> role(in, eval(ev, a, i))).ifPresent(r -> d.ifPresentOrElse(
                                        r.inline::add, () -> attr(b, "policy").ifPresent(a -> r.unresolved.add(unreadable(a)))));
                            }
                        }
                    } else if (type.equals("aws_iam_role_policy_attachment")) {
                        for (BlockInstances.Instance i : instances(b, ev)) {
                            Optional<RoleParts> r = attr(b, "role").flatMap(a -> role(in, eval(ev, a, i)));
                            attr(b, "policy_arn").ifPresent(a -> r.ifPresent(role -> attachArns(role, eval(ev, a, i))));
                        }
                    } else if (type.equals("aws_iam_policy_attachment")) {
                        for (BlockInstances.Instance i : instances(b, ev)) {
                            Optional<HclAttribute> arn = attr(b, "policy_arn");
                            attr(b, "roles").map(a -> eval(ev, a, i)).ifPresent(v -> {
                                List<Value> items = v instanceof Value.Seq s ? s.items() : List.of(v);
                                for (Value item : items) {
                                    role(in, item).ifPresent(role -> arn.ifPresent(a -> attachArns(role, eval(ev, a, i))));
                                }
                            });
                        }
                    } else if (type.startsWith("harness_platform_connector_aws")) {
                        connectors.addAll(TerraformConnectors.read(address, b, ev));
                    }
                }
            }
        }
        policies.addAll(0, customerPolicies.values());
        policies.addAll(0, documents.values());
        policies.addAll(0, partialDocuments);
        Map<String, Role> built = new LinkedHashMap<>();
        for (RoleParts r : roles.values()) {
            if (r.trust != null) {
                policies.add(r.trust);
            }
            policies.addAll(r.inline); // dedupe() below keeps each document once
            List<PolicyDocument> all = new ArrayList<>(r.inline);
            all.addAll(r.attached);
            built.put(r.address, new Role(r.address, headerSpan(r.block), r.awsName, r.trust, all, r.managed, r.unresolved,
                    null, null, TfJsonConverter.isTfJson(r.file.source()) ? io.ccmlint.core.model.role.RoleEditor.NONE
                            : new TerraformRoleEditor(r.file.source(), r.block)));
        }
        return new Result(dedupe(policies), built, connectors);
    }

    /**
     * The instances of an attachment with {@code count} or {@code for_each}; when they are not known
     * (or too many to list), the block once, {@code each} and {@code count} unknown: what it
     * attaches is then unknown, never nothing.
     */
    private static List<BlockInstances.Instance> instances(HclBlock b, Evaluator ev) {
        BlockInstances.Expansion e = BlockInstances.of(b, ev, MAX_ATTACHMENT_INSTANCES);
        return e.instances() != null ? e.instances() : List.of(BlockInstances.Instance.SINGLE);
    }

    /**
     * False for a block Terraform makes no instance of: a {@code count} of 0 or an empty
     * {@code for_each} (a module's optional policies, {@code count = var.attach_x ? 1 : 0}). A
     * count or for_each not known keeps the block.
     */
    private static boolean exists(HclBlock b, Evaluator ev) {
        return BlockInstances.of(b, ev, 0).size() != 0;
    }

    private static Value eval(Evaluator ev, HclAttribute a, BlockInstances.Instance i) {
        return ev.eval(a.value(), i.each(), i.countIndex());
    }

    /** Each document once (by identity: two equal documents written in two places are two), in order. */
    private static List<PolicyDocument> dedupe(List<PolicyDocument> in) {
        java.util.Set<PolicyDocument> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        return in.stream().filter(seen::add).toList();
    }

    /** Attaches one ARN or a list of ARNs to a role: managed policies by ARN, customer policies by reference or name. */
    private void attachArns(RoleParts r, Value v) {
        List<Value> items = v instanceof Value.Seq s ? s.items() : List.of(v);
        for (Value item : items) {
            if (item instanceof Value.Str s && ManagedPolicies.isManagedArn(s.value())) {
                r.managed.add(ValueNodes.located(s));
            } else if (item instanceof Value.Unknown u && u.reference() != null && u.reference().endsWith(".arn")
                    && customerPolicies.containsKey(TerraformAddress.resource(u.reference(), "aws_iam_policy"))) {
                r.attached.add(customerPolicies.get(TerraformAddress.resource(u.reference(), "aws_iam_policy")));
            } else if (item instanceof Value.Str s && s.value().contains(":policy/")
                    && customerPolicyNames.containsKey(s.value().substring(s.value().lastIndexOf('/') + 1))) {
                r.attached.add(customerPolicies.get(customerPolicyNames.get(s.value().substring(s.value().lastIndexOf('/') + 1))));
            } else {
                r.unresolved.add(ValueNodes.located(item));
            }
        }
    }

    /**
     * An inline policy whose document cannot be read here ({@code file("policy.json")}, a data
     * source): it may grant anything, so the role's permissions are not all known.
     */
    private static Scalar unreadable(HclAttribute policy) {
        io.ccmlint.core.source.Span span = policy.value().span();
        return Scalar.partial(io.ccmlint.core.value.Template.unknown(span.text(), span),
                span, io.ccmlint.core.value.ScalarStyle.HCL_EXPRESSION);
    }

    /**
     * The role a {@code role = ...} value in instance {@code in} names: a reference to an
     * aws_iam_role anywhere in the tree, or its name (a role of the same instance first).
     */
    private Optional<RoleParts> role(ModuleTree.Instance in, Value v) {
        if (v instanceof Value.Unknown u) {
            return Optional.ofNullable(roles.get(TerraformAddress.resource(u.reference(), "aws_iam_role")));
        }
        String name = ValueNodes.knownString(v);
        if (name != null) {
            String fromArn = io.ccmlint.core.aws.RoleArns.nameIn(name);
            String n = fromArn != null ? fromArn : name;
            Optional<RoleParts> here = roles.values().stream().filter(r -> n.equals(r.awsName) && r.module.equals(in.address()))
                    .findFirst();
            return here.isPresent() ? here : roles.values().stream().filter(r -> n.equals(r.awsName)).findFirst();
        }
        return Optional.empty();
    }

    private static io.ccmlint.core.source.Span headerSpan(HclBlock b) {
        var end = b.labels().isEmpty() ? b.typeSpan() : b.labels().get(b.labels().size() - 1).span();
        return b.typeSpan().union(end);
    }

    static String type(HclBlock b) {
        return b.labels().isEmpty() ? "" : b.labels().get(0).value();
    }

    static String label(HclBlock b) {
        return b.labels().size() > 1 ? b.labels().get(1).value() : "";
    }

    static Optional<HclAttribute> attr(HclBlock b, String name) {
        return b.body().attribute(name);
    }

    /** Evaluates in the context of one for_each instance (or none). */
    static Value eval(Evaluator ev, HclExpression e, EachContext each) {
        return each == null ? ev.eval(e) : ev.eval(e, each);
    }
}
