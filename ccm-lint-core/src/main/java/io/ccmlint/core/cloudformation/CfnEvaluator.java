package io.ccmlint.core.cloudformation;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.Syntax;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.value.Template;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Evaluates a template's values statically in one {@link Scenario}: intrinsic functions are replaced
 * by what they give, as located values. A value written literally somewhere (a parameter's
 * {@code Default}, a {@code Mappings} entry, a {@code !Sub} without variables) keeps that place and
 * style, so a finding points where the user edits it and a fix may rewrite it; a value computed from
 * several places (a {@code !Join}, a {@code !Sub} with variables, a value from the configuration) is
 * located at the function, in an {@linkplain ScalarStyle#YAML_INTRINSIC intrinsic style} no fix
 * rewrites. What cannot be known ({@code AWS::AccountId}, {@code !GetAtt}, {@code !ImportValue}) is a
 * hole; nothing is invented.
 *
 * <p>Bounded: at most {@link #MAX_STEPS} nodes per evaluator; a condition that refers to itself is
 * reported, not followed, and one reached through more than {@link #MAX_CONDITION_DEPTH} others is
 * unknown (the recursion stays within the reader's stack). {@code Mappings} values are taken as
 * written: CloudFormation allows no function in them, so a lookup never evaluates anything. Problems
 * CloudFormation itself would reject the template for go to {@code problems}, once per place.
 */
final class CfnEvaluator {
    static final int MAX_STEPS = 2_000_000;
    /** Named conditions evaluated inside one another at most this deep (a chain of Condition references). */
    static final int MAX_CONDITION_DEPTH = 100;

    private final CfnTemplate template;
    private final StackValues values;
    private final Scenario scenario;
    private final TemplateProblems problems;
    private final ScalarStyle computed;
    private final ScalarNode noValue;
    private final Map<String, Boolean> conditionValues = new HashMap<>();
    private final Set<String> evaluatingConditions = new HashSet<>();
    /** OIDC providers whose Url is being evaluated: a Url that refers to its own provider is not followed. */
    private final Set<String> evaluatingUrls = new HashSet<>();
    /** {@code Fn::Equals} calls this scenario could not decide, with how they are shown: for {@link Scenarios}. */
    private final Map<Span, String> undecided = new LinkedHashMap<>();
    /** Parameters with {@code AllowedValues} and no given value that a condition read. */
    private final Set<String> freeParametersRead = new java.util.LinkedHashSet<>();
    /** True when a loop or a Rain module makes resources: a name not found may be one of theirs. */
    private final boolean makesResources;
    private boolean inCondition;
    /** The named condition being evaluated, innermost, or null. */
    private String evaluatingCondition;
    private int steps;

    CfnEvaluator(CfnTemplate template, StackValues values, Scenario scenario, TemplateProblems problems) {
        this.template = template;
        this.values = values;
        this.scenario = scenario;
        this.problems = problems;
        this.makesResources = Generators.makesResources(template);
        boolean json = template.root().syntax() == Syntax.JSON;
        this.computed = json ? ScalarStyle.JSON_INTRINSIC : ScalarStyle.YAML_INTRINSIC;
        this.noValue = ScalarNode.known(template.root().span().atStart(), computed, "AWS::NoValue");
    }

    /** Thrown when an evaluation goes over {@link #MAX_STEPS}. */
    static final class TooComplex extends RuntimeException {
        TooComplex() {
            super(null, null, false, false);
        }
    }

    Map<Span, String> undecided() {
        return undecided;
    }

    Set<String> freeParametersRead() {
        return freeParametersRead;
    }

    /** The value of {@code n} with every intrinsic function evaluated; null when it is {@code AWS::NoValue}. */
    Node value(Node n) {
        Node v = eval(n);
        return v == noValue ? null : v;
    }

    /** The value of a named condition in this scenario, or null when it cannot be decided. */
    Boolean condition(String name) {
        if (conditionValues.containsKey(name)) {
            return conditionValues.get(name);
        }
        MapNode.Entry e = template.conditions().get(name);
        if (e == null) {
            return null;
        }
        if (evaluatingConditions.contains(name)) {
            problems.add(e.keySpan(), "condition \"" + name + "\" refers to itself (through Condition or Fn::If)");
            return null;
        }
        if (evaluatingConditions.size() >= MAX_CONDITION_DEPTH) {
            problems.limit(e.keySpan(), "condition \"" + name + "\" is reached through more than " + MAX_CONDITION_DEPTH
                    + " other conditions; it is taken as unknown");
            return null;
        }
        evaluatingConditions.add(name);
        boolean outer = inCondition;
        String outerName = evaluatingCondition;
        inCondition = true;
        evaluatingCondition = name;
        Boolean v;
        try {
            v = test(e.value());
        } finally {
            inCondition = outer;
            evaluatingCondition = outerName;
            evaluatingConditions.remove(name);
        }
        conditionValues.put(name, v);
        return v;
    }

    private void step() {
        if (++steps > MAX_STEPS) {
            throw new TooComplex();
        }
    }

    private Node eval(Node n) {
        step();
        Intrinsics.Call call = Intrinsics.call(n, false);
        if (call != null) {
            return call(call);
        }
        if (n instanceof MapNode m) {
            List<MapNode.Entry> entries = new ArrayList<>(m.entries().size());
            for (MapNode.Entry e : m.entries()) {
                Node v = eval(e.value());
                if (v != noValue) {
                    entries.add(v == e.value() ? e : new MapNode.Entry(e.name(), v));
                }
            }
            return new MapNode(m.span(), m.syntax(), m.flow(), entries);
        }
        if (n instanceof ListNode l) {
            List<Node> items = new ArrayList<>(l.items().size());
            for (Node item : l.items()) {
                Node v = eval(item);
                if (v != noValue) {
                    items.add(v);
                }
            }
            return new ListNode(l.span(), l.syntax(), l.flow(), items);
        }
        return n;
    }

    private Node call(Intrinsics.Call c) {
        Span at = c.node().span();
        switch (c.function()) {
            case "Ref":
                return ref(c);
            case "Fn::Sub":
                return sub(c);
            case "Fn::Join":
                return join(c);
            case "Fn::If":
                return ifCall(c);
            case "Fn::Select":
                return select(c);
            case "Fn::Split":
                return split(c);
            case "Fn::FindInMap":
                return findInMap(c);
            case "Fn::GetAtt":
                return getAtt(c);
            case "Fn::Base64": {
                if (isCollection(c.operand())) {
                    problems.add(operandSpan(c), c.written() + " takes a string");
                }
                Node v = eval(c.operand());
                String text = v instanceof ScalarNode s && s.scalar().isKnown() ? text(s.scalar()) : null;
                return text == null ? unknown(c.written() + " ...", null, at)
                        : known(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)), at);
            }
            case "Fn::Length": {
                if (c.operand() instanceof ScalarNode) {
                    problems.add(operandSpan(c), c.written() + " takes a list");
                }
                Node v = eval(c.operand());
                return v instanceof ListNode l ? known(BigDecimal.valueOf(l.items().size()), at) : unknown(c.written(), null, at);
            }
            case "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Condition": {
                Boolean b = test(c.node());
                return b == null ? unknown(c.written(), null, at) : known(b, at);
            }
            default:
                if (!Intrinsics.known(c.function())) {
                    problems.add(c.entry().keySpan(), "unknown intrinsic function " + c.written()
                            + ": CloudFormation rejects the template");
                } else {
                    eval(c.operand()); // for the problems below it
                }
                return unknown(c.written() + " " + brief(c.operand()), null, at);
        }
    }

    // ---- Ref and parameters ------------------------------------------------------------------

    private Node ref(Intrinsics.Call c) {
        String name = Nodes.text(c.operand());
        Span at = c.node().span();
        if (name == null || name.isBlank()) {
            problems.add(operandSpan(c), c.written() + " takes the name of a parameter, resource or pseudo parameter");
            return unknown(c.written(), null, at);
        }
        Span nameSpan = c.operand().span();
        return refTo(name, at, () -> nameSpan, c.written() + " " + name);
    }

    /**
     * What {@code Ref name} gives, used at {@code at}; {@code nameSpan} says where the name is written
     * (asked only for a problem) and {@code shown} how, for messages ({@code !Ref Role}, {@code !Sub ${Role}}).
     */
    private Node refTo(String name, Span at, Supplier<Span> nameSpan, String shown) {
        if (name.startsWith("AWS::")) {
            return pseudo(name, at, nameSpan);
        }
        CfnTemplate.Parameter p = template.parameters().get(name);
        if (p != null) {
            return parameter(p, at);
        }
        if (template.resources().containsKey(name) || makesResources) {
            Node arn = oidcProviderArn(name, at);
            return arn != null ? arn : unknown(name, name, at); // a resource's Ref is its physical ID: known once deployed
        }
        problems.add(nameSpan.get(), shown + ": no parameter, resource or pseudo parameter of that name");
        return unknown(name, null, at);
    }

    private Node pseudo(String name, Span at, Supplier<Span> nameSpan) {
        return switch (name) {
            case "AWS::Partition" -> known(values.partition(), at);
            case "AWS::URLSuffix" -> known(values.partition().equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com", at);
            case "AWS::NoValue" -> noValue;
            default -> {
                if (Intrinsics.PSEUDO_PARAMETERS.contains(name)) {
                    yield unknown(name, name, at); // AWS::AccountId, AWS::Region, AWS::StackName...: known once deployed
                }
                problems.add(nameSpan.get(), name + " is not a pseudo parameter");
                yield unknown(name, null, at);
            }
        };
    }

    /**
     * A parameter's value: the scenario's choice, else the configuration's value, else its default.
     * A parameter with {@code AllowedValues} and no value given is undecided inside a condition
     * (the scenarios then try each allowed value); elsewhere its default stands.
     */
    private Node parameter(CfnTemplate.Parameter p, Span at) {
        if (p.type() != null && p.type().startsWith("AWS::SSM::Parameter::Value")) {
            return unknown(p.name(), p.name(), at); // the default names an SSM parameter; its value is read at deploy time
        }
        String value = scenario.parameters().get(p.name());
        if (value == null) {
            value = values.parameter(p.name());
        }
        if (value == null && isFree(p) && inCondition) {
            freeParametersRead.add(p.name());
            return unknown(p.name(), p.name(), at);
        }
        Node d = p.defaultValue();
        ScalarNode file = scenario.parameters().containsKey(p.name()) ? null : values.writtenAt(p.name());
        if (file != null && file.scalar().isKnown()) { // a parameter file's value: where the user changes it
            return p.isList() ? listOf(value, file.span()) : file.scalar().value() instanceof String ? file : known(value, file.span());
        }
        if (value != null && !(d instanceof ScalarNode ds && value.equals(text(ds.scalar())))) {
            return p.isList() ? listOf(value, at) : known(value, at);
        }
        if (d instanceof ScalarNode ds) {
            return p.isList() ? splitList(ds, ds.scalar()) : ds; // the default itself: a fix may edit it
        }
        return d != null ? d : unknown(p.name(), p.name(), at);
    }

    /** A parameter whose value a scenario may choose: it lists its allowed values. */
    static boolean isFree(CfnTemplate.Parameter p) {
        return !p.allowedValues().isEmpty();
    }

    private Node splitList(ScalarNode d, Scalar s) {
        String text = text(s);
        return text == null ? d : listOf(text, d.span());
    }

    private Node listOf(String commaSeparated, Span at) {
        List<Node> items = new ArrayList<>();
        if (!commaSeparated.isEmpty()) {
            for (String item : commaSeparated.split(",", -1)) {
                items.add(known(item.strip(), at));
            }
        }
        return new ListNode(at, template.root().syntax(), true, items);
    }

    // ---- strings -----------------------------------------------------------------------------

    private Node sub(Intrinsics.Call c) {
        Span at = c.node().span();
        Node body = c.operand();
        Map<String, Node> variables = new HashMap<>();
        if (body instanceof ListNode l) {
            if (l.items().size() != 2 || !(l.items().get(1) instanceof MapNode vars)) {
                problems.add(body.span(), c.written() + " takes a string, or a list of a string and a map of variables");
                return unknown(c.written(), null, at);
            }
            body = l.items().get(0);
            for (MapNode.Entry e : vars.entries()) {
                variables.put(e.key(), eval(e.value()));
            }
        }
        if (!(body instanceof ScalarNode s) || text(s.scalar()) == null) {
            if (body instanceof ScalarNode bs && !bs.scalar().isKnown()) {
                return unknown(c.written(), null, at);
            }
            problems.add(body.span(), c.written() + " takes a string");
            return unknown(c.written(), null, at);
        }
        String text = text(s.scalar());
        WrittenText written = new WrittenText(s);
        List<Template.Part> parts = new ArrayList<>();
        boolean substituted = false;
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            if (open < 0) {
                parts.add(new Template.Literal(text.substring(i)));
                break;
            }
            int close = text.indexOf('}', open + 2);
            if (close < 0) {
                parts.add(new Template.Literal(text.substring(i)));
                break;
            }
            parts.add(new Template.Literal(text.substring(i, open)));
            String name = text.substring(open + 2, close);
            substituted = true;
            if (name.startsWith("!")) {
                parts.add(new Template.Literal("${" + name.substring(1) + "}"));
            } else if (name.isBlank()) {
                problems.add(written.span(open, close + 1), c.written() + " ${" + name + "}: a variable without a name");
                parts.add(new Template.Hole("${" + name + "}", s.span()));
            } else {
                int from = open;
                int to = close + 1;
                parts.addAll(textParts(variable(name.strip(), variables, s.span(), () -> written.span(from, to), c.written())));
            }
            i = close + 1;
        }
        if (!substituted) {
            return s; // a plain string: its own text, editable
        }
        return fromParts(parts, at);
    }

    /**
     * The value of {@code ${name}} in a {@code !Sub} string at {@code in}: a variable of its map, a
     * resource's attribute ({@code ${Role.Arn}}), else what {@code Ref name} gives. {@code place} is
     * where the {@code ${name}} is written.
     */
    private Node variable(String name, Map<String, Node> variables, Span in, Supplier<Span> place, String written) {
        if (variables.containsKey(name)) {
            return variables.get(name);
        }
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("AWS::")) {
            String resource = name.substring(0, dot);
            if (!template.resources().containsKey(resource) && !makesResources) {
                problems.add(place.get(), written + " ${" + name + "}: no resource " + resource + " in the template");
            }
            return unknown(name, name, in);
        }
        return refTo(name, in, place, written + " ${" + name + "}");
    }

    private Node join(Intrinsics.Call c) {
        Span at = c.node().span();
        if (!(c.operand() instanceof ListNode l) || l.items().size() != 2) {
            problems.add(operandSpan(c), c.written() + " takes a delimiter and a list");
            return unknown(c.written(), null, at);
        }
        if (isCollection(l.items().get(0))) {
            problems.add(l.items().get(0).span(), c.written() + " takes a string as its delimiter");
        }
        if (l.items().get(1) instanceof ScalarNode) {
            problems.add(l.items().get(1).span(), c.written() + " takes a list of values to join");
        }
        Node delimiter = eval(l.items().get(0));
        Node list = eval(l.items().get(1));
        String d = delimiter instanceof ScalarNode ds ? text(ds.scalar()) : null;
        if (d == null || !(list instanceof ListNode items)) {
            return unknown(c.written() + " " + brief(l), null, at);
        }
        List<Template.Part> parts = new ArrayList<>();
        for (int i = 0; i < items.items().size(); i++) {
            if (i > 0) {
                parts.add(new Template.Literal(d));
            }
            parts.addAll(textParts(items.items().get(i)));
        }
        return fromParts(parts, at);
    }

    private Node split(Intrinsics.Call c) {
        Span at = c.node().span();
        if (!(c.operand() instanceof ListNode l) || l.items().size() != 2) {
            problems.add(operandSpan(c), c.written() + " takes a delimiter and a string");
            return unknown(c.written(), null, at);
        }
        for (Node operand : l.items()) {
            if (isCollection(operand)) {
                problems.add(operand.span(), c.written() + " takes a string as its delimiter and a string to split");
            }
        }
        Node delimiter = eval(l.items().get(0));
        Node source = eval(l.items().get(1));
        String d = delimiter instanceof ScalarNode ds ? text(ds.scalar()) : null;
        String s = source instanceof ScalarNode ss ? text(ss.scalar()) : null;
        if (d == null || d.isEmpty() || s == null) {
            return unknown(c.written() + " " + brief(l), null, at);
        }
        List<Node> items = new ArrayList<>();
        for (String part : s.split(java.util.regex.Pattern.quote(d), -1)) {
            items.add(known(part, at));
        }
        return new ListNode(at, template.root().syntax(), true, items);
    }

    private Node select(Intrinsics.Call c) {
        Span at = c.node().span();
        if (!(c.operand() instanceof ListNode l) || l.items().size() != 2) {
            problems.add(operandSpan(c), c.written() + " takes an index and a list");
            return unknown(c.written(), null, at);
        }
        if (isCollection(l.items().get(0))) {
            problems.add(l.items().get(0).span(), c.written() + " takes a number as its index");
        }
        if (l.items().get(1) instanceof ScalarNode) {
            problems.add(l.items().get(1).span(), c.written() + " takes a list to select from");
        }
        Node index = eval(l.items().get(0));
        Node list = eval(l.items().get(1));
        Integer i = index instanceof ScalarNode s ? integer(s.scalar()) : null;
        if (i == null && index instanceof ScalarNode s && s.scalar().isKnown()) {
            problems.add(l.items().get(0).span(), c.written() + ": index " + text(s.scalar()) + " is not a whole number");
        }
        if (i == null || !(list instanceof ListNode items)) {
            return unknown(c.written() + " " + brief(l), null, at);
        }
        if (i < 0 || i >= items.items().size()) {
            problems.add(l.items().get(0).span(), c.written() + ": index " + i + " is outside the list of "
                    + items.items().size());
            return unknown(c.written(), null, at);
        }
        return items.items().get(i);
    }

    private Node findInMap(Intrinsics.Call c) {
        Span at = c.node().span();
        if (!(c.operand() instanceof ListNode l) || l.items().size() < 3) {
            problems.add(operandSpan(c), c.written() + " takes a map name, a top-level key and a second-level key");
            return unknown(c.written(), null, at);
        }
        String[] keys = new String[3];
        for (int i = 0; i < 3; i++) {
            if (isCollection(l.items().get(i))) {
                problems.add(l.items().get(i).span(), c.written() + " takes strings: a map name and two keys");
            }
            Node k = eval(l.items().get(i));
            keys[i] = k instanceof ScalarNode s ? text(s.scalar()) : null;
        }
        Node mapping = template.mappings() == null || keys[0] == null ? null : template.mappings().get(keys[0]);
        if (keys[0] != null && mapping == null) {
            problems.add(l.items().get(0).span(), c.written() + ": no mapping " + keys[0] + " in Mappings");
            return unknown(c.written(), null, at);
        }
        if (keys[0] == null || keys[1] == null || keys[2] == null) {
            return unknown(c.written() + " " + brief(l), null, at);
        }
        Node top = mapping instanceof MapNode m ? m.get(keys[1]) : null;
        Node value = top instanceof MapNode t ? t.get(keys[2]) : null;
        if (value == null) {
            if (l.items().size() > 3) { // the language extensions' DefaultValue
                return eval(l.items().get(3) instanceof MapNode dv && dv.get("DefaultValue") != null ? dv.get("DefaultValue") : l.items().get(3));
            }
            int missing = top == null ? 1 : 2; // where the lookup fails: the top-level key, else the second-level one
            problems.add(l.items().get(missing).span(), c.written() + ": Mappings." + keys[0]
                    + (top == null ? " has no key " + keys[1] : "." + keys[1] + " has no key " + keys[2]));
            return unknown(c.written(), null, at);
        }
        return mappingValue(value, c);
    }

    /**
     * A value of {@code Mappings} as written: a string or a list of strings. Anything else (a function,
     * which CloudFormation does not allow there: {@link TemplateShape} reports it) is unknown, never
     * evaluated, so mappings that look themselves up cannot loop.
     */
    private Node mappingValue(Node value, Intrinsics.Call c) {
        if (value instanceof ScalarNode || value instanceof ListNode l && l.items().stream().allMatch(i -> i instanceof ScalarNode)) {
            return value;
        }
        return unknown(c.written() + " " + brief(c.operand()), null, c.node().span());
    }

    private Node getAtt(Intrinsics.Call c) {
        Span at = c.node().span();
        String resource;
        String attribute;
        if (c.operand() instanceof ListNode l && l.items().size() == 2) {
            resource = Nodes.text(l.items().get(0));
            Node a = eval(l.items().get(1));
            attribute = a instanceof ScalarNode s ? text(s.scalar()) : null;
        } else {
            String text = Nodes.text(c.operand());
            int dot = text == null ? -1 : text.indexOf('.');
            resource = dot > 0 ? text.substring(0, dot) : text;
            attribute = dot > 0 ? text.substring(dot + 1) : null;
        }
        if (resource == null || resource.isBlank() || (c.operand() instanceof ScalarNode && attribute == null)) {
            problems.add(operandSpan(c), c.written() + " takes a resource and an attribute (Resource.Attribute)");
            return unknown(c.written(), null, at);
        }
        if (!template.resources().containsKey(resource) && !makesResources) {
            problems.add(operandSpan(c), c.written() + " " + resource + ": no resource of that name in the template");
        }
        String ref = attribute == null ? resource : resource + "." + attribute;
        Node arn = "Arn".equals(attribute) ? oidcProviderArn(resource, at) : null;
        return arn != null ? arn : unknown(ref, ref, at);
    }

    /**
     * The ARN of the template's {@code AWS::IAM::OIDCProvider} {@code id} ({@code Ref} and
     * {@code GetAtt Arn} both give it): {@code arn:<partition>:iam::<account>:oidc-provider/<Url
     * without https://>}, the account unknown, so trust rules know the provider; null when
     * {@code id} is no such resource or its Url is not known.
     */
    private Node oidcProviderArn(String id, Span at) {
        CfnTemplate.Resource r = template.resources().get(id);
        if (r == null || !"AWS::IAM::OIDCProvider".equals(r.type()) || r.properties() == null
                || r.properties().get("Url") == null || !evaluatingUrls.add(id)) {
            return null;
        }
        try {
            Node url = eval(r.properties().get("Url"));
            String text = url instanceof ScalarNode s ? text(s.scalar()) : null;
            if (text == null || !text.startsWith("https://")) {
                return null;
            }
            return fromParts(List.of(new Template.Literal("arn:" + values.partition() + ":iam::"),
                    new Template.Hole("AWS::AccountId", "AWS::AccountId", at),
                    new Template.Literal(":oidc-provider/" + text.substring("https://".length()))), at);
        } finally {
            evaluatingUrls.remove(id);
        }
    }

    // ---- conditions --------------------------------------------------------------------------

    private Node ifCall(Intrinsics.Call c) {
        Span at = c.node().span();
        if (!(c.operand() instanceof ListNode l) || l.items().size() != 3) {
            problems.add(operandSpan(c), c.written() + " takes a condition name and two values");
            return unknown(c.written(), null, at);
        }
        String name = Nodes.text(l.items().get(0));
        if (name == null) {
            problems.add(l.items().get(0).span(), c.written() + " takes the name of a condition first");
            return unknown(c.written(), null, at);
        }
        if (!template.conditions().containsKey(name)) {
            problems.add(l.items().get(0).span(), c.written() + ": no condition " + name + " in Conditions");
            return unknown(c.written(), null, at);
        }
        Boolean b = condition(name);
        if (b == null) {
            Node yes = eval(l.items().get(1));
            Node no = eval(l.items().get(2));
            return yes.equals(no) ? yes : unknown(c.written() + " " + name, null, at);
        }
        return eval(l.items().get(b ? 1 : 2));
    }

    /** A condition expression: true, false, or null when this scenario cannot decide it. */
    private Boolean test(Node n) {
        step();
        Intrinsics.Call c = Intrinsics.call(n, true);
        if (c == null) {
            if (n instanceof ScalarNode s && s.scalar().value() instanceof Boolean b) {
                return b;
            }
            problems.add(n.span(), "a condition must be Fn::Equals, Fn::Not, Fn::And, Fn::Or or Condition");
            return null;
        }
        List<Node> operands = c.operand() instanceof ListNode l ? l.items() : List.of(c.operand());
        boolean outer = inCondition;
        inCondition = true;
        try {
            return switch (c.function()) {
                case "Condition" -> {
                    String name = Nodes.text(c.operand());
                    if (name == null || name.isBlank()) {
                        problems.add(operandSpan(c), c.written() + " takes the name of a condition");
                        yield null;
                    }
                    if (!template.conditions().containsKey(name)) {
                        problems.add(operandSpan(c), c.written() + ": no condition " + name + " in Conditions");
                        yield null;
                    }
                    yield condition(name);
                }
                case "Fn::Not" -> {
                    if (!(c.operand() instanceof ListNode) || operands.size() != 1) {
                        problems.add(operandSpan(c), c.written() + " takes a list of one condition");
                        yield null;
                    }
                    Boolean v = test(operands.get(0));
                    yield v == null ? null : !v;
                }
                case "Fn::And", "Fn::Or" -> andOr(c, operands);
                case "Fn::Equals" -> equals(c, operands);
                default -> {
                    problems.add(c.entry().keySpan(), Intrinsics.known(c.function())
                            ? c.written() + " is not a condition function"
                            : "unknown intrinsic function " + c.written() + ": CloudFormation rejects the template");
                    yield null;
                }
            };
        } finally {
            inCondition = outer;
        }
    }

    /**
     * {@code Fn::And} or {@code Fn::Or} of 2 to 10 conditions, decided by the first operand that
     * decides it (the rest are not evaluated, so the scenarios are not split on what cannot matter).
     * Of any other number it is invalid, and unknown.
     */
    private Boolean andOr(Intrinsics.Call c, List<Node> operands) {
        if (!(c.operand() instanceof ListNode) || operands.size() < 2 || operands.size() > 10) {
            problems.add(operandSpan(c), c.written() + " takes a list of 2 to 10 conditions");
            return null;
        }
        boolean and = c.function().equals("Fn::And");
        boolean unknown = false;
        for (Node o : operands) {
            Boolean v = test(o);
            if (v == null) {
                unknown = true;
            } else if (v != and) {
                return !and;
            }
        }
        return unknown ? null : and;
    }

    private Boolean equals(Intrinsics.Call c, List<Node> operands) {
        if (operands.size() != 2) {
            problems.add(operandSpan(c), c.written() + " takes two values");
            return null;
        }
        Node a = eval(operands.get(0));
        Node b = eval(operands.get(1));
        if (a instanceof ScalarNode sa && b instanceof ScalarNode sb && sa.scalar().isKnown() && sb.scalar().isKnown()) {
            return String.valueOf(text(sa.scalar())).equals(String.valueOf(text(sb.scalar())));
        }
        Boolean decided = scenario.equalities().get(c.node().span());
        if (decided == null) {
            MapNode.Entry named = evaluatingCondition == null ? null : template.conditions().get(evaluatingCondition);
            boolean whole = named != null && named.value() == c.node(); // the condition is this comparison: show its name
            undecided.putIfAbsent(c.node().span(), whole ? evaluatingCondition : shown(a) + " = " + shown(b));
        }
        return decided;
    }

    private static String shown(Node n) {
        return n instanceof ScalarNode s ? s.scalar().display() : brief(n);
    }

    // ---- values ------------------------------------------------------------------------------

    private ScalarNode known(Object value, Span at) {
        return ScalarNode.known(at, computed, value);
    }

    private ScalarNode unknown(String expression, String reference, Span at) {
        return new ScalarNode(Scalar.partial(new Template(List.of(new Template.Hole(expression, reference, at))), at, computed));
    }

    /** Literal text and holes as one value: a known string when nothing is unknown. */
    private ScalarNode fromParts(List<Template.Part> parts, Span at) {
        if (parts.stream().noneMatch(p -> p instanceof Template.Hole)) {
            StringBuilder b = new StringBuilder();
            parts.forEach(p -> b.append(((Template.Literal) p).text()));
            return known(b.toString(), at);
        }
        return new ScalarNode(Scalar.partial(new Template(parts), at, computed));
    }

    /** A value as parts of a string: its text, its template, or one hole for a list or mapping. */
    private static List<Template.Part> textParts(Node n) {
        if (n instanceof ScalarNode s) {
            if (s.scalar().template() != null) {
                return s.scalar().template().parts();
            }
            String t = text(s.scalar());
            return List.of(new Template.Literal(t == null ? "" : t));
        }
        return List.of(new Template.Hole(brief(n), n.span()));
    }

    /** A known scalar as CloudFormation reads it as a string: numbers as written, booleans lower-case. */
    static String text(Scalar s) {
        if (!s.isKnown() || s.value() == null) {
            return s.isKnown() ? "" : null;
        }
        return s.value() instanceof BigDecimal d ? d.toPlainString() : String.valueOf(s.value());
    }

    private static Integer integer(Scalar s) {
        String t = text(s);
        try {
            return t == null ? null : Integer.valueOf(t.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A short form of what a node says, for a hole's expression. Reads at most a few hundred
     * characters of the source: nested calls each ask for their operand's, which may be large.
     */
    static String brief(Node n) {
        Span s = n.span();
        String raw = s.file().text().substring(s.start(), Math.min(s.end(), s.start() + 240));
        String t = raw.replaceAll("\\s+", " ").strip();
        return t.length() > 60 || raw.length() < s.length() ? t.substring(0, Math.min(t.length(), 57)) + "..." : t;
    }

    /** Where a call's operand is written; the function's name when the operand is empty ({@code !Ref} alone). */
    private static Span operandSpan(Intrinsics.Call c) {
        return c.operand().span().length() > 0 ? c.operand().span() : c.entry().keySpan();
    }

    /** True for a list, or a mapping that is no function call, written where a function takes a string. */
    private static boolean isCollection(Node n) {
        return n instanceof ListNode || n instanceof MapNode && Intrinsics.call(n, false) == null;
    }
}
