package io.ccmlint.rules.k8s;

import com.google.auto.service.AutoService;
import io.ccmlint.core.model.k8s.Kustomizations;
import io.ccmlint.core.model.k8s.PodSpec;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.value.Scalar;

/**
 * CCM307: an image at {@code :latest} or without a tag or digest. Where a kustomization that includes
 * the manifest sets the image's tag ({@code images: [{name, newTag}]}), the kustomization's tag is the
 * one judged, at its {@code newTag}.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM307", slug = "mutable-image-tag", title = "Image tag is mutable",
        severity = Severity.WARNING,
        sources = {
            @Source(title = "Kubernetes: Images",
                    url = "https://kubernetes.io/docs/concepts/containers/images/"),
            @Source(title = "harness/delegate-helm-chart: the Harness delegate Helm chart",
                    url = "https://github.com/harness/delegate-helm-chart")})
public final class MutableImageTagRule implements Rule {
    @Override
    public void check(RuleContext context) {
        Kustomizations kustomizations = Kustomizations.of(context.workspace().files());
        for (Kustomizations.ImageEntry e : kustomizations.images()) {
            if (e.newTag() != null && e.digest() == null && "latest".equals(e.newTag().asText())) {
                context.report(e.newTag().span(), "the kustomization sets image " + e.name() + " to :latest, a tag"
                        + " that moves; pin a version or a digest");
            }
        }
        for (PodSpec pod : context.workspace().kubernetes().podSpecs()) {
            for (PodSpec.Container c : pod.containers()) {
                Scalar image = c.image();
                String ref = c.imageText();
                if (image == null || ref == null || ref.isBlank() || ref.contains("$") || ref.contains("{{")
                        || ref.contains("@")) {
                    continue;
                }
                int slash = ref.lastIndexOf('/');
                int colon = ref.lastIndexOf(':');
                String repo = colon > slash ? ref.substring(0, colon) : ref;
                String tag = colon > slash ? ref.substring(colon + 1) : null;
                if (!kustomizations.retagging(pod.owner().file().path(), repo).isEmpty()) {
                    continue; // a kustomization that includes the manifest sets the tag: judged there
                }
                String who = "container " + c.name() + " of " + pod.owner().describe();
                if (tag == null) {
                    context.report(image.span(), who + " uses image " + ref + " without a tag or digest (that is"
                            + " :latest); pin a version or a digest");
                } else if (tag.equals("latest")) {
                    String extra = repo.endsWith("harness/delegate")
                            ? "; for the Harness delegate, latest is the deprecated legacy delegate: use a yy.mm.xxxxx tag"
                            : "; pin a version or a digest";
                    context.report(image.span(), who + " uses image " + ref + ", a tag that moves" + extra);
                }
            }
        }
    }
}
