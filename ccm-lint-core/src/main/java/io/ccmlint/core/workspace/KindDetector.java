package io.ccmlint.core.workspace;

import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.Nodes;
import java.util.Locale;

/**
 * Decides what a document is by its content first (DESIGN §3.2), by file name second. A document
 * nobody understands is {@link FileKind#UNKNOWN} and no rule looks at it.
 */
public final class KindDetector {
    private KindDetector() {
    }

    /** The format a path is read as, or null when ccm-lint does not read it. */
    public static Format formatOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".tf.json")) {
            return Format.TERRAFORM_JSON;
        }
        if (n.endsWith(".tf")) {
            return Format.HCL;
        }
        if (n.endsWith(".json")) {
            return Format.JSON;
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return Format.YAML;
        }
        return null;
    }

    /** The syntaxes ccm-lint reads. */
    public enum Format {
        JSON,
        YAML,
        HCL,
        TERRAFORM_JSON
    }

    public static FileKind detectJson(Node root) {
        if (root instanceof MapNode m && m.has("Statement")) {
            return FileKind.IAM_POLICY;
        }
        if (root instanceof MapNode m && isCloudFormation(m)) {
            return FileKind.CLOUDFORMATION;
        }
        return FileKind.UNKNOWN;
    }

    /**
     * A CloudFormation template: it names its format version, or its {@code Resources} are typed
     * {@code AWS::...} (a template may omit the version; a resource of a third-party or module type
     * alone does not make one).
     */
    static boolean isCloudFormation(MapNode m) {
        if (m.has("AWSTemplateFormatVersion")) {
            return true;
        }
        if (!(m.get("Resources") instanceof MapNode resources) || resources.entries().isEmpty()) {
            return false;
        }
        for (MapNode.Entry r : resources.entries()) {
            if (r.value() instanceof MapNode body && body.get("Type") != null) {
                String type = Nodes.text(body.get("Type"));
                if (type != null && type.startsWith("AWS::")) {
                    return true;
                }
            }
        }
        return false;
    }

    public static FileKind detectYaml(String fileName, Node root) {
        if (!(root instanceof MapNode m)) {
            return FileKind.UNKNOWN;
        }
        if (io.ccmlint.core.config.ConfigLoader.NAMES.contains(fileName)) {
            return FileKind.CCM_LINT_CONFIG;
        }
        if (io.ccmlint.core.helm.chart.ChartFolders.CHART_FILE.equals(fileName) && m.has("apiVersion") && m.has("name")) {
            return FileKind.HELM_CHART;
        }
        if (io.ccmlint.core.model.k8s.Kustomizations.FILE_NAMES.contains(fileName)) {
            return FileKind.KUSTOMIZATION;
        }
        if ("Config".equals(Nodes.text(m.get("kind"))) && m.get("users") instanceof ListNode && m.has("clusters")) {
            return FileKind.KUBECONFIG;
        }
        String apiVersion = Nodes.text(m.get("apiVersion"));
        if (apiVersion != null && apiVersion.startsWith("eksctl.io/") && "ClusterConfig".equals(Nodes.text(m.get("kind")))) {
            return FileKind.EKSCTL;
        }
        if (m.has("apiVersion") && m.has("kind")) {
            return FileKind.KUBERNETES;
        }
        if (m.get("pipeline") instanceof MapNode) {
            return FileKind.HARNESS_PIPELINE;
        }
        if (m.get("trigger") instanceof MapNode) {
            return FileKind.HARNESS_TRIGGER;
        }
        if (m.get("connector") instanceof MapNode) {
            return FileKind.HARNESS_CONNECTOR;
        }
        if (m.has("Statement")) {
            return FileKind.IAM_POLICY;
        }
        if (isCloudFormation(m)) {
            return FileKind.CLOUDFORMATION;
        }
        return FileKind.UNKNOWN;
    }
}
