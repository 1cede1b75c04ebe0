package io.ccmlint.rules.k8s;

import io.ccmlint.core.model.k8s.PodSpec;
import io.ccmlint.core.rule.Category;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.value.Scalar;

/** CCM307: an image at {@code :latest} or without a tag or digest. */
public final class MutableImageTagRule implements Rule {
    static final RuleMetadata META = new RuleMetadata("CCM307", "mutable-image-tag",
            "Image tag is mutable", Severity.WARNING, Category.KUBERNETES,
            "An image at :latest, or with no tag or digest, changes under a running workload: two pods of the same"
                    + " manifest may run different code and a rollback does not roll back. For the Harness delegate,"
                    + " latest means the deprecated legacy delegate (DELEGATE-LEGACY); use a yy.mm.xxxxx tag.",
            K8sSources.DELEGATE_SAMPLE, FixKind.NONE);

    @Override
    public RuleMetadata metadata() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
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
