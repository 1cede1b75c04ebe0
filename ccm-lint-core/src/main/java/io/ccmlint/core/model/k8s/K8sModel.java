package io.ccmlint.core.model.k8s;

import io.ccmlint.core.aws.RoleArns;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.model.role.ServiceAccountTrust;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.value.Scalar;
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
 * documents. A <em>manifest set</em> is the folder a file is in (or a Helm release, {@link
 * ParsedFile#set()}): objects without a namespace take the release's namespace, else the set's single
 * Namespace object, else {@code default}.
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
    /**
     * Names of ServiceAccounts written without a namespace outside a Helm release: installed in
     * whatever namespace {@code kubectl -n} or a kustomization's {@code namespace:} gives them.
     */
    private final Set<String> unplacedServiceAccounts;
    /** Service accounts that get an AWS role: annotated manifests first, then what other tools declare. */
    private final List<ServiceAccountRole> serviceAccountRoles;
    /** IRSA bindings by {@code namespace/name}: a manifest's annotation first, then what other tools (eksctl) declare. */
    private final Map<String, List<ServiceAccountRole>> irsaBySa = new HashMap<>();
    /** Every binding by the AWS name of its role, when that is known. */
    private final Map<String, List<ServiceAccountRole>> byRoleName = new HashMap<>();

    private K8sModel(List<K8sObject> objects, List<Kubeconfig> kubeconfigs, List<ServiceAccountRole> declared,
                     Set<String> unplacedServiceAccounts) {
        this.unplacedServiceAccounts = Set.copyOf(unplacedServiceAccounts);
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
        List<ServiceAccountRole> bindings = new ArrayList<>(annotated(objects("ServiceAccount")));
        bindings.addAll(declared);
        this.serviceAccountRoles = List.copyOf(bindings);
        for (ServiceAccountRole b : this.serviceAccountRoles) {
            if (b.via() == ServiceAccountRole.Via.IRSA) {
                irsaBySa.computeIfAbsent(b.serviceAccount(), k -> new ArrayList<>()).add(b);
            }
            if (b.roleName() != null) {
                byRoleName.computeIfAbsent(b.roleName(), k -> new ArrayList<>()).add(b);
            }
        }
    }

    /** The IRSA bindings the manifests' ServiceAccounts declare with a role ARN annotation (known text, not blank). */
    private static List<ServiceAccountRole> annotated(List<K8sObject> serviceAccounts) {
        List<ServiceAccountRole> out = new ArrayList<>();
        for (K8sObject sa : serviceAccounts) {
            Scalar arn = sa.annotationValue(ServiceAccountRole.ROLE_ARN_ANNOTATION);
            if (arn != null && arn.known() != null && !arn.known().isBlank() && sa.name() != null && sa.namespace() != null) {
                out.add(new ServiceAccountRole(ServiceAccountRole.Via.IRSA, sa.namespace(), sa.name(), arn,
                        RoleArns.roleName(arn.known()), arn.span(), "the annotation in " + sa.file().displayPath(), sa));
            }
        }
        return out;
    }

    public static K8sModel empty() {
        return EMPTY;
    }

    /** Shared: every file's own builder starts with one (16,000 of them in a run of policies), and a model never changes. */
    private static final K8sModel EMPTY = new K8sModel(List.of(), List.of(), List.of(), Set.of());

    /** Reads every Kubernetes and kubeconfig document of the files (in path order). */
    public static K8sModel build(List<ParsedFile> files) {
        return build(files, List.of());
    }

    /**
     * Reads every Kubernetes and kubeconfig document of the files (in path order), with the service
     * accounts that other tools (eksctl) declare and give a role.
     */
    public static K8sModel build(List<ParsedFile> files, List<ServiceAccountRole> declared) {
        record Raw(ParsedFile file, MapNode root, String set, String namespace) {
        }
        List<Raw> raw = new ArrayList<>();
        List<Kubeconfig> kubeconfigs = new ArrayList<>();
        for (ParsedFile f : files) {
            String set = f.set() != null ? f.set().id() : manifestSet(f.file());
            String namespace = f.set() != null ? f.set().namespace() : null;
            for (ParsedFile.Document d : f.documents()) {
                if (d.kind() == FileKind.KUBECONFIG && d.root() instanceof MapNode m) {
                    kubeconfigs.add(Kubeconfig.of(f.file(), m));
                } else if (d.kind() == FileKind.KUBERNETES && d.root() instanceof MapNode m) {
                    expand(m, 0, root -> raw.add(new Raw(f, root, set, namespace)));
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
        Set<String> unplaced = new HashSet<>();
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
            } else if (r.namespace() != null) {
                ns = r.namespace(); // a Helm release installs its objects in its namespace
            } else {
                List<String> setNs = namespacesBySet.getOrDefault(r.set(), List.of());
                ns = setNs.size() == 1 ? setNs.get(0) : "default";
            }
            objects.add(new K8sObject(r.file().file(), r.root(), Nodes.text(r.root().get("apiVersion")), kind,
                    Nodes.text(meta, "name"), ns, hasExplicit && ns != null, r.set()));
            if ("ServiceAccount".equals(kind) && !hasExplicit && r.namespace() == null && Nodes.text(meta, "name") != null) {
                unplaced.add(Nodes.text(meta, "name"));
            }
        }
        return new K8sModel(objects, kubeconfigs, declared, unplaced);
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

    /**
     * Every service account the workspace gives an AWS role: ServiceAccounts annotated with a role
     * ARN (in object order), then those other tools declare (eksctl's IAM service accounts and pod
     * identity associations, in path order).
     */
    public List<ServiceAccountRole> serviceAccountRoles() {
        return serviceAccountRoles;
    }

    /**
     * The IRSA role of service account {@code namespace/name}: its manifest's role ARN annotation,
     * else an eksctl IAM service account of that name (eksctl creates it annotated); null when
     * neither gives it one.
     */
    public ServiceAccountRole irsaRole(String namespace, String name) {
        if (namespace == null || name == null) {
            return null;
        }
        List<ServiceAccountRole> bindings = irsaBySa.get(namespace + "/" + name);
        return bindings == null ? null : bindings.get(0);
    }

    /**
     * The service accounts that get {@code role}: those whose binding names its AWS name (an
     * annotation's ARN, eksctl's {@code attachRoleARN}, {@code roleARN} or {@code roleName}), and the
     * one a tool wrote its trust for ({@link Role#serviceAccountTrust()}), once each.
     */
    public List<ServiceAccountRole> assuming(Role role) {
        List<ServiceAccountRole> out = new ArrayList<>();
        ServiceAccountTrust trust = role.serviceAccountTrust();
        if (trust != null) {
            out.add(new ServiceAccountRole(trust.via(), trust.namespace(),
                    trust.subjectPattern() != null ? trust.subjectPattern() : trust.name(), null, role.awsName(),
                    trust.span(), trust.origin()));
        }
        if (role.awsName() != null) {
            for (ServiceAccountRole b : byRoleName.getOrDefault(role.awsName(), List.of())) {
                if (trust == null || !b.span().equals(trust.span())) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    /**
     * True when the workspace defines ServiceAccount {@code namespace/name}, or one of that name
     * without a namespace (outside a Helm release), which can be installed in any namespace: a
     * kustomize base's service account, placed by the overlay's {@code namespace:}.
     */
    public boolean mayDefineServiceAccount(String namespace, String name) {
        return serviceAccount(namespace, name) != null || unplacedServiceAccounts.contains(name);
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
