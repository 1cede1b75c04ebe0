package io.ccmlint.rules.input;

import io.ccmlint.core.cloudformation.Intrinsics;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.YamlTreeReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CloudFormation intrinsic function spelled as the whole text of a string: the YAML short form
 * ({@code !Ref HarnessRole}), the long form written as text ({@code Fn::GetAtt: HarnessRole.Arn},
 * {@code Fn::GetAtt HarnessRole.Arn}, {@code Ref: HarnessRole}), or a JSON object in a string
 * ({@code {"Ref": "HarnessRole"}}). Function names are those of AWS's intrinsic function reference.
 *
 * @param function the long name: {@code Ref}, {@code Condition} or {@code Fn::<Name>}
 * @param operand the argument as YAML text, as the author wrote it after the name ("" when none)
 * @param form how it is spelled
 */
record IntrinsicSpelling(String function, String operand, Form form) {
    /** How the function is spelled in the text. */
    enum Form {
        /** {@code !Ref HarnessRole}. */
        SHORT,
        /** {@code Fn::GetAtt: HarnessRole.Arn}, {@code Fn::GetAtt HarnessRole.Arn}, {@code Ref: HarnessRole}. */
        LONG,
        /** {@code {"Ref": "HarnessRole"}}. */
        OBJECT
    }

    private static final Pattern SHORT = Pattern.compile("!([A-Za-z0-9]+)(?: (.*))?", Pattern.DOTALL);
    private static final Pattern LONG = Pattern.compile("Fn::([A-Za-z0-9]+)(?::?(?: (.*))?)|Ref: (.+)", Pattern.DOTALL);

    /** The function {@code text} spells, if its whole text spells one. */
    static Optional<IntrinsicSpelling> of(String text) {
        Matcher m = SHORT.matcher(text);
        if (m.matches()) {
            String name = m.group(1);
            String function = name.equals("Ref") || name.equals("Condition") ? name
                    : Intrinsics.known("Fn::" + name) ? "Fn::" + name : null;
            return function == null ? Optional.empty() : Optional.of(new IntrinsicSpelling(function, operand(m.group(2)), Form.SHORT));
        }
        m = LONG.matcher(text);
        if (m.matches()) {
            if (m.group(1) != null) {
                return Intrinsics.known("Fn::" + m.group(1))
                        ? Optional.of(new IntrinsicSpelling("Fn::" + m.group(1), operand(m.group(2)), Form.LONG)) : Optional.empty();
            }
            String target = operand(m.group(3));
            return target.isEmpty() ? Optional.empty() : Optional.of(new IntrinsicSpelling("Ref", target, Form.LONG));
        }
        String t = text.strip();
        return t.startsWith("{") && t.endsWith("}") ? object(t) : Optional.empty();
    }

    private static String operand(String text) {
        return text == null ? "" : text.strip();
    }

    /** {@code {"Ref": "X"}} or {@code {Fn::Sub: ...}}: a mapping of one entry whose key names a function. */
    private static Optional<IntrinsicSpelling> object(String text) {
        Node root = yaml(text);
        if (!(root instanceof MapNode m) || m.entries().size() != 1) {
            return Optional.empty();
        }
        MapNode.Entry e = m.entries().get(0);
        String key = e.key();
        boolean function = key.equals("Ref") || key.startsWith("Fn::") && Intrinsics.known(key);
        return function ? Optional.of(new IntrinsicSpelling(key, e.value().span().text(), Form.OBJECT)) : Optional.empty();
    }

    /** The one YAML document of {@code text}, or null. */
    static Node yaml(String text) {
        try {
            List<Node> docs = new YamlTreeReader().readAll(SourceFile.of("intrinsic.yaml", text));
            return docs.size() == 1 ? docs.get(0) : null;
        } catch (ParseProblem e) {
            return null;
        }
    }

    /** The name after {@code !} or {@code Fn::}: {@code GetAtt}, {@code Ref}. */
    String name() {
        return function.startsWith("Fn::") ? function.substring(4) : function;
    }

    /** The short-form tag AWS documents for the function ({@code !GetAtt}), or null. */
    String tag() {
        return Intrinsics.hasShortForm(function()) ? "!" + name() : null;
    }

    private static final Pattern NAME = Pattern.compile("([\"']?)([A-Za-z0-9]+(?:::[A-Za-z0-9]+)*)\\1");
    private static final Pattern GETATT_DOTTED = Pattern.compile("([\"']?)([A-Za-z0-9]+)\\.[^\\s\\]]+\\1");
    private static final Pattern GETATT_LIST = Pattern.compile("\\[\\s*([\"']?)([A-Za-z0-9]+)\\1\\s*,.*\\]", Pattern.DOTALL);

    /**
     * The logical name the function refers to when its operand is one, else null: a {@code Ref}'s
     * target ({@code HarnessRole}, {@code AWS::Region}), a {@code GetAtt}'s resource
     * ({@code HarnessRole.Arn}, {@code [HarnessRole, Arn]}).
     */
    String target() {
        Matcher m = switch (name()) {
            case "Ref" -> NAME.matcher(operand);
            case "GetAtt" -> GETATT_DOTTED.matcher(operand).matches() ? GETATT_DOTTED.matcher(operand) : GETATT_LIST.matcher(operand);
            default -> null;
        };
        return m != null && m.matches() ? m.group(2) : null;
    }
}
