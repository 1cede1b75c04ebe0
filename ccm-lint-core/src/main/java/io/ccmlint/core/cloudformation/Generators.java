package io.ccmlint.core.cloudformation;

import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;

/**
 * What makes resources a template does not write out: the {@code AWS::LanguageExtensions}
 * transform's {@code Fn::ForEach} loops, and the directives of AWS's Rain CLI ({@code Type: !Rain::Module
 * bucket.yml}, which {@code rain pkg} replaces with the module's resources before CloudFormation sees
 * the template). Neither is an error, and what they make is not modelled: a name they may make is
 * unknown, never a reference to nothing.
 */
final class Generators {
    private static final String FOR_EACH = "Fn::ForEach::";

    private Generators() {
    }

    /** A {@code Resources} (or {@code Outputs}) key that is a loop: {@code Fn::ForEach::Tables}. */
    static boolean isForEach(String key) {
        return key.startsWith(FOR_EACH);
    }

    /** A resource {@code Type} that is a Rain directive: {@code !Rain::Module path} (a one-key mapping once read). */
    static boolean isRainDirective(Node type) {
        if (!(type instanceof MapNode m) || m.entries().size() != 1) {
            return false;
        }
        String key = m.entries().get(0).key();
        return key.startsWith("Rain::") || key.startsWith("!Rain::"); // the long form, or the tag as written
    }

    /** True when the template has resources no one can name in advance: a loop, or a Rain module. */
    static boolean makesResources(CfnTemplate template) {
        if (template.root().get("Resources") instanceof MapNode resources) {
            for (MapNode.Entry r : resources.entries()) {
                if (isForEach(r.key()) || r.value() instanceof MapNode body && isRainDirective(body.get("Type"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
