package io.ccmlint.core.helm.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Helm's SortManifests (pkg/release/v1/util): files in name order, split at "---" lines, each document
 * read for its kind and hook annotation, then manifests and hooks each stably sorted by install order
 * of kinds (unknown kinds last, by name).
 */
final class ManifestSorter {
    static final List<String> INSTALL_ORDER = List.of("PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota",
            "LimitRange", "PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList",
            "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition",
            "ClusterRole", "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList",
            "RoleBinding", "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet",
            "Deployment", "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress",
            "APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");
    private static final java.util.Set<String> HOOK_EVENTS = java.util.Set.of("pre-install", "post-install",
            "pre-delete", "post-delete", "pre-upgrade", "post-upgrade", "pre-rollback", "post-rollback", "test",
            "test-success");
    private static final Pattern SEP = Pattern.compile("(?:^|\\s*\n)---\\s*");

    private ManifestSorter() {
    }

    /** The sorted manifests and hooks; a document that is not YAML is the problem "YAML parse error on NAME: ...". */
    static RenderedChart sort(Map<String, String> files) {
        List<Manifest> generic = new ArrayList<>();
        List<Manifest> hooks = new ArrayList<>();
        for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
            String path = f.getKey();
            if (path.substring(path.lastIndexOf('/') + 1).startsWith("_") || f.getValue().isBlank()) {
                continue;
            }
            for (String doc : SEP.split(f.getValue().strip(), -1)) {
                if (doc.isEmpty()) {
                    continue;
                }
                String d = doc.strip();
                ManifestHead head;
                try {
                    head = ManifestHead.read(d);
                } catch (ChartException e) {
                    return RenderedChart.failed(new RenderProblem("YAML parse error on " + path + ": " + e.getMessage(),
                            null, null));
                }
                String kind = head.kind();
                String hook = head.annotations().get("helm.sh/hook");
                Manifest man = new Manifest(path, d, kind);
                if (hook == null) {
                    generic.add(man);
                    continue;
                }
                boolean known = true;
                for (String h : hook.split(",")) {
                    known &= HOOK_EVENTS.contains(h.strip().toLowerCase(java.util.Locale.ROOT));
                }
                if (known) {
                    hooks.add(man);
                }
            }
        }
        generic.sort(BY_KIND);
        hooks.sort(BY_KIND);
        return new RenderedChart(generic, hooks, java.util.Optional.empty());
    }

    private static final Comparator<Manifest> BY_KIND = (a, b) -> {
        int ia = INSTALL_ORDER.indexOf(a.kind());
        int ib = INSTALL_ORDER.indexOf(b.kind());
        if (ia < 0 && ib < 0) {
            return a.kind().compareTo(b.kind());
        }
        if (ia < 0) {
            return 1;
        }
        if (ib < 0) {
            return -1;
        }
        return Integer.compare(ia, ib);
    };
}
