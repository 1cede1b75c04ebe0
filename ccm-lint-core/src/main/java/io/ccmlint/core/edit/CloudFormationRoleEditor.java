package io.ccmlint.core.edit;

import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.model.role.RoleEditor;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.Syntax;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds an inline policy to an {@code AWS::IAM::Role} of a CloudFormation template: one more item
 * of {@code Properties.Policies} (the list created after the last property when absent), written
 * in the template's syntax and layout: YAML block or flow style ({@link YamlStyle}), or JSON with
 * the template's indentation and separators. Empty when {@code Properties} or {@code Policies} is
 * computed by an intrinsic function ({@code !If}, {@code Fn::If}), when a policy of that name is
 * already there, or when the place is not plainly written.
 */
public final class CloudFormationRoleEditor implements RoleEditor {
    private static final String VERSION = "2012-10-17";

    private final SourceFile file;
    private final MapNode role;

    /** @param role the role resource's mapping ({@code Type} and {@code Properties}), read from {@code file} */
    public CloudFormationRoleEditor(SourceFile file, MapNode role) {
        this.file = file;
        this.role = role;
    }

    @Override
    public Optional<List<TextEdit>> addInlinePolicy(String policyName, StatementSpec statement) {
        if (!(role.get("Properties") instanceof MapNode props) || YamlShapes.isIntrinsic(props)) {
            return Optional.empty();
        }
        MapNode.Entry policies = props.entry("Policies");
        ListNode list = policies != null && policies.value() instanceof ListNode l ? l : null;
        if (policies != null && (list == null || named(list, policyName))) {
            return Optional.empty();
        }
        if (role.syntax() == Syntax.JSON) {
            return new JsonLayout(props).add(policies, list, policyName, statement).map(List::of);
        }
        if (role.syntax() != Syntax.YAML || !YamlShapes.writtenInPlace(role)) {
            return Optional.empty();
        }
        YamlWriter w = new YamlWriter(YamlStyle.learn(file, role));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", VERSION);
        document.put("Statement", List.of(YamlWriter.statement(statement)));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("PolicyName", policyName);
        item.put("PolicyDocument", document);
        return (list != null ? YamlInserts.appendItem(file, list, item, w)
                : YamlInserts.appendEntry(file, props, "Policies", List.of(item), w)).map(List::of);
    }

    /** True when an item of the list is a policy of this name: a second one would fail the stack. */
    private static boolean named(ListNode policies, String name) {
        for (Node item : policies.items()) {
            if (item instanceof MapNode m && m.get("PolicyName") instanceof ScalarNode n && name.equals(n.scalar().known())) {
                return true;
            }
        }
        return false;
    }

    /** The JSON template's own indentation and separators, as {@link JsonPolicyEditor} writes them. */
    private final class JsonLayout {
        private final MapNode props;
        private final String nl = Layout.lineBreak(file);
        private final String sep;
        private final String unit;

        JsonLayout(MapNode props) {
            this.props = props;
            this.sep = separator();
            this.unit = unit();
        }

        Optional<TextEdit> add(MapNode.Entry policies, ListNode list, String name, StatementSpec s) {
            if (list == null) { // no Policies yet: a new member after the last property
                if (props.entries().isEmpty()) {
                    return Optional.empty();
                }
                MapNode.Entry last = props.entries().get(props.entries().size() - 1);
                String indent = Layout.indentBefore(file, last.keySpan().start());
                String member = Literals.json("Policies") + sep + "["
                        + (indent == null ? inline(name, s) : nl + indent + unit + item(name, s, indent + unit) + nl + indent) + "]";
                return Optional.of(TextEdit.insert(last.value().span().atEnd(),
                        (indent == null ? ", " : "," + nl + indent) + member));
            }
            if (list.items().isEmpty()) {
                String indent = Layout.indentBefore(file, policies.keySpan().start());
                return Optional.of(new TextEdit(list.span(), "["
                        + (indent == null ? inline(name, s) : nl + indent + unit + item(name, s, indent + unit) + nl + indent) + "]"));
            }
            Node last = list.items().get(list.items().size() - 1);
            String indent = Layout.indentBefore(file, list.items().get(0).span().start());
            return Optional.of(TextEdit.insert(last.span().atEnd(),
                    indent == null ? ", " + inline(name, s) : "," + nl + indent + item(name, s, indent)));
        }

        /** The policy object over several lines, opened where it is inserted and closed at {@code indent}. */
        private String item(String name, StatementSpec s, String indent) {
            String in1 = indent + unit;
            String in2 = in1 + unit;
            String in3 = in2 + unit;
            return "{" + nl
                    + in1 + Literals.json("PolicyName") + sep + Literals.json(name) + "," + nl
                    + in1 + Literals.json("PolicyDocument") + sep + "{" + nl
                    + in2 + Literals.json("Version") + sep + Literals.json(VERSION) + "," + nl
                    + in2 + Literals.json("Statement") + sep + "[" + nl
                    + in3 + JsonPolicyEditor.render(s, in3, unit, sep, nl) + nl
                    + in2 + "]" + nl
                    + in1 + "}" + nl
                    + indent + "}";
        }

        private String inline(String name, StatementSpec s) {
            return "{\"PolicyName\": " + Literals.json(name) + ", \"PolicyDocument\": {\"Version\": " + Literals.json(VERSION)
                    + ", \"Statement\": [" + JsonPolicyEditor.renderInline(s) + "]}}";
        }

        /** The text between a key and its value as the template writes it, e.g. {@code ": "}. */
        private String separator() {
            for (MapNode m : List.of(props, role)) {
                for (MapNode.Entry e : m.entries()) {
                    String between = file.text().substring(e.keySpan().end(), e.value().span().start());
                    if (!between.contains("\n") && !between.contains("\r")) {
                        return between;
                    }
                }
            }
            return ": ";
        }

        /** How much deeper the properties sit than the line that opens them. */
        private String unit() {
            if (!props.entries().isEmpty()) {
                String inner = Layout.indentBefore(file, props.entries().get(0).keySpan().start());
                String outer = Layout.lineIndent(file, props.span().start());
                if (inner != null && inner.length() > outer.length() && inner.startsWith(outer)) {
                    return inner.substring(outer.length());
                }
            }
            return "  ";
        }
    }
}
