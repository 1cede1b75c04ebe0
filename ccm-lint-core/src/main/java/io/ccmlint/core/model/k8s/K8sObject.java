package io.ccmlint.core.model.k8s;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.Scalar;
import java.util.Set;

/**
 * One Kubernetes object of a manifest (an item of a {@code List} is an object of its own).
 *
 * @param file the file it was read from
 * @param root the object's located tree
 * @param apiVersion {@code apiVersion}, or null
 * @param kind {@code kind}
 * @param name {@code metadata.name}, or null
 * @param namespace the resolved namespace: explicit, else the manifest set's single Namespace
 *                  object, else {@code default}; null for cluster-scoped kinds
 * @param namespaceExplicit true when {@code metadata.namespace} is written
 * @param manifestSet the folder of the file (display path), the unit objects are resolved in
 */
public record K8sObject(SourceFile file, MapNode root, String apiVersion, String kind, String name,
                        String namespace, boolean namespaceExplicit, String manifestSet) {

    /** Kinds that live outside namespaces (the built-in ones; custom resources count as namespaced). */
    public static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "Node", "PriorityClass",
            "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "APIService", "IngressClass",
            "RuntimeClass", "CSIDriver", "CSINode", "VolumeAttachment", "PodSecurityPolicy",
            "CertificateSigningRequest", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
            "FlowSchema", "PriorityLevelConfiguration");

    /** Kinds whose objects hold a pod template, and the path to their pod spec. */
    private static final java.util.Map<String, String> POD_SPEC_PATHS = java.util.Map.of(
            "Pod", "/spec",
            "Deployment", "/spec/template/spec",
            "StatefulSet", "/spec/template/spec",
            "DaemonSet", "/spec/template/spec",
            "ReplicaSet", "/spec/template/spec",
            "ReplicationController", "/spec/template/spec",
            "Job", "/spec/template/spec",
            "CronJob", "/spec/jobTemplate/spec/template/spec");

    public MapNode metadata() {
        return Nodes.map(root.get("metadata"));
    }

    public boolean isClusterScoped() {
        return CLUSTER_SCOPED.contains(kind);
    }

    /** Where to point at the object as a whole: its name value, else its {@code kind} value. */
    public Span anchor() {
        Node n = metadata() == null ? null : metadata().get("name");
        if (n != null) {
            return n.span();
        }
        Node k = root.get("kind");
        return k != null ? k.span() : root.span().atStart();
    }

    /** The {@code metadata.namespace} entry, or null when the namespace is implicit. */
    public MapNode.Entry namespaceEntry() {
        return metadata() == null ? null : metadata().entry("namespace");
    }

    public MapNode labels() {
        return Nodes.map(metadata(), "labels");
    }

    public MapNode annotations() {
        return Nodes.map(metadata(), "annotations");
    }

    /** An annotation's entry (key and value spans), or null. */
    public MapNode.Entry annotation(String key) {
        MapNode a = annotations();
        return a == null ? null : a.entry(key);
    }

    /** An annotation's value, or null when it is absent or not a scalar. */
    public Scalar annotationValue(String key) {
        MapNode.Entry e = annotation(key);
        return e != null && e.value() instanceof ScalarNode s ? s.scalar() : null;
    }

    public String label(String key) {
        return Nodes.text(labels(), key);
    }

    public boolean is(String k) {
        return k.equals(kind);
    }

    /** The pod spec of a workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod), or null. */
    public PodSpec podSpec() {
        String path = POD_SPEC_PATHS.get(kind);
        if (path == null) {
            return null;
        }
        Node spec = root.at(path);
        if (!(spec instanceof MapNode m)) {
            return null;
        }
        String parent = path.substring(0, path.lastIndexOf('/'));
        Node parentNode = parent.isEmpty() ? root : root.at(parent);
        MapNode.Entry entry = parentNode instanceof MapNode pm ? pm.entry("spec") : null;
        return new PodSpec(this, m, entry == null ? m.span() : entry.keySpan());
    }

    /** "Deployment harness-delegate-ng/eks-test-new", for messages. */
    public String describe() {
        return kind + " " + (namespace == null ? "" : namespace + "/") + (name == null ? "(unnamed)" : name);
    }
}
