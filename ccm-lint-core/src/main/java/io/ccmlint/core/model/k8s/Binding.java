package io.ccmlint.core.model.k8s;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import java.util.ArrayList;
import java.util.List;

/**
 * A RoleBinding or ClusterRoleBinding.
 *
 * @param object the binding
 * @param roleRefKind {@code Role} or {@code ClusterRole}
 * @param roleRefName the role's name
 * @param roleRefNameNode the located name (where findings about the role point), or null
 * @param subjects the subjects, in source order
 */
public record Binding(K8sObject object, String roleRefKind, String roleRefName, Node roleRefNameNode,
                      List<Subject> subjects) {
    public Binding {
        subjects = List.copyOf(subjects);
    }

    /**
     * A subject. {@code namespace} is the subject's own for service accounts (written, else the
     * binding's namespace), null otherwise.
     */
    public record Subject(String kind, String name, String namespace, Node nameNode, Node namespaceNode, MapNode node) {
        public boolean isServiceAccount() {
            return "ServiceAccount".equals(kind);
        }

        public Span nameSpan() {
            return nameNode != null ? nameNode.span() : node.span();
        }
    }

    static Binding of(K8sObject o) {
        MapNode ref = Nodes.map(o.root().get("roleRef"));
        List<Subject> subjects = new ArrayList<>();
        for (MapNode s : Nodes.maps(o.root().get("subjects"))) {
            String kind = Nodes.text(s.get("kind"));
            String ns = Nodes.text(s.get("namespace"));
            if ("ServiceAccount".equals(kind) && (ns == null || ns.isEmpty())) {
                ns = o.namespace();
            }
            subjects.add(new Subject(kind, Nodes.text(s.get("name")), ns, s.get("name"), s.get("namespace"), s));
        }
        return new Binding(o, Nodes.text(ref, "kind"), Nodes.text(ref, "name"), ref == null ? null : ref.get("name"),
                subjects);
    }
}
