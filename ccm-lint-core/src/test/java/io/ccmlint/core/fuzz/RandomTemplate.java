package io.ccmlint.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;

/**
 * A CloudFormation template built from a fuzzer's choices: parameters (some with allowed values, so
 * that conditions split scenarios), mappings, conditions, and IAM roles, policies and users whose
 * values are random trees of intrinsic functions. Mostly well-shaped operands (so evaluation goes
 * deep), sometimes any value in their place (so every wrong shape is tried). Written as JSON with
 * the long forms or as YAML flow style with the short-form tags. Bounded: at most {@link #MAX_NODES}
 * values, {@link #MAX_DEPTH} deep.
 */
final class RandomTemplate {
    static final int MAX_NODES = 400;
    static final int MAX_DEPTH = 8;

    private static final List<String> PARAMETERS = List.of("P0", "P1", "P2");
    private static final List<String> CONDITIONS = List.of("C0", "C1", "C2", "C3");
    private static final List<String> RESOURCES = List.of("Role0", "Role1", "Policy0", "Managed0", "User0");
    private static final List<String> REFERABLE = List.of("P0", "P1", "P2", "Role0", "Role1", "Managed0", "AWS::Region",
            "AWS::Partition", "AWS::NoValue", "AWS::AccountId", "AWS::URLSuffix", "AWS::Bogus", "Nope", "");
    private static final List<String> PARAMETER_TYPES = List.of("String", "Number", "CommaDelimitedList", "List<String>",
            "AWS::SSM::Parameter::Value<String>", "AWS::EC2::VPC::Id");
    private static final List<String> TEXTS = List.of("", "a", "b", "prod", "dev", "*", "s3:GetObject", "s3:*", "iam:PassRole",
            "sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "arn:aws:iam::123456789012:role/r", "Allow", "Deny",
            "arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess",
            "${P0}", "${P1}-${P2}", "${Role0.Arn}", "${AWS::AccountId}", "${Nope}", "${", "${!Literal}", "${}", "a,b,c",
            "0", "1", "-1", "ec2.amazonaws.com", "x.y", "Role0.Arn", "k0", "k1", "n0", "n1", "M0", ",", "2012-10-17");
    private static final List<String> FUNCTIONS = List.of("Ref", "Condition", "Fn::Sub", "Fn::GetAtt", "Fn::Join", "Fn::If",
            "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Fn::Select", "Fn::Split", "Fn::FindInMap", "Fn::ImportValue",
            "Fn::Base64", "Fn::GetAZs", "Fn::Cidr", "Fn::Length", "Fn::ToJsonString", "Fn::Foo");

    private final FuzzedDataProvider data;
    private final boolean yaml;
    private final StringBuilder out = new StringBuilder();
    private int nodes;
    /** Where the last tag written ends: a node takes one tag, so a call right there is written in the long form. */
    private int tagEnd = -1;

    private RandomTemplate(FuzzedDataProvider data, boolean yaml) {
        this.data = data;
        this.yaml = yaml;
    }

    /** The template's text; YAML when {@code yaml}, else JSON. */
    static String write(FuzzedDataProvider data, boolean yaml) {
        RandomTemplate t = new RandomTemplate(data, yaml);
        t.template();
        return t.out.toString();
    }

    private void template() {
        out.append('{');
        key("AWSTemplateFormatVersion");
        string("2010-09-09");
        out.append(", ");
        key("Parameters");
        out.append('{');
        for (int i = 0; i < PARAMETERS.size(); i++) {
            comma(i);
            key(PARAMETERS.get(i));
            parameter();
        }
        out.append("}, ");
        key("Mappings");
        out.append('{');
        for (int m = 0; m < 2; m++) {
            comma(m);
            key("M" + m);
            out.append('{');
            for (int k = 0; k < 2; k++) {
                comma(k);
                key("k" + k);
                out.append('{');
                for (int n = 0; n < 2; n++) {
                    comma(n);
                    key("n" + n);
                    if (chance(8)) {
                        value(MAX_DEPTH - 2); // a function or a mapping where CloudFormation takes none
                    } else if (data.consumeBoolean()) {
                        text();
                    } else {
                        list(() -> text(), 3);
                    }
                }
                out.append('}');
            }
            out.append('}');
        }
        out.append("}, ");
        key("Conditions");
        out.append('{');
        for (int i = 0; i < CONDITIONS.size(); i++) {
            comma(i);
            key(CONDITIONS.get(i));
            condition(0);
        }
        out.append("}, ");
        key("Resources");
        out.append('{');
        for (int i = 0; i < RESOURCES.size(); i++) {
            comma(i);
            key(RESOURCES.get(i));
            resource(RESOURCES.get(i));
        }
        out.append("}}\n");
    }

    private void parameter() {
        out.append('{');
        key("Type");
        string(pick(PARAMETER_TYPES));
        if (data.consumeBoolean()) {
            out.append(", ");
            key("Default");
            text();
        }
        if (data.consumeBoolean()) {
            out.append(", ");
            key("AllowedValues");
            list(this::text, 4);
        }
        out.append('}');
    }

    private void resource(String id) {
        out.append('{');
        key("Type");
        string(switch (id) {
            case "Policy0" -> "AWS::IAM::Policy";
            case "Managed0" -> "AWS::IAM::ManagedPolicy";
            case "User0" -> "AWS::IAM::User";
            default -> "AWS::IAM::Role";
        });
        if (chance(3)) {
            out.append(", ");
            key("Condition");
            string(chance(6) ? "Nope" : pick(CONDITIONS));
        }
        out.append(", ");
        key("Properties");
        if (chance(10)) {
            value(1);
        } else {
            out.append('{');
            switch (id) {
                case "Policy0", "Managed0" -> {
                    key("PolicyDocument");
                    document(1);
                    out.append(", ");
                    key("Roles");
                    list(() -> value(MAX_DEPTH - 2), 2);
                }
                case "User0" -> {
                    key("Policies");
                    list(() -> inlinePolicy(2), 2);
                }
                default -> {
                    key("RoleName");
                    value(2);
                    out.append(", ");
                    key("AssumeRolePolicyDocument");
                    document(1);
                    out.append(", ");
                    key("Policies");
                    list(() -> inlinePolicy(2), 2);
                    out.append(", ");
                    key("ManagedPolicyArns");
                    list(() -> value(3), 3);
                }
            }
            out.append('}');
        }
        out.append('}');
    }

    private void inlinePolicy(int depth) {
        out.append('{');
        key("PolicyName");
        value(depth + 1);
        out.append(", ");
        key("PolicyDocument");
        document(depth + 1);
        out.append('}');
    }

    private void document(int depth) {
        if (chance(8)) {
            value(depth);
            return;
        }
        out.append('{');
        key("Version");
        string("2012-10-17");
        out.append(", ");
        key("Statement");
        list(() -> statement(depth + 1), 3);
        out.append('}');
    }

    private void statement(int depth) {
        out.append('{');
        key("Effect");
        value(depth + 1);
        out.append(", ");
        key(chance(4) ? "NotAction" : "Action");
        value(depth + 1);
        out.append(", ");
        key("Resource");
        value(depth + 1);
        if (data.consumeBoolean()) {
            out.append(", ");
            key("Principal");
            value(depth + 1);
        }
        if (chance(3)) {
            out.append(", ");
            key("Condition");
            out.append('{');
            key("StringEquals");
            out.append('{');
            key(chance(2) ? "token.actions.githubusercontent.com:sub" : "aws:PrincipalTag/team");
            value(depth + 2);
            out.append("}}");
        }
        out.append('}');
    }

    // ---- values ------------------------------------------------------------------------------

    /** Any value: a scalar, a list, a mapping or a function call. */
    private void value(int depth) {
        if (++nodes > MAX_NODES || depth >= MAX_DEPTH) {
            text();
            return;
        }
        switch (data.consumeInt(0, 9)) {
            case 0 -> list(() -> value(depth + 1), 3);
            case 1 -> {
                out.append('{');
                key(pick(TEXTS));
                value(depth + 1);
                out.append('}');
            }
            case 2 -> out.append(pick(List.of("0", "1", "3", "-1", "true", "false", "null")));
            case 3, 4 -> text();
            default -> call(pick(FUNCTIONS), depth);
        }
    }

    /** A condition expression, mostly a condition function. */
    private void condition(int depth) {
        if (++nodes > MAX_NODES || depth >= MAX_DEPTH) {
            call("Condition", depth);
            return;
        }
        if (chance(10)) {
            value(depth);
            return;
        }
        call(pick(List.of("Fn::Equals", "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Condition")), depth);
    }

    private void call(String function, int depth) {
        boolean tagged = yaml && out.length() != tagEnd && data.consumeBoolean();
        if (tagged) {
            out.append('!').append(function.startsWith("Fn::") ? function.substring(4) : function).append(' ');
            tagEnd = out.length();
        } else {
            out.append('{');
            key(function);
        }
        if (chance(6)) {
            value(depth + 1); // any operand: wrong shapes too
        } else {
            operand(function, depth + 1);
        }
        if (!tagged) {
            out.append('}');
        }
    }

    private void operand(String function, int depth) {
        switch (function) {
            case "Ref" -> string(pick(REFERABLE));
            case "Condition" -> string(chance(8) ? "Nope" : pick(CONDITIONS));
            case "Fn::Sub" -> {
                if (data.consumeBoolean()) {
                    text();
                } else {
                    out.append('[');
                    text();
                    out.append(", {");
                    key(pick(List.of("P0", "Nope", "x", "AWS::Region")));
                    value(depth + 1);
                    out.append("}]");
                }
            }
            case "Fn::GetAtt" -> {
                if (data.consumeBoolean()) {
                    string(pick(List.of("Role0.Arn", "Nope.Arn", "Role0", ".", "Role1.RoleId")));
                } else {
                    out.append('[');
                    string(pick(RESOURCES));
                    out.append(", ");
                    value(depth + 1);
                    out.append(']');
                }
            }
            case "Fn::Join", "Fn::Split" -> {
                out.append('[');
                string(pick(List.of(",", "", ":", "-")));
                out.append(", ");
                if (function.equals("Fn::Join")) {
                    list(() -> value(depth + 1), 4);
                } else {
                    value(depth + 1);
                }
                out.append(']');
            }
            case "Fn::If" -> {
                out.append('[');
                string(chance(8) ? "Nope" : pick(CONDITIONS));
                out.append(", ");
                value(depth + 1);
                out.append(", ");
                value(depth + 1);
                out.append(']');
            }
            case "Fn::Equals" -> list(() -> value(depth + 1), 3);
            case "Fn::Not", "Fn::And", "Fn::Or" -> list(() -> condition(depth + 1), function.equals("Fn::Not") ? 2 : 11);
            case "Fn::Select" -> {
                out.append('[');
                out.append(pick(List.of("0", "1", "2", "-1", "\"1\"", "99")));
                out.append(", ");
                value(depth + 1);
                out.append(']');
            }
            case "Fn::FindInMap" -> {
                out.append('[');
                string(pick(List.of("M0", "M1", "Nope")));
                out.append(", ");
                if (data.consumeBoolean()) {
                    string(pick(List.of("k0", "k1", "kx")));
                } else {
                    value(depth + 1);
                }
                out.append(", ");
                string(pick(List.of("n0", "n1", "nx")));
                if (chance(4)) {
                    out.append(", {");
                    key("DefaultValue");
                    value(depth + 1);
                    out.append('}');
                }
                out.append(']');
            }
            case "Fn::Length" -> list(() -> value(depth + 1), 3);
            default -> value(depth);
        }
    }

    /** A list of up to {@code max} items. */
    private void list(Runnable item, int max) {
        int n = data.consumeInt(0, max);
        out.append('[');
        for (int i = 0; i < n; i++) {
            comma(i);
            item.run();
        }
        out.append(']');
    }

    private void text() {
        string(chance(8) ? data.consumeString(12) : pick(TEXTS));
    }

    // ---- writing -----------------------------------------------------------------------------

    private void key(String name) {
        string(name);
        out.append(": ");
    }

    private void comma(int index) {
        if (index > 0) {
            out.append(", ");
        }
    }

    /** A double-quoted string; the escapes both JSON and YAML read the same way. */
    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || c >= 0x80 && c <= 0x9F || c == 0xFEFF
                    || c == 0xFFFE || c == 0xFFFF) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private boolean chance(int oneIn) {
        return data.consumeInt(0, oneIn - 1) == 0;
    }

    private <T> T pick(List<T> from) {
        return from.get(data.consumeInt(0, from.size() - 1));
    }
}
