package io.ccmlint.core.edit;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.value.ScalarStyle;

/**
 * How a YAML document is written, read from the nodes around an edit so that new text looks as if
 * its author had written it: the first example of each habit wins, and a habit with no example
 * takes the most common form.
 *
 * @param nl the line break
 * @param unit how much deeper a block mapping sits than its key
 * @param seqIndent how much deeper a block sequence's dashes sit than its key ("" when not indented)
 * @param dashGap the spaces between a dash and the item's first key
 * @param scalarDashGap the spaces between a dash and a scalar item
 * @param quote the quotes for values that cannot be plain: single or double
 * @param keyStyle how keys are written: plain, or quoted (JSON written as YAML, whose values are
 *                 then always quoted too)
 * @param mapPadded a space inside a flow mapping's braces: {@code { a: 1 }}
 * @param listPadded a space inside a flow sequence's brackets
 * @param flowLists lists of scalars written {@code [a, b]} rather than as block sequences
 */
record YamlStyle(String nl, String unit, String seqIndent, String dashGap, String scalarDashGap, ScalarStyle quote,
                 ScalarStyle keyStyle,
                 boolean mapPadded, boolean listPadded, boolean flowLists) {

    /** The habits of the YAML text around {@code scope}. */
    static YamlStyle learn(SourceFile file, Node scope) {
        Learner l = new Learner(file);
        l.walk(scope);
        String unit = l.unit != null ? l.unit : l.seqIndent != null && !l.seqIndent.isEmpty() ? l.seqIndent : "  ";
        return new YamlStyle(Layout.lineBreak(file), unit, l.seqIndent != null ? l.seqIndent : unit,
                l.dashGap != null ? l.dashGap : " ", l.scalarDashGap != null ? l.scalarDashGap : " ",
                l.quote != null ? l.quote : ScalarStyle.YAML_DOUBLE_QUOTED,
                l.keyStyle != null ? l.keyStyle : ScalarStyle.YAML_PLAIN,
                Boolean.TRUE.equals(l.mapPadded), Boolean.TRUE.equals(l.listPadded), Boolean.TRUE.equals(l.flowLists));
    }

    /** The same habits with another gap after a sequence dash. */
    YamlStyle withDashGap(String gap) {
        return new YamlStyle(nl, unit, seqIndent, gap, scalarDashGap, quote, keyStyle, mapPadded, listPadded, flowLists);
    }

    private static final class Learner {
        private final SourceFile file;
        String unit;
        String seqIndent;
        String dashGap;
        String scalarDashGap;
        ScalarStyle quote;
        ScalarStyle keyStyle;
        Boolean mapPadded;
        Boolean listPadded;
        Boolean flowLists;

        Learner(SourceFile file) {
            this.file = file;
        }

        void walk(Node n) {
            if (n instanceof MapNode m) {
                if (m.flow() && mapPadded == null && !m.entries().isEmpty()) {
                    mapPadded = padded(m);
                }
                boolean block = !m.flow() && !YamlShapes.isIntrinsic(m);
                for (MapNode.Entry e : m.entries()) {
                    if (keyStyle == null && !YamlShapes.isIntrinsic(m)) {
                        keyStyle = e.name().style();
                    }
                    if (block) {
                        nested(e);
                    }
                    walk(e.value());
                }
            } else if (n instanceof ListNode l) {
                if (l.flow() && listPadded == null && !l.items().isEmpty()) {
                    listPadded = padded(l);
                }
                if (flowLists == null && !l.items().isEmpty() && l.items().stream().allMatch(i -> i instanceof ScalarNode)) {
                    flowLists = l.flow();
                }
                for (Node item : l.items()) {
                    String[] dash = l.flow() ? null : YamlShapes.dash(file, item);
                    if (dash != null && dashGap == null && item instanceof MapNode im && !im.flow() && !YamlShapes.isIntrinsic(im)) {
                        dashGap = dash[1];
                    } else if (dash != null && scalarDashGap == null && item instanceof ScalarNode) {
                        scalarDashGap = dash[1];
                    }
                    walk(item);
                }
            } else if (n instanceof ScalarNode s && quote == null
                    && (s.style() == ScalarStyle.YAML_SINGLE_QUOTED || s.style() == ScalarStyle.YAML_DOUBLE_QUOTED)) {
                quote = s.style();
            }
        }

        /** The indentation of a block collection written on the lines below its key. */
        private void nested(MapNode.Entry e) {
            int keyLine = file.line(e.keySpan().start());
            int keyColumn = YamlShapes.column(file, e.keySpan().start());
            if (unit == null && e.value() instanceof MapNode vm && !vm.flow() && !YamlShapes.isIntrinsic(vm)
                    && !vm.entries().isEmpty()) {
                int first = vm.entries().get(0).keySpan().start();
                int depth = YamlShapes.column(file, first) - keyColumn;
                if (file.line(first) > keyLine && depth > 0 && Layout.indentBefore(file, first) != null) {
                    unit = " ".repeat(depth);
                }
            }
            if (seqIndent == null && e.value() instanceof ListNode vl && !vl.flow() && !vl.items().isEmpty()) {
                int dash = vl.span().start();
                int depth = YamlShapes.column(file, dash) - keyColumn;
                if (file.line(dash) > keyLine && depth >= 0 && Layout.indentBefore(file, dash) != null) {
                    seqIndent = " ".repeat(depth);
                }
            }
        }

        private boolean padded(Node flow) {
            String text = file.text();
            int inside = flow.span().start() + 1;
            return inside < text.length() && text.charAt(inside) == ' ';
        }
    }
}
