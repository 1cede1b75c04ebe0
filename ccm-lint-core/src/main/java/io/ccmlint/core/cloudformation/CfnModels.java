package io.ccmlint.core.cloudformation;

import io.ccmlint.core.aws.ManagedPolicies;
import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.tree.EmbeddedJson;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The IAM models of one template: roles ({@code AWS::IAM::Role} with its trust, {@code Policies},
 * {@code ManagedPolicyArns} and the {@code AWS::IAM::Policy} / {@code AWS::IAM::ManagedPolicy}
 * resources attached to it through {@code Roles} or by reference), and the policies of users and
 * groups. Each scenario is built; a role that is the same in every scenario is one {@link Role},
 * else one per distinct form, named with the scenarios it stands for.
 */
final class CfnModels {
    static final String ROLE = "AWS::IAM::Role";
    static final String POLICY = "AWS::IAM::Policy";
    static final String MANAGED_POLICY = "AWS::IAM::ManagedPolicy";
    static final String USER = "AWS::IAM::User";
    static final String GROUP = "AWS::IAM::Group";

    private final CfnTemplate template;
    private final Workspace.Builder out;
    /** The role properties a {@link Role} is built from. */
    private static final List<String> ROLE_MODEL_PROPERTIES =
            List.of("RoleName", "AssumeRolePolicyDocument", "Policies", "ManagedPolicyArns");
    /** Stands for a property that is absent, in a form's key. */
    private static final Object NONE = new Object();
    /** Documents by what they were read from (resource, place, evaluated text): one object per distinct document. */
    private final Map<List<Object>, PolicyDocument> documents = new LinkedHashMap<>();

    private CfnModels(CfnTemplate template, Workspace.Builder out) {
        this.template = template;
        this.out = out;
    }

    static void build(CfnTemplate template, List<Scenario> scenarios, List<CfnEvaluator> evaluators, Workspace.Builder out) {
        new CfnModels(template, out).build(scenarios, evaluators);
    }

    /** One resource's properties as evaluated in one scenario (null properties: the resource has none). */
    private record Evaluated(CfnTemplate.Resource resource, MapNode properties) {
    }

    private void build(List<Scenario> scenarios, List<CfnEvaluator> evaluators) {
        Map<String, Map<List<Object>, List<Integer>>> roleForms = new LinkedHashMap<>();
        Map<String, Map<List<Object>, RoleForm>> formsById = new LinkedHashMap<>();
        for (int i = 0; i < evaluators.size(); i++) {
            Map<String, Evaluated> present = evaluate(evaluators.get(i));
            for (Evaluated e : present.values()) {
                String type = e.resource().type();
                if (type.equals(USER) || type.equals(GROUP)) {
                    inlinePolicies(e).forEach(this::policy);
                } else if (type.equals(POLICY) || type.equals(MANAGED_POLICY)) {
                    document(e, "PolicyDocument").ifPresent(this::policy);
                }
            }
            AttachedPolicies attached = new AttachedPolicies(present);
            for (Evaluated e : present.values()) {
                if (e.resource().type().equals(ROLE)) {
                    RoleForm form = roleForm(e, present, attached);
                    roleForms.computeIfAbsent(e.resource().logicalId(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(form.key(), k -> new ArrayList<>()).add(i);
                    formsById.computeIfAbsent(e.resource().logicalId(), k -> new LinkedHashMap<>()).putIfAbsent(form.key(), form);
                }
            }
        }
        for (var byId : roleForms.entrySet()) {
            Map<List<Object>, List<Integer>> forms = byId.getValue();
            for (var form : forms.entrySet()) {
                String when = forms.size() == 1 && form.getValue().size() == scenarios.size() ? null
                        : ScenarioLabels.describe(scenarios, form.getValue());
                formsById.get(byId.getKey()).get(form.getKey()).add(when);
            }
        }
    }

    /** The IAM resources that exist in a scenario, with their properties evaluated. */
    private Map<String, Evaluated> evaluate(CfnEvaluator ev) {
        Map<String, Evaluated> present = new LinkedHashMap<>();
        for (CfnTemplate.Resource r : template.resources().values()) {
            if (r.type() == null || !r.type().startsWith("AWS::IAM::")) {
                continue;
            }
            if (r.condition() != null && Boolean.FALSE.equals(ev.condition(r.condition()))) {
                continue;
            }
            Node props = r.properties() == null ? null : ev.value(r.properties());
            present.put(r.logicalId(), new Evaluated(r, props instanceof MapNode m ? m : null));
        }
        return present;
    }

    /** A role as one scenario makes it: what it is built from (its key, for telling scenarios apart) and how. */
    private final class RoleForm {
        final Evaluated role;
        final List<PolicyDocument> attached = new ArrayList<>();
        final List<Evaluated> attachedFrom = new ArrayList<>();

        RoleForm(Evaluated role) {
            this.role = role;
        }

        /**
         * What tells this form from the role's other forms: the properties the model is built from,
         * and each attached policy's document (not its {@code Roles}, which may name more roles in
         * some scenarios without changing this one, nor its description or tags).
         */
        List<Object> key() {
            List<Object> k = new ArrayList<>();
            MapNode props = role.properties();
            for (String p : ROLE_MODEL_PROPERTIES) {
                k.add(props == null ? NONE : Objects.requireNonNullElse(props.get(p), NONE));
            }
            for (Evaluated a : attachedFrom) {
                k.add(a.resource().logicalId());
                k.add(a.properties() == null ? NONE : Objects.requireNonNullElse(a.properties().get("PolicyDocument"), NONE));
            }
            return k;
        }

        void add(String when) {
            CfnTemplate.Resource r = role.resource();
            MapNode props = role.properties();
            String name = when == null ? r.logicalId() : r.logicalId() + " (when " + when + ")";
            String awsName = props == null ? null : Nodes.text(props.get("RoleName"));
            PolicyDocument trust = props == null ? null : document(role, "AssumeRolePolicyDocument").orElse(null);
            List<PolicyDocument> policies = new ArrayList<>(inlinePolicies(role));
            policies.addAll(attached);
            List<Scalar> managed = new ArrayList<>();
            List<Scalar> unresolved = new ArrayList<>();
            for (Node arn : Nodes.list(props == null ? null : props.get("ManagedPolicyArns"))) {
                Scalar s = arn instanceof ScalarNode sn ? sn.scalar() : null;
                if (s != null && s.isKnown() && ManagedPolicies.isManagedArn(s.known())) {
                    managed.add(s);
                } else if (s != null && attachedManagedPolicy(s) == null) {
                    unresolved.add(s);
                }
            }
            if (trust != null) {
                policy(trust);
            }
            policies.forEach(CfnModels.this::policy);
            out.roles().add(new Role(name, r.entry().keySpan(), awsName, trust, policies, managed, unresolved, null, null,
                    CfnEditors.role(template.file(), r)));
        }
    }

    private RoleForm roleForm(Evaluated role, Map<String, Evaluated> present, AttachedPolicies attached) {
        RoleForm form = new RoleForm(role);
        MapNode props = role.properties();
        for (Node arn : Nodes.list(props == null ? null : props.get("ManagedPolicyArns"))) {
            String id = arn instanceof ScalarNode s ? attachedManagedPolicy(s.scalar()) : null;
            Evaluated p = id == null ? null : present.get(id);
            if (p != null) {
                document(p, "PolicyDocument").ifPresent(form.attached::add);
                form.attachedFrom.add(p);
            }
        }
        for (Evaluated p : attached.naming(role)) {
            if (!form.attachedFrom.contains(p)) {
                document(p, "PolicyDocument").ifPresent(form.attached::add);
                form.attachedFrom.add(p);
            }
        }
        return form;
    }

    /** The logical ID of the template's managed policy an ARN value refers to ({@code !Ref Policy}), or null. */
    private String attachedManagedPolicy(Scalar arn) {
        String ref = arn.reference();
        CfnTemplate.Resource r = ref == null ? null : template.resources().get(ref);
        return r != null && MANAGED_POLICY.equals(r.type()) ? ref : null;
    }

    /**
     * The {@code AWS::IAM::Policy} and {@code AWS::IAM::ManagedPolicy} resources of one scenario by
     * the roles their {@code Roles} name ({@code !Ref Role}, {@code !GetAtt Role.Arn}, the role's name
     * or its ARN): a role's policies are looked up, not searched for among every resource (a template
     * of 40,000 roles took 42 s that way).
     */
    private static final class AttachedPolicies {
        private final List<Evaluated> policies = new ArrayList<>();
        private final Map<String, List<Integer>> byRole = new java.util.HashMap<>();

        AttachedPolicies(Map<String, Evaluated> present) {
            for (Evaluated p : present.values()) {
                String type = p.resource().type();
                if (!type.equals(POLICY) && !type.equals(MANAGED_POLICY)) {
                    continue;
                }
                int index = policies.size();
                policies.add(p);
                for (Node n : Nodes.list(p.properties() == null ? null : p.properties().get("Roles"))) {
                    if (n instanceof ScalarNode s) {
                        String ref = s.scalar().reference();
                        if (ref != null) {
                            put("ref " + (ref.endsWith(".Arn") ? ref.substring(0, ref.length() - ".Arn".length()) : ref), index);
                        }
                        String text = s.scalar().known();
                        if (text != null) {
                            put("name " + text, index);
                            String inArn = RoleArns.nameIn(text);
                            if (inArn != null) {
                                put("name " + inArn, index);
                            }
                        }
                    }
                }
            }
        }

        private void put(String key, int index) {
            byRole.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
        }

        /** The policies that name {@code role}, in the scenario's order. */
        List<Evaluated> naming(Evaluated role) {
            java.util.TreeSet<Integer> found = new java.util.TreeSet<>(byRole.getOrDefault("ref " + role.resource().logicalId(), List.of()));
            String awsName = role.properties() == null ? null : Nodes.text(role.properties().get("RoleName"));
            if (awsName != null) {
                found.addAll(byRole.getOrDefault("name " + awsName, List.of()));
            }
            return found.stream().map(policies::get).toList();
        }
    }

    /** The documents of {@code Policies: [{PolicyName, PolicyDocument}]} of a role, user or group. */
    private List<PolicyDocument> inlinePolicies(Evaluated e) {
        List<PolicyDocument> docs = new ArrayList<>();
        List<Node> items = Nodes.list(e.properties() == null ? null : e.properties().get("Policies"));
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof MapNode item && policyMapping(item.get("PolicyDocument")) instanceof MapNode doc) {
                String name = Objects.requireNonNullElse(Nodes.text(item.get("PolicyName")), "Policies[" + i + "]");
                docs.add(document(e, "Policies/" + i + "/PolicyDocument", e.resource().logicalId() + " policy " + name, doc));
            }
        }
        return docs;
    }

    private java.util.Optional<PolicyDocument> document(Evaluated e, String property) {
        return e.properties() != null && policyMapping(e.properties().get(property)) instanceof MapNode doc
                ? java.util.Optional.of(document(e, property, property.equals("AssumeRolePolicyDocument")
                        ? e.resource().logicalId() + " trust policy" : e.resource().logicalId(), doc))
                : java.util.Optional.empty();
    }

    /**
     * A policy document as a mapping: as written, or the JSON a YAML string holds (CloudFormation
     * takes a policy as a JSON string too), with spans in the template; null when it is neither. JSON
     * that does not parse is a CCM001 at its place.
     */
    private Node policyMapping(Node n) {
        if (!(n instanceof ScalarNode s) || !(s.scalar().value() instanceof String text) || !s.style().literal()
                || s.syntax() != io.ccmlint.core.tree.Syntax.YAML || !text.stripLeading().startsWith("{")) {
            return n;
        }
        // every scenario evaluates to this same literal node: read its JSON once
        return jsonPolicies.computeIfAbsent(s, k -> {
            try {
                return EmbeddedJson.inYaml(new JsonTreeReader(out.config().limits()), s);
            } catch (ParseProblem p) {
                out.parseFailure(new ParseFailure(p.span(), "a policy document written as a JSON string: " + p.getMessage()));
                return java.util.Optional.empty();
            }
        }).orElse(null);
    }

    /** The JSON of each policy written as a string, by its (literal) node; empty when it is not JSON. */
    private final Map<ScalarNode, java.util.Optional<Node>> jsonPolicies = new java.util.IdentityHashMap<>();

    /**
     * The document read from an evaluated mapping, the same object for the same text in every scenario.
     *
     * @param shownName how messages name it: "Role policy Name", "Role trust policy", "Policy"
     */
    private PolicyDocument document(Evaluated e, String pointer, String shownName, MapNode evaluated) {
        List<Object> key = List.of(e.resource().logicalId(), pointer, evaluated);
        return documents.computeIfAbsent(key, k -> {
            Node raw = e.resource().properties() == null ? null : e.resource().properties().at("/" + pointer);
            if (raw != null && !raw.span().equals(evaluated.span())) {
                raw = null; // an Fn::If left items out before it: the text at that index is another document
            }
            return PolicyReader.read(shownName, template.file(), evaluated,
                    CfnEditors.policy(template.file(), raw));
        });
    }

    private final java.util.Set<PolicyDocument> added = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void policy(PolicyDocument d) {
        if (added.add(d)) {
            out.policy(d);
        }
    }
}
