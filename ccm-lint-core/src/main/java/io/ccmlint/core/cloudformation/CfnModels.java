package io.ccmlint.core.cloudformation;

import io.ccmlint.core.aws.ManagedPolicies;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.model.principal.PolicyAttachment;
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
 * {@code ManagedPolicyArns}, {@code PermissionsBoundary} and the {@code AWS::IAM::Policy} /
 * {@code AWS::IAM::ManagedPolicy} resources attached to it through {@code Roles} or by reference),
 * users and groups ({@link CfnUsersAndGroups}) and their policies. Each scenario is built; a
 * principal that is the same in every scenario is one model, else one per distinct form, named
 * with the scenarios it stands for ({@link ScenarioForms}).
 */
final class CfnModels {
    static final String ROLE = "AWS::IAM::Role";
    static final String POLICY = "AWS::IAM::Policy";
    static final String MANAGED_POLICY = "AWS::IAM::ManagedPolicy";
    static final String USER = "AWS::IAM::User";
    static final String GROUP = "AWS::IAM::Group";
    static final String USER_TO_GROUP = "AWS::IAM::UserToGroupAddition";

    private final CfnTemplate template;
    private final Workspace.Builder out;
    /** The role properties a {@link Role} is built from. */
    private static final List<String> ROLE_MODEL_PROPERTIES =
            List.of("RoleName", "AssumeRolePolicyDocument", "Policies", "ManagedPolicyArns", "PermissionsBoundary");
    /** Stands for a property that is absent, in a form's key. */
    static final Object NONE = new Object();
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
    record Evaluated(CfnTemplate.Resource resource, MapNode properties) {
        /** The evaluated property, or null. */
        Node get(String property) {
            return properties == null ? null : properties.get(property);
        }
    }

    private void build(List<Scenario> scenarios, List<CfnEvaluator> evaluators) {
        ScenarioForms<RoleForm> roles = new ScenarioForms<>();
        CfnUsersAndGroups usersAndGroups = new CfnUsersAndGroups(this);
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
            CfnAttachedPolicies attached = new CfnAttachedPolicies(present);
            for (Evaluated e : present.values()) {
                if (e.resource().type().equals(ROLE)) {
                    RoleForm form = new RoleForm(e, attachments(e, "RoleName", "Roles", present, attached),
                            boundary(e, present));
                    roles.add(e.resource().logicalId(), form.key(), form, i);
                }
            }
            usersAndGroups.scenario(i, present, attached);
        }
        roles.forEach(scenarios, RoleForm::add);
        usersAndGroups.add(scenarios, out);
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
        final List<PolicyAttachment> attachments;
        final PolicyAttachment boundary;

        RoleForm(Evaluated role, List<PolicyAttachment> attachments, PolicyAttachment boundary) {
            this.role = role;
            this.attachments = attachments;
            this.boundary = boundary;
        }

        /**
         * What tells this form from the role's other forms: the properties the model is built from,
         * and each policy with where it is attached (not the rest of a policy's {@code Roles}, which
         * may name more roles in some scenarios without changing this one, nor its description or tags).
         */
        List<Object> key() {
            List<Object> k = new ArrayList<>();
            for (String p : ROLE_MODEL_PROPERTIES) {
                k.add(Objects.requireNonNullElse(role.get(p), NONE));
            }
            k.add(attachments);
            return k;
        }

        void add(String when) {
            CfnTemplate.Resource r = role.resource();
            String awsName = Nodes.text(role.get("RoleName"));
            PolicyDocument trust = role.properties() == null ? null : document(role, "AssumeRolePolicyDocument").orElse(null);
            if (trust != null) {
                policy(trust);
            }
            attachments.stream().filter(a -> a.readable() && !a.awsManaged()).forEach(a -> policy(a.policy()));
            out.roles().add(new Role(ScenarioForms.name(r.logicalId(), when), r.entry().keySpan(), awsName, trust,
                    attachments, boundary, CfnEditors.role(template.file(), r)));
        }
    }

    /**
     * The policies of a role, user or group in one scenario, in this order: its {@code Policies}
     * (inline), its {@code ManagedPolicyArns} (each at its entry), then the policy resources whose
     * {@code list} names it (each at the entry that does). A policy resource is listed once.
     */
    List<PolicyAttachment> attachments(Evaluated e, String nameProperty, String list, Map<String, Evaluated> present,
                                       CfnAttachedPolicies attached) {
        List<PolicyAttachment> out = new ArrayList<>();
        inlinePolicies(e).forEach(d -> out.add(PolicyAttachment.inline(d)));
        java.util.Set<String> from = new java.util.HashSet<>();
        for (Node arn : Nodes.list(e.get("ManagedPolicyArns"))) {
            if (!(arn instanceof ScalarNode sn)) {
                continue;
            }
            Scalar s = sn.scalar();
            String id = attachedManagedPolicy(s);
            if (s.isKnown() && ManagedPolicies.isManagedArn(s.known())) {
                out.add(PolicyAttachment.byArn(s, s.span()));
            } else if (id == null) {
                out.add(new PolicyAttachment(null, s.span(), s, null));
            } else if (present.containsKey(id) && from.add(id)) {
                out.add(policyResource(present.get(id), s.span(), s));
            }
        }
        for (CfnAttachedPolicies.Named n : attached.naming(list, e, nameProperty)) {
            if (from.add(n.policy().resource().logicalId())) {
                out.add(policyResource(n.policy(), n.at(), null));
            }
        }
        return out;
    }

    /**
     * A policy resource of the template attached at {@code at}: its document, or when that cannot
     * be read, what names it ({@code reference}, or the resource).
     */
    private PolicyAttachment policyResource(Evaluated p, io.ccmlint.core.source.Span at, Scalar reference) {
        PolicyDocument doc = document(p, "PolicyDocument").orElse(null);
        if (doc != null) {
            return new PolicyAttachment(doc, at, reference, null);
        }
        var span = p.resource().entry().keySpan();
        return new PolicyAttachment(null, at, reference != null ? reference
                : Scalar.partial(io.ccmlint.core.value.Template.unknown(p.resource().logicalId(), span), span,
                        template.root().syntax() == io.ccmlint.core.tree.Syntax.JSON ? io.ccmlint.core.value.ScalarStyle.JSON_INTRINSIC
                                : io.ccmlint.core.value.ScalarStyle.YAML_INTRINSIC), null);
    }

    /**
     * A role's or user's {@code PermissionsBoundary}: a managed policy of the template
     * ({@code !Ref B}, {@code !GetAtt B.PolicyArn}) is read like an attached one, an AWS managed
     * ARN from the bundled copies; any other stays what is written. Null when none is set.
     */
    PolicyAttachment boundary(Evaluated e, Map<String, Evaluated> present) {
        if (!(e.get("PermissionsBoundary") instanceof ScalarNode sn)) {
            return null;
        }
        Scalar s = sn.scalar();
        String id = attachedManagedPolicy(s);
        PolicyDocument doc = id == null || !present.containsKey(id) ? null : document(present.get(id), "PolicyDocument").orElse(null);
        return doc != null ? new PolicyAttachment(doc, s.span(), s, null) : PolicyAttachment.byArn(s, s.span());
    }

    /**
     * The logical ID of the template's managed policy an ARN value refers to ({@code !Ref Policy},
     * {@code !GetAtt Policy.PolicyArn}), or null.
     */
    private String attachedManagedPolicy(Scalar arn) {
        String ref = arn.reference();
        if (ref != null && ref.endsWith(".PolicyArn")) {
            ref = ref.substring(0, ref.length() - ".PolicyArn".length());
        }
        CfnTemplate.Resource r = ref == null ? null : template.resources().get(ref);
        return r != null && MANAGED_POLICY.equals(r.type()) ? ref : null;
    }

    /** The documents of {@code Policies: [{PolicyName, PolicyDocument}]} of a role, user or group. */
    List<PolicyDocument> inlinePolicies(Evaluated e) {
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

    void policy(PolicyDocument d) {
        if (added.add(d)) {
            out.policy(d);
        }
    }
}
