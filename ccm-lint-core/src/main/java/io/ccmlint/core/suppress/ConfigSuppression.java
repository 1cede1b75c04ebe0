package io.ccmlint.core.suppress;

import io.ccmlint.core.config.Glob;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code suppressions:} entry of {@code .ccm-lint.yml}: the way to suppress in JSON (which has no
 * comments) and in files one cannot edit. {@code path} is a glob relative to the config file's
 * folder; {@code pointer}, a JSON Pointer, narrows it to one value of the file.
 *
 * @param until the date as written (checked when the run starts), or null
 * @param span  the whole entry in the config file; {@code ruleSpan} and {@code untilSpan} its values
 */
public record ConfigSuppression(Glob path, String rule, Span ruleSpan, String reason, String until, Span untilSpan,
                                String pointer, Span span) {
    /** The entries of a {@code suppressions} list already validated by the config schema. */
    public static List<ConfigSuppression> read(Node list) {
        List<ConfigSuppression> out = new ArrayList<>();
        if (list instanceof ListNode l) {
            for (Node item : l.items()) {
                if (item instanceof MapNode m) {
                    Node until = m.get("until");
                    out.add(new ConfigSuppression(Glob.compile(m.get("path").asText()), m.get("rule").asText(),
                            m.get("rule").span(), m.get("reason").asText(), until == null ? null : until.asText(),
                            until == null ? null : until.span(), m.has("pointer") ? m.get("pointer").asText() : null,
                            m.span()));
                }
            }
        }
        return out;
    }
}
