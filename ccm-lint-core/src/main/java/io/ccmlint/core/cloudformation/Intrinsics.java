package io.ccmlint.core.cloudformation;

import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import java.util.Set;

/**
 * CloudFormation's intrinsic functions, in either form: the long form {@code {"Fn::Sub": ...}} and
 * the YAML short form {@code !Sub ...}, which the YAML reader gives as a one-entry mapping keyed by
 * the tag ({@code {"!Sub": ...}}).
 */
public final class Intrinsics {
    /** Every function by its long name (the AWS intrinsic function reference, plus the language extensions). */
    static final Set<String> FUNCTIONS = Set.of("Ref", "Condition", "Fn::Sub", "Fn::GetAtt", "Fn::Join", "Fn::If",
            "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Fn::Select", "Fn::Split", "Fn::FindInMap",
            "Fn::ImportValue", "Fn::Base64", "Fn::GetAZs", "Fn::Cidr", "Fn::Transform", "Fn::Length",
            "Fn::ToJsonString", "Fn::ForEach", "Fn::GetStackOutput", "Fn::Contains", "Fn::EachMemberEquals",
            "Fn::EachMemberIn", "Fn::RefAll", "Fn::ValueOf", "Fn::ValueOfAll", "Fn::Implies");

    private Intrinsics() {
    }

    /** A call: the function's long name, the operand, and where the function's name is written. */
    record Call(String function, Node operand, MapNode.Entry entry, MapNode node) {
        /** How the template writes the function, for messages: {@code !Sub} or {@code Fn::Sub}. */
        String written() {
            return entry.key();
        }
    }

    /**
     * The call a node is, or null: a one-entry mapping keyed by a function's long name or by a tag.
     * {@code Condition} in the long form is a call only where a condition is expected ({@code
     * conditionContext}); elsewhere it is a resource attribute or a policy key.
     */
    static Call call(Node n, boolean conditionContext) {
        if (!(n instanceof MapNode m) || m.entries().size() != 1) {
            return null;
        }
        MapNode.Entry e = m.entries().get(0);
        String key = e.key();
        if (key.startsWith("!")) {
            return new Call(longName(key), e.value(), e, m);
        }
        if (key.equals("Condition") && !conditionContext) {
            return null;
        }
        if (key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::")) {
            return new Call(key, e.value(), e, m);
        }
        return null;
    }

    /** {@code !Ref} is {@code Ref}, {@code !Condition} is {@code Condition}, {@code !Sub} is {@code Fn::Sub}. */
    static String longName(String tag) {
        String name = tag.substring(1);
        return name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
    }

    /** The functions whose YAML short form ({@code !Name}) AWS's reference documents, by long name. */
    static final Set<String> SHORT_FORMS = Set.of("Ref", "Condition", "Fn::Base64", "Fn::Cidr", "Fn::And", "Fn::Equals",
            "Fn::If", "Fn::Not", "Fn::Or", "Fn::FindInMap", "Fn::GetAtt", "Fn::GetAZs", "Fn::GetStackOutput",
            "Fn::ImportValue", "Fn::Join", "Fn::Select", "Fn::Split", "Fn::Sub", "Fn::Transform");

    /** CloudFormation's pseudo parameters: what {@code Ref} names besides the template's parameters and resources. */
    public static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs",
            "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    /** True when CloudFormation knows the function, by its long name (an unknown one makes the template invalid). */
    public static boolean known(String function) {
        return FUNCTIONS.contains(function);
    }

    /** True when the function (by its long name) has a documented YAML short form. */
    public static boolean hasShortForm(String function) {
        return SHORT_FORMS.contains(function);
    }
}
