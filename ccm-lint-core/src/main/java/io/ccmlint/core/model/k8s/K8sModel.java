package io.ccmlint.core.model.k8s;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.ParsedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Kubernetes objects and kubeconfigs of a workspace, built once from the parsed YAML
 * documents. A <em>manifest set</em> is the folder a file is in: objects without a namespace
 * take the set's single Namespace object, else {@code default}.
 */
public final class K8sModel {
    /** Namespaces every cluster has. */
    public static final Set<String> BUILT_IN_NAMESPACES = Set.of("default", "kube-system", "kube-public", "kube-node-lease");

    /** Base64 (line breaks and spaces aside), checked before decoding: the MIME decoder skips other characters. */
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    private final List<K8sObject> objects;
    private final List<Kubeconfig> kubeconfigs;
    private final List<Binding> bindings;
    private final List<PodSpec> podSpecs;
    /** Objects by kind, in order. */
    private final Map<String, List<K8sObject>> byKind;
    /** Named objects by kind, then name, in order (what {@link #find} scans). */
    private final Map<String, Map<String, List<K8sObject>>> byKindAndName;
    /** Objects by manifest set, in order of first appearance. */
    private final Map<String, List<K8sObject>> bySet;
    /** Namespaces that hold at least one ServiceAccount. */
    private final Set<String> serviceAccountNamespaces;

    private K8sModel(List<K8sObject> objects, List<Kubeconfig> kubeconfigs) {
        this.objects = List.copyOf(objects);
        this.kubeconfigs = List.copyOf(kubeconfigs);
        this.bindings = this.objects.stream()
                .filter(o -> o.is("RoleBinding") || o.is("ClusterRoleBinding"))
                .map(Binding::of).toList();
        List<PodSpec> pods = new ArrayList<>();
        Map<String, List<K8sObject>> kinds = new HashMap<>();
        Map<String, Map<String, List<K8sObject>>> named = new HashMap<>();
        Map<String, List<K8sObject>> sets = new LinkedHashMap<>();
        Set<String> saNamespaces = new HashSet<>();
        for (K8sObject o : this.objects) {
            PodSpec p = o.podSpec();
            if (p != null) {
                pods.add(p);
            }
            kinds.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
            if (o.name() != null) {
                named.computeIfAbsent(o.kind(), k -> new HashMap<>())
                        .computeIfAbsent(o.name(), k -> new ArrayList<>()).add(o);
            }
            sets.computeIfAbsent(o.manifestSet(), k -> new ArrayList<>()).add(o);
            if (o.is("ServiceAccount") && o.namespace() != null) {
                saNamespaces.add(o.namespace());
            }
        }
        // the lists are handed out: unmodifiable, as the streams' toList() were
        kinds.replaceAll((k, v) -> List.copyOf(v));
        named.values().forEach(m -> m.replaceAll((k, v) -> List.copyOf(v)));
        sets.replaceAll((k, v) -> List.copyOf(v));
        this.podSpecs = List.copyOf(pods);
        this.byKind = kinds;
        this.byKindAndName = named;
        this.bySet = sets;
        this.serviceAccountNamespaces = saNamespaces;
    }

    public static K8sModel empty() {
        return new K8sModel(List.of(), List.of());
    }

    /** Reads every Kubernetes and kubeconfig document of the files (in path order). */
    public static K8sModel build(List<ParsedFile> files) {
        record Raw(ParsedFile file, MapNode root, String set) {
        }
        List<Raw> raw = new ArrayList<>();
        List<Kubeconfig> kubeconfigs = new ArrayList<>();
        for (ParsedFile f : files) {
            String set = manifestSet(f.file());
            for (ParsedFile.Document d : f.documents()) {
                if (d.kind() == FileKind.KUBECONFIG && d.root() instanceof MapNode m) {
                    kubeconfigs.add(Kubeconfig.of(f.file(), m));
                } else if (d.kind() == FileKind.KUBERNETES && d.root() instanceof MapNode m) {
                    expand(m, 0, root -> raw.add(new Raw(f, root, set)));
                }
            }
        }
        Map<String, List<String>> namespacesBySet = new LinkedHashMap<>();
        for (Raw r : raw) {
            if ("Namespace".equals(Nodes.text(r.root().get("kind")))) {
                String n = Nodes.text(Nodes.map(r.root().get("metadata")), "name");
                if (n != null) {
                    namespacesBySet.computeIfAbsent(r.set(), k -> new ArrayList<>()).add(n);
                }
            }
        }
        List<K8sObject> objects = new ArrayList<>();
        for (Raw r : raw) {
            MapNode meta = Nodes.map(r.root().get("metadata"));
            String kind = Nodes.text(r.root().get("kind"));
            String explicit = Nodes.text(meta, "namespace");
            boolean hasExplicit = explicit != null && !explicit.isEmpty();
            String ns;
            if (K8sObject.CLUSTER_SCOPED.contains(kind)) {
                ns = null;
            } else if (hasExplicit) {
                ns = explicit;
            } else {
                List<String> setNs = namespacesBySet.getOrDefault(r.set(), List.of());
                ns = setNs.size() == 1 ? setNs.get(0) : "default";
            }
            objects.add(new K8sObject(r.file().file(), r.root(), Nodes.text(r.root().get("apiVersion")), kind,
                    Nodes.text(meta, "name"), ns, hasExplicit && ns != null, r.set()));
        }
        return new K8sModel(objects, kubeconfigs);
    }

    /** {@code kind: List} (and {@code XxxList}) documents stand for their items. */
    private static void expand(MapNode m, int depth, java.util.function.Consumer<MapNode> out) {
        String kind = Nodes.text(m.get("kind"));
        if (kind != null && kind.endsWith("List") && m.get("items") != null && depth < 4) {
            for (MapNode item : Nodes.maps(m.get("items"))) {
                if (item.has("kind")) {
                    expand(item, depth + 1, out);
                }
            }
            return;
        }
        if (kind != null) {
            out.accept(m);
        }
    }

    private static String manifestSet(SourceFile f) {
        if (f.path() != null) {
            java.nio.file.Path parent = f.path().toAbsolutePath().normalize().getParent();
            return parent == null ? "" : parent.toString();
        }
        String d = f.displayPath();
        int cut = d.lastIndexOf('/');
        return cut < 0 ? "" : d.substring(0, cut);
    }

    /** Every object, in path and document order. */
    public List<K8sObject> objects() {
        return objects;
    }

    public List<K8sObject> objects(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    public List<Kubeconfig> kubeconfigs() {
        return kubeconfigs;
    }

    /** The pod specs of every workload, in object order. */
    public List<PodSpec> podSpecs() {
        return podSpecs;
    }

    public List<Binding> bindings() {
        return bindings;
    }

    public List<K8sObject> serviceAccounts() {
        return objects("ServiceAccount");
    }

    /** The ServiceAccount {@code namespace/name}, or null when the workspace does not define it. */
    public K8sObject serviceAccount(String namespace, String name) {
        return find("ServiceAccount", namespace, name);
    }

    /** True when the workspace defines at least one ServiceAccount in the namespace. */
    public boolean definesServiceAccountsIn(String namespace) {
        return namespace != null && serviceAccountNamespaces.contains(namespace);
    }

    /** An object by kind, namespace (ignored for cluster-scoped kinds) and name, or null. */
    public K8sObject find(String kind, String namespace, String name) {
        if (name == null) {
            return null;
        }
        for (K8sObject o : byKindAndName.getOrDefault(kind, Map.of()).getOrDefault(name, List.of())) {
            if (o.isClusterScoped() || java.util.Objects.equals(namespace, o.namespace())) {
                return o;
            }
        }
        return null;
    }

    /** The objects of one manifest set (a folder), in order. */
    public List<K8sObject> manifestSet(String set) {
        return bySet.getOrDefault(set, List.of());
    }

    /** The manifest sets, in order of first appearance. */
    public List<String> manifestSets() {
        return List.copyOf(bySet.keySet());
    }

    /** The {@code data} (decoded) and {@code stringData} entries of a Secret, in source order. */
    public static List<SecretEntry> secretEntries(K8sObject secret) {
        List<SecretEntry> out = new ArrayList<>();
        MapNode data = Nodes.map(secret.root().get("data"));
        if (data != null) {
            for (MapNode.Entry e : data.entries()) {
                out.add(new SecretEntry(e.key(), e.value(), decode(e.value()), true));
            }
        }
        MapNode stringData = Nodes.map(secret.root().get("stringData"));
        if (stringData != null) {
            for (MapNode.Entry e : stringData.entries()) {
                out.add(new SecretEntry(e.key(), e.value(), Nodes.text(e.value()), false));
            }
        }
        return out;
    }

    /** The {@code data} entries of a ConfigMap. */
    public static List<SecretEntry> configMapEntries(K8sObject configMap) {
        List<SecretEntry> out = new ArrayList<>();
        MapNode data = Nodes.map(configMap.root().get("data"));
        if (data != null) {
            for (MapNode.Entry e : data.entries()) {
                out.add(new SecretEntry(e.key(), e.value(), Nodes.text(e.value()), false));
            }
        }
        return out;
    }

    private static String decode(Node n) {
        if (!(n instanceof ScalarNode s) || !(s.scalar().value() instanceof String text)) {
            return null;
        }
        String stripped = text.strip();
        if (!BASE64.matcher(WHITESPACE.matcher(stripped).replaceAll("")).matches()) {
            return null;
        }
        try {
            return new String(Base64.getMimeDecoder().decode(stripped), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
