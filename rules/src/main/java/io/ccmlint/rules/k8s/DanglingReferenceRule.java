package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.edit.ValueEdits;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.model.k8s.Binding;
import io.ccmlint.core.model.k8s.K8sModel;
import io.ccmlint.core.model.k8s.K8sObject;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.rule.WorkspacePart;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CCM310: objects of one manifest set (a folder) that point at each other and disagree: objects in
 * a namespace the set never creates while it creates another, an HPA aimed at a workload the set
 * does not have, a binding to a service account or Role the set never creates.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM310", slug = "dangling-reference", title = "Reference to an object the manifests do not define",
        severity = Severity.ERROR, fix = FixKind.UNSAFE,
        reportsOn = {WorkspacePart.KUBERNETES},
        sources = {
            @Source(title = "Harness: AWS connector settings reference",
                    url = "https://developer.harness.io/docs/platform/connectors/cloud-providers/ref-cloud-providers/aws-connector-settings-reference"),
            @Source(title = "Kubernetes: Namespaces",
                    url = "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"),
            @Source(title = "Kubernetes: Horizontal Pod Autoscaling",
                    url = "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/")})
public final class DanglingReferenceRule implements Rule {
    private static final Set<String> BUILT_IN_CLUSTER_ROLES = Set.of("cluster-admin", "admin", "edit", "view");

    @Override
    public void check(RuleContext context) {
        K8sModel k8s = context.workspace().kubernetes();
        Set<String> created = new HashSet<>(K8sModel.BUILT_IN_NAMESPACES);
        k8s.objects("Namespace").forEach(n -> created.add(n.name()));
        Map<String, SetFacts> facts = new HashMap<>();
        Map<String, Map<String, List<K8sObject>>> namedByNamespace = new HashMap<>();
        for (String set : k8s.manifestSets()) {
            List<K8sObject> objects = k8s.manifestSet(set);
            SetFacts f = facts.computeIfAbsent(set, s -> SetFacts.of(objects));
            namespaces(context, objects, created);
            for (K8sObject o : objects) {
                if (o.is("HorizontalPodAutoscaler")) {
                    hpa(context, k8s, f, namedByNamespace, o);
                }
            }
        }
        for (Binding b : k8s.bindings()) {
            SetFacts f = facts.computeIfAbsent(b.object().manifestSet(), s -> SetFacts.of(k8s.manifestSet(s)));
            subjects(context, k8s, f, b);
            roleRef(context, k8s, f, b);
        }
    }

    /**
     * What the checks ask of a manifest set, gathered in one pass (they asked it per HPA and per
     * binding, each time scanning the whole set).
     */
    private record SetFacts(Set<String> kinds, Set<String> namespaceNames, Set<String> workloadNamespaces,
                            Set<String> roleNamespaces) {
        static SetFacts of(List<K8sObject> set) {
            SetFacts f = new SetFacts(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
            for (K8sObject o : set) {
                f.kinds.add(o.kind());
                if (o.is("Namespace") && o.name() != null) {
                    f.namespaceNames.add(o.name());
                }
                if (o.podSpec() != null && o.namespace() != null) {
                    f.workloadNamespaces.add(o.namespace());
                }
                if (o.is("Role") && o.namespace() != null) {
                    f.roleNamespaces.add(o.namespace());
                }
            }
            return f;
        }
    }

    /** A set that creates namespaces but puts objects in one that nobody creates: once per namespace, at its first use. */
    private static void namespaces(RuleContext context, List<K8sObject> objects, Set<String> created) {
        List<String> own = objects.stream().filter(o -> o.is("Namespace") && o.name() != null).map(K8sObject::name).toList();
        if (own.isEmpty()) {
            return;
        }
        Set<String> reported = new LinkedHashSet<>();
        for (K8sObject o : objects) {
            MapNode.Entry ns = o.namespaceEntry();
            if (!o.namespaceExplicit() || ns == null || created.contains(o.namespace()) || !reported.add(o.namespace())) {
                continue;
            }
            long uses = objects.stream().filter(x -> x.namespaceExplicit() && o.namespace().equals(x.namespace())).count();
            context.report(ns.value().span(), o.describe() + " is in namespace " + o.namespace() + ", which is never"
                    + " created: these manifests create Namespace " + String.join(", ", own) + " instead ("
                    + uses + " object" + (uses == 1 ? "" : "s") + " use " + o.namespace() + "); kubectl apply fails"
                    + " with namespace not found");
        }
    }

    /**
     * @param namedByNamespace per kind, its named objects by namespace (filled on first use: the
     *                         candidates were a scan of every object of the kind per HPA)
     */
    private static void hpa(RuleContext context, K8sModel k8s, SetFacts set,
                            Map<String, Map<String, List<K8sObject>>> namedByNamespace, K8sObject hpa) {
        MapNode ref = Nodes.map(hpa.root().at("/spec/scaleTargetRef"));
        String kind = Nodes.text(ref, "kind");
        Node nameNode = ref == null ? null : ref.get("name");
        String name = Nodes.text(nameNode);
        if (kind == null || name == null || !(nameNode instanceof ScalarNode)) {
            return;
        }
        if (k8s.find(kind, hpa.namespace(), name) != null) {
            return;
        }
        // only when these manifests hold workloads of that kind: else the target may come from elsewhere
        if (!set.kinds().contains(kind)) {
            return;
        }
        List<K8sObject> candidates = namedByNamespace.computeIfAbsent(kind, k -> k8s.objects(k).stream()
                        .filter(o -> o.namespace() != null && o.name() != null)
                        .collect(Collectors.groupingBy(K8sObject::namespace)))
                .getOrDefault(hpa.namespace(), List.of());
        String message = hpa.describe() + " scales " + kind + " " + name + ", which is not defined in namespace "
                + hpa.namespace();
        Fix fix = null;
        if (candidates.size() == 1) {
            String target = candidates.get(0).name();
            message += "; the " + kind + " there is " + target;
            fix = ValueEdits.replace(((ScalarNode) nameNode).scalar(), target)
                    .map(e -> Fix.unsafe("aim the autoscaler at " + kind + " " + target, List.of(e))).orElse(null);
        }
        context.report(nameNode.span(), message, fix);
    }

    /**
     * A service account subject the workspace never defines, in a namespace whose service accounts
     * nobody defines (else CCM304 reports it) but that these manifests create or deploy to: the
     * binding is meant for their workload and grants nothing.
     */
    private static void subjects(RuleContext context, K8sModel k8s, SetFacts set, Binding b) {
        for (Binding.Subject s : b.subjects()) {
            if (!s.isServiceAccount() || s.name() == null || s.name().equals("default") || s.namespace() == null
                    || k8s.serviceAccount(s.namespace(), s.name()) != null || k8s.definesServiceAccountsIn(s.namespace())) {
                continue;
            }
            boolean createsNamespace = set.namespaceNames().contains(s.namespace());
            boolean deploysThere = set.workloadNamespaces().contains(s.namespace());
            if (!createsNamespace && !deploysThere) {
                continue;
            }
            context.report(s.nameSpan(), b.object().describe() + " binds service account " + s.namespace() + "/"
                    + s.name() + ", which these manifests never create although they "
                    + (createsNamespace ? "create namespace " : "deploy to namespace ") + s.namespace()
                    + ": the binding grants nothing to their pods");
        }
    }

    private static void roleRef(RuleContext context, K8sModel k8s, SetFacts set, Binding b) {
        Node nameNode = b.roleRefNameNode();
        String name = b.roleRefName();
        if (nameNode == null || name == null) {
            return;
        }
        if ("Role".equals(b.roleRefKind()) && b.object().is("RoleBinding")) {
            String ns = b.object().namespace();
            boolean setHasRoles = set.roleNamespaces().contains(ns);
            if (setHasRoles && k8s.find("Role", ns, name) == null) {
                context.report(nameNode.span(), b.object().describe() + " refers to Role " + name
                        + ", which namespace " + ns + " does not define here");
            }
        } else if ("ClusterRole".equals(b.roleRefKind()) && !BUILT_IN_CLUSTER_ROLES.contains(name)
                && !name.startsWith("system:") && set.kinds().contains("ClusterRole")
                && k8s.find("ClusterRole", null, name) == null) {
            context.report(nameNode.span(), b.object().describe() + " refers to ClusterRole " + name
                    + ", which these manifests do not define");
        }
    }
}
