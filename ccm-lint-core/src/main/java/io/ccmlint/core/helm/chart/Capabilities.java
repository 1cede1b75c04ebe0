package io.ccmlint.core.helm.chart;

import io.ccmlint.core.helm.template.GoObject;
import io.ccmlint.core.helm.template.GoType;
import io.ccmlint.core.helm.template.Signature;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code .Capabilities} as {@code helm template} v4.1.4 gives it without a cluster: Kubernetes v1.35.0,
 * the API versions Helm's client library knows, and Helm's own build information.
 */
public final class Capabilities implements GoObject {
    static final String KUBE_VERSION = "v1.35.0";
    private static final List<String> API_VERSIONS = List.of(("v1 admissionregistration.k8s.io/v1 admissionregistration.k8s.io/v1alpha1 "
            + "admissionregistration.k8s.io/v1beta1 internal.apiserver.k8s.io/v1alpha1 apps/v1 apps/v1beta1 apps/v1beta2 "
            + "authentication.k8s.io/v1 authentication.k8s.io/v1alpha1 authentication.k8s.io/v1beta1 authorization.k8s.io/v1 "
            + "authorization.k8s.io/v1beta1 autoscaling/v1 autoscaling/v2 autoscaling/v2beta1 autoscaling/v2beta2 batch/v1 "
            + "batch/v1beta1 certificates.k8s.io/v1 certificates.k8s.io/v1beta1 certificates.k8s.io/v1alpha1 "
            + "coordination.k8s.io/v1alpha2 coordination.k8s.io/v1beta1 coordination.k8s.io/v1 discovery.k8s.io/v1 "
            + "discovery.k8s.io/v1beta1 events.k8s.io/v1 events.k8s.io/v1beta1 extensions/v1beta1 "
            + "flowcontrol.apiserver.k8s.io/v1 flowcontrol.apiserver.k8s.io/v1beta1 flowcontrol.apiserver.k8s.io/v1beta2 "
            + "flowcontrol.apiserver.k8s.io/v1beta3 networking.k8s.io/v1 networking.k8s.io/v1beta1 node.k8s.io/v1 "
            + "node.k8s.io/v1alpha1 node.k8s.io/v1beta1 policy/v1 policy/v1beta1 rbac.authorization.k8s.io/v1 "
            + "rbac.authorization.k8s.io/v1beta1 rbac.authorization.k8s.io/v1alpha1 resource.k8s.io/v1 resource.k8s.io/v1beta2 "
            + "resource.k8s.io/v1beta1 resource.k8s.io/v1alpha3 scheduling.k8s.io/v1alpha1 scheduling.k8s.io/v1beta1 "
            + "scheduling.k8s.io/v1 storage.k8s.io/v1beta1 storage.k8s.io/v1 storage.k8s.io/v1alpha1 "
            + "storagemigration.k8s.io/v1beta1 apiextensions.k8s.io/v1beta1 apiextensions.k8s.io/v1").split(" "));

    public static final Capabilities DEFAULT = new Capabilities();

    private final Struct kube = new Struct("common.KubeVersion", KUBE_VERSION,
            List.of("Version", KUBE_VERSION, "Major", "1", "Minor", "35"), List.of("String", "GitVersion"));
    private final Struct helm = new Struct("version.BuildInfo",
            "{v4.1.4 05fa37973dc9e42b76e1d2883494c87174b6074f clean go1.25.9 v1.35}",
            List.of("Version", "v4.1.4", "GitCommit", "05fa37973dc9e42b76e1d2883494c87174b6074f", "GitTreeState", "clean",
                    "GoVersion", "go1.25.9", "KubeClientVersion", "v1.35"), List.of());
    private final VersionSet apis = new VersionSet(API_VERSIONS);

    @Override
    public String goTypeName() {
        return "*common.Capabilities";
    }

    @Override
    public Optional<Object> field(String name) {
        switch (name) {
            case "KubeVersion": return Optional.of(kube);
            case "APIVersions": return Optional.of(apis);
            case "HelmVersion": return Optional.of(helm);
            default: return Optional.empty();
        }
    }

    @Override
    public String printed() {
        return "&{" + KUBE_VERSION + " " + apis.printed() + " " + helm.printed() + "}";
    }

    /** A struct with string fields; the listed methods return {@code printed}. */
    private record Struct(String type, String printed, List<String> fields, List<String> stringMethods) implements GoObject {
        @Override
        public String goTypeName() {
            return type;
        }

        @Override
        public Optional<Object> field(String name) {
            for (int i = 0; i < fields.size(); i += 2) {
                if (fields.get(i).equals(name)) {
                    return Optional.of(fields.get(i + 1));
                }
            }
            return Optional.empty();
        }

        @Override
        public Optional<TemplateFunction> method(String name) {
            return stringMethods.contains(name)
                    ? Optional.of(TemplateFunction.of(Signature.of(GoType.STRING), (c, a) -> printed)) : Optional.empty();
        }
    }

    /** common.VersionSet: a list of "group/version" strings with Has. */
    static final class VersionSet extends ArrayList<Object> implements GoObject {
        private static final long serialVersionUID = 1L;

        VersionSet(List<String> versions) {
            super(versions);
        }

        @Override
        public String goTypeName() {
            return "common.VersionSet";
        }

        @Override
        public Optional<TemplateFunction> method(String name) {
            return name.equals("Has") ? Optional.of(TemplateFunction.of(Signature.of(GoType.BOOL, GoType.STRING),
                    (c, a) -> contains(a.get(0)))) : Optional.empty();
        }

        @Override
        public String printed() {
            return "[" + String.join(" ", stream().map(String::valueOf).toList()) + "]";
        }
    }
}
