package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.model.principal.PrincipalKind;
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
 * policies), roles, users and groups with everything attached to them (users with their groups'
 * policies, see {@link TerraformPrincipals}), and Harness AWS connectors, each named by its
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
    /** The files file() and templatefile() read: a policy read from one is located in it. */
    private final TerraformFiles files;
    private final Map<String, PolicyDocument> documents = new LinkedHashMap<>();
    private final List<PolicyDocument> partialDocuments = new ArrayList<>();
    private final Map<String, PolicyDocument> customerPolicies = new LinkedHashMap<>();
    private final Map<String, String> customerPolicyNames = new LinkedHashMap<>();
    private final List<PolicyDocument> policies = new ArrayList<>();
    private final TerraformPrincipals principals = new TerraformPrincipals(customerPolicies, customerPolicyNames);
    private final List<TerraformConnectors.Found> connectors = new ArrayList<>();

    private TerraformExtractor(List<ModuleTree.Instance> instances, ParseLimits limits, TerraformFiles files) {
        this.instances = instances;
        this.json = new JsonTreeReader(limits);
        this.files = files;
    }

    /**
     * The module's models; roles by Terraform address (each role knows its AWS name when the module
     * does); users and groups, each with every policy that applies to it, in address order.
     */
    public record Result(List<PolicyDocument> policies, Map<String, Role> rolesByAddress,
                         List<TerraformConnectors.Found> connectors, List<IamPrincipal> usersAndGroups) {
        public Result(List<PolicyDocument> policies, Map<String, Role> rolesByAddress, List<TerraformConnectors.Found> connectors) {
            this(policies, rolesByAddress, connectors, List.of());
        }
    }

    /** The models of one module read on its own (variables take their defaults, module calls are unknown). */
    public static Result extract(TerraformModule module, ParseLimits limits) {
        return extract(List.of(new ModuleTree.Instance("", module, module.evaluator(), null)), limits);
    }

    /** @param limits the run's reader limits, for the policy JSON written in heredocs */
    static Result extract(List<ModuleTree.Instance> instances, ParseLimits limits) {
        return extract(instances, limits, TerraformFiles.NONE);
    }

    /** @param files what the instances' file() and templatefile() read (see {@link TerraformFiles#policy}) */
    static Result extract(List<ModuleTree.Instance> instances, ParseLimits limits, TerraformFiles files) {
        return new TerraformExtractor(instances, limits, files).run();
    }

    private Result run() {
        // pass 1: documents, customer policies, roles, users and groups (what others refer to), in every instance
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
                PolicyExpressions expressions = new PolicyExpressions(f.source(), ev, documents, json, files);
                for (HclBlock b : f.body().blocks("resource")) {
                    String address = in.address() + type(b) + "." + label(b);
                    if (!exists(b, ev)) {
                        continue;
                    }
                    PrincipalKind kind = principalKind(type(b));
                    if (type(b).equals("aws_iam_policy")) {
                        attr(b, "policy").flatMap(a -> expressions.read(address, a.value())).ifPresent(d -> {
                            customerPolicies.put(address, d);
                            attr(b, "name").map(a -> ev.eval(a.value())).map(ValueNodes::knownString)
                                    .ifPresent(n -> customerPolicyNames.putIfAbsent(n, address));
                        });
                    } else if (kind != null) {
                        String awsName = attr(b, "name").map(a -> ValueNodes.knownString(ev.eval(a.value()))).orElse(null);
                        PrincipalParts p = new PrincipalParts(kind, address, in.address(), f, b, awsName);
                        attr(b, "assume_role_policy").filter(a -> kind == PrincipalKind.ROLE)
                                .flatMap(a -> expressions.read(address + ".assume_role_policy", a.value()))
                                .ifPresent(d -> p.trust = d);
                        for (HclBlock inline : kind == PrincipalKind.ROLE ? b.body().blocks("inline_policy") : List.<HclBlock>of()) {
                            attr(inline, "policy").ifPresent(a -> p.inline.add(expressions.read(address + ".inline_policy", a.value())
                                    .map(PolicyAttachment::inline).orElseGet(() -> new PolicyAttachment(null, null, unreadable(a), null))));
                        }
                        principals.add(p);
                    }
                }
            }
        }
        // pass 2: what points at a principal (policies, attachments, memberships, ARNs of customer policies)
        for (ModuleTree.Instance in : instances) {
            Evaluator ev = in.evaluator();
            for (HclFile f : in.module().files()) {
                PolicyExpressions expressions = new PolicyExpressions(f.source(), ev, documents, json, files);
                for (HclBlock b : f.body().blocks("resource")) {
                    String type = type(b);
                    String address = in.address() + type + "." + label(b);
                    if (!exists(b, ev)) {
                        continue;
                    }
                    PrincipalKind kind = principalKind(type);
                    if (kind != null) {
                        PrincipalParts p = principals.at(kind, address);
                        attr(b, "managed_policy_arns").filter(a -> kind == PrincipalKind.ROLE)
                                .ifPresent(a -> principals.attachArns(p, ev.eval(a.value()), null));
                        attr(b, "permissions_boundary").filter(a -> kind != PrincipalKind.GROUP).map(a -> ev.eval(a.value()))
                                .filter(v -> !(v instanceof Value.Null)) // a module's optional boundary, var.boundary = null: none
                                .ifPresent(v -> p.boundary = principals.byArn(v, v.span()));
                    } else if (POLICY_RESOURCES.contains(type) && !type.equals("aws_iam_policy")) {
                        Optional<PolicyDocument> d = attr(b, "policy").flatMap(a -> expressions.read(address, a.value()));
                        d.ifPresent(policies::add);
                        PrincipalKind of = principalKind(type.substring(0, type.length() - "_policy".length()));
                        Optional<HclAttribute> policy = attr(b, "policy");
                        for (BlockInstances.Instance i : instances(b, ev)) {
                            Optional<Value> named = attr(b, of.word()).map(a -> eval(ev, a, i));
                            Optional<PrincipalParts> p = named.flatMap(v -> principals.find(of, in, v));
                            if (p.isPresent() && policy.isPresent()) {
                                // attached at the value naming the principal: giving the policy to another is that line
                                p.get().inline.add(new PolicyAttachment(d.orElse(null), named.get().span(),
                                        d.isPresent() ? null : unreadable(policy.get()), null));
                            }
                        }
                    } else if (attachedTo(type) != null) {
                        PrincipalKind of = attachedTo(type);
                        for (BlockInstances.Instance i : instances(b, ev)) {
                            Optional<PrincipalParts> p = attr(b, of.word()).flatMap(a -> principals.find(of, in, eval(ev, a, i)));
                            attr(b, "policy_arn").ifPresent(a -> p.ifPresent(to -> principals.attachArns(to, eval(ev, a, i), null)));
                        }
                    } else if (type.equals("aws_iam_policy_attachment")) {
                        for (BlockInstances.Instance i : instances(b, ev)) {
                            Optional<HclAttribute> arn = attr(b, "policy_arn");
                            for (PrincipalKind of : PrincipalKind.values()) {
                                attr(b, of.word() + "s").map(a -> eval(ev, a, i)).ifPresent(v -> arn.ifPresent(a -> {
                                    for (var named : principals.named(of, in, v)) {
                                        principals.attachArns(named.getKey(), eval(ev, a, i), named.getValue().span());
                                    }
                                }));
                            }
                        }
                    } else if (type.equals("aws_iam_user_group_membership") || type.equals("aws_iam_group_membership")) {
                        for (BlockInstances.Instance i : instances(b, ev)) {
                            GroupMemberships.read(principals, in, b, v -> eval(ev, v, i));
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
        for (PrincipalParts r : principals.all(PrincipalKind.ROLE)) {
            if (r.trust != null) {
                policies.add(r.trust);
            }
            Role role = r.role();
            policies.addAll(r.inline.stream().filter(PolicyAttachment::readable).map(PolicyAttachment::policy).toList());
            built.put(r.address, role);
        }
        List<IamPrincipal> usersAndGroups = new ArrayList<>();
        for (PrincipalKind k : List.of(PrincipalKind.USER, PrincipalKind.GROUP)) {
            principals.all(k).forEach(p -> usersAndGroups.add(p.principal()));
        }
        return new Result(dedupe(policies), built, connectors, usersAndGroups);
    }

    /** The kind an {@code aws_iam_role_policy_attachment} (user, group) attaches to; else null. */
    private static PrincipalKind attachedTo(String type) {
        String suffix = "_policy_attachment";
        return type.endsWith(suffix) ? principalKind(type.substring(0, type.length() - suffix.length())) : null;
    }

    /** The kind of an {@code aws_iam_role}, {@code aws_iam_user} or {@code aws_iam_group} type; else null. */
    private static PrincipalKind principalKind(String type) {
        for (PrincipalKind k : PrincipalKind.values()) {
            if (type.equals(TerraformPrincipals.resourceType(k))) {
                return k;
            }
        }
        return null;
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

    /**
     * An inline policy whose document cannot be read here ({@code file()} of a file that cannot be
     * read, a data source): it may grant anything, so the role's permissions are not all known.
     */
    private static Scalar unreadable(HclAttribute policy) {
        io.ccmlint.core.source.Span span = policy.value().span();
        return Scalar.partial(io.ccmlint.core.value.Template.unknown(span.text(), span),
                span, io.ccmlint.core.value.ScalarStyle.HCL_EXPRESSION);
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
