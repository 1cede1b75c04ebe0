package io.ccmlint.core.model.k8s;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.List;

/**
 * The pod spec of a workload.
 *
 * @param owner the workload
 * @param spec the pod spec mapping
 * @param keySpan the {@code spec} key holding it (where pod-level findings point)
 */
public record PodSpec(K8sObject owner, MapNode spec, Span keySpan) {

    /** The {@code serviceAccountName} (or the deprecated {@code serviceAccount}) value, or null. */
    public ScalarNode serviceAccountNode() {
        ScalarNode n = Nodes.scalar(spec.get("serviceAccountName"));
        return n != null ? n : Nodes.scalar(spec.get("serviceAccount"));
    }

    /** The service account the pod runs as: {@code default} when none is named. */
    public String serviceAccountName() {
        String n = Nodes.text(serviceAccountNode());
        return n == null || n.isEmpty() ? "default" : n;
    }

    public MapNode securityContext() {
        return Nodes.map(spec.get("securityContext"));
    }

    /** Containers and init containers (and ephemeral ones), in source order. */
    public List<Container> containers() {
        List<Container> out = new ArrayList<>();
        for (String key : List.of("initContainers", "containers", "ephemeralContainers")) {
            for (MapNode c : Nodes.maps(spec.get(key))) {
                out.add(new Container(this, c, key.equals("initContainers")));
            }
        }
        return out;
    }

    /** Only the long-running containers. */
    public List<Container> mainContainers() {
        return containers().stream().filter(c -> !c.init()).toList();
    }

    /** One container of a pod. */
    public record Container(PodSpec pod, MapNode node, boolean init) {
        public String name() {
            return Nodes.text(node.get("name"));
        }

        /** The {@code image} value, or null when absent or not a scalar. */
        public Scalar image() {
            ScalarNode image = Nodes.scalar(node.get("image"));
            return image == null ? null : image.scalar();
        }

        /** The image reference when known, else null. */
        public String imageText() {
            Scalar image = image();
            return image == null ? null : image.known();
        }

        public MapNode securityContext() {
            return Nodes.map(node.get("securityContext"));
        }

        /** {@code env} entries. */
        public List<EnvVar> env() {
            List<EnvVar> out = new ArrayList<>();
            for (MapNode e : Nodes.maps(node.get("env"))) {
                out.add(new EnvVar(Nodes.text(e.get("name")), e, e.get("value"), Nodes.map(e.get("valueFrom"))));
            }
            return out;
        }

        /** {@code envFrom} sources: (kind {@code secretRef} or {@code configMapRef}, name, the name node). */
        public List<EnvFrom> envFrom() {
            List<EnvFrom> out = new ArrayList<>();
            for (MapNode e : Nodes.maps(node.get("envFrom"))) {
                for (String kind : List.of("secretRef", "configMapRef")) {
                    MapNode ref = Nodes.map(e.get(kind));
                    if (ref != null) {
                        out.add(new EnvFrom(kind, Nodes.text(ref.get("name")), ref.get("name")));
                    }
                }
            }
            return out;
        }

        /** A resource quantity, {@code resources.<limits|requests>.<name>}, or null. */
        public Node resource(String bound, String name) {
            return node.at("/resources/" + bound + "/" + name);
        }
    }

    /** An {@code env} entry: a literal {@code value} or a {@code valueFrom} source. */
    public record EnvVar(String name, MapNode node, Node value, MapNode valueFrom) {
        /** The literal {@code value} when it is a scalar, else null. */
        public Scalar literal() {
            return value instanceof ScalarNode s ? s.scalar() : null;
        }

        /** The {@code valueFrom.secretKeyRef}, or null. */
        public MapNode secretKeyRef() {
            return Nodes.map(valueFrom, "secretKeyRef");
        }
    }

    /** An {@code envFrom} source. */
    public record EnvFrom(String kind, String name, Node nameNode) {
    }
}
