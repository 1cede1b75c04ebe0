package io.ccmlint.core.helm.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.ccmlint.core.helm.template.GoFmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of Helm's schema errors: Helm v4 validates with santhosh-tekuri/jsonschema v6, whose
 * error is a tree ("- at '/image': validation failed" over its causes, "'anyOf' failed" over one
 * cause per branch) with its own messages ("got string, want integer", "minimum: got 0, want 1",
 * numbers printed the English way: "1,000", "1×10⁰⁶"). We validate with networknt, which reports
 * flat errors with their evaluation paths; this rebuilds santhosh's tree from those paths, in its
 * order of keywords at each place (a type, const, enum or format error alone, as it stops there).
 * Properties come in the values' order (santhosh walks a Go map: Helm's own order varies).
 */
final class SchemaMessages {
    /**
     * One error of the tree; {@code skip}: a $ref with one cause, shown as that cause (santhosh's skip());
     * {@code group}: the errors of one place ("validation failed").
     */
    private record Out(String at, String message, List<Out> causes, boolean skip, boolean group) {
        static Out of(List<String> inst, String message) {
            return new Out(pointer(inst), message, List.of(), false, false);
        }
    }

    private record Leaf(Error error, List<String> eval, List<String> inst) {
        String keyword(int d) {
            return eval.get(d);
        }
    }

    /** An error of one place with its rank in santhosh's order of keywords there. */
    private record Ranked(int rank, int index, Out out) {
    }

    private static final List<String> EXCLUSIVE = List.of("false", "type", "const", "enum", "format");
    private static final List<String> ORDER = List.of("minProperties", "maxProperties", "required", "dependencies",
            "#properties", "additionalProperties", "propertyNames", "dependentSchemas", "dependentRequired",
            "minItems", "maxItems", "uniqueItems", "#items", "additionalItems", "contains", "minContains", "maxContains",
            "minLength", "maxLength", "pattern", "contentEncoding", "contentMediaType", "contentSchema",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
            "not", "allOf", "anyOf", "oneOf", "#then", "unevaluatedProperties", "unevaluatedItems");

    private final JsonNode root;
    private final boolean before2019;

    private SchemaMessages(JsonNode root, boolean before2019) {
        this.root = root;
        this.before2019 = before2019;
    }

    /** The "- at ..." lines Helm prints under the chart's name for these errors of {@code instance}. */
    static String render(List<Error> errors, JsonNode instance, boolean before2019) {
        List<Leaf> leaves = new ArrayList<>();
        for (Error e : errors) {
            leaves.add(new Leaf(e, tokens(e.getEvaluationPath()), tokens(e.getInstanceLocation())));
        }
        List<Out> top = new SchemaMessages(instance, before2019).place(leaves, 0, List.of());
        if (top.size() == 1 && top.get(0).group) { // Schema.validate: the root's one error, a group, gives its causes
            top = top.get(0).causes;
        }
        StringBuilder b = new StringBuilder();
        for (Out o : top) {
            display(o, 1, b);
        }
        return b.toString().replaceFirst("^\n", "");
    }

    private static List<String> tokens(com.networknt.schema.path.NodePath p) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < p.getNameCount(); i++) {
            t.add(String.valueOf(p.getElement(i)));
        }
        return t;
    }

    private static void display(Out o, int indent, StringBuilder b) {
        int next = indent;
        if (!o.skip) {
            b.append('\n').append("  ".repeat(indent - 1)).append("- at ").append(quote(o.at)).append(": ").append(o.message);
            next++;
        }
        for (Out c : o.causes) {
            display(c, next, b);
        }
    }

    /** The errors santhosh's validator collects for one schema at one place ({@code d}: depth in the evaluation path). */
    private List<Out> place(List<Leaf> leaves, int d, List<String> inst) {
        Map<String, Leaf> exclusive = new LinkedHashMap<>();
        List<Ranked> out = new ArrayList<>();
        Map<String, List<Leaf>> groups = new LinkedHashMap<>();
        for (Leaf l : leaves) {
            if (l.eval.size() <= d) {
                continue;
            }
            String k = l.keyword(d);
            if (l.eval.size() == d + 1 && EXCLUSIVE.contains(k)) {
                exclusive.putIfAbsent(k, l);
                continue;
            }
            groups.computeIfAbsent(groupKey(l, d, inst), x -> new ArrayList<>()).add(l);
        }
        for (String k : EXCLUSIVE) {
            if (exclusive.containsKey(k)) {
                return List.of(Out.of(inst, leafMessage(k, List.of(exclusive.get(k)))));
            }
        }
        for (Map.Entry<String, List<Leaf>> g : groups.entrySet()) {
            Leaf first = g.getValue().get(0);
            String k = first.keyword(d);
            if (k.startsWith("$") && k.endsWith("ef") && first.eval.size() > d + 1) { // $ref, $dynamicRef, $recursiveRef
                List<Out> sub = place(g.getValue(), d + 1, inst);
                Out ref = new Out(pointer(inst), "validation failed", sub, sub.size() == 1, false);
                if (before2019) {
                    return List.of(ref);
                }
                out.add(new Ranked(-1, 0, ref));
            } else if (first.eval.size() == d + 1 && k.equals("propertyNames")) {
                for (Leaf l : g.getValue()) {
                    out.add(new Ranked(rank(k), indexIn(inst, l.error.getProperty()), propertyName(l.error)));
                }
            } else if (first.eval.size() == d + 1) {
                out.add(new Ranked(rank(k), 0, Out.of(inst, leafMessage(k, g.getValue()))));
            } else {
                child(g.getValue(), d, inst, k, out);
            }
        }
        applicators(out, inst);
        out.sort(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::index));
        return out.stream().map(Ranked::out).toList();
    }

    /** Leaves of one error of this place: one keyword, or one child (property, item, branch). */
    private static String groupKey(Leaf l, int d, List<String> inst) {
        String k = l.keyword(d);
        if (l.eval.size() == d + 1) {
            return k;
        }
        switch (k) {
            case "anyOf":
            case "oneOf":
            case "allOf":
            case "dependentSchemas":
            case "dependencies":
                return k + "/" + l.keyword(d + 1); // one branch, wherever its errors are
            case "then":
            case "else":
                return k;
            case "properties":
            case "patternProperties":
            case "prefixItems":
                return k + "/" + l.keyword(d + 1) + childOf(l, inst);
            default:
                return k.startsWith("$") ? k : k + childOf(l, inst);
        }
    }

    private static String childOf(Leaf l, List<String> inst) {
        return l.inst.size() > inst.size() ? "@" + l.inst.get(inst.size()) : "";
    }

    private void child(List<Leaf> leaves, int d, List<String> inst, String k, List<Ranked> out) {
        Leaf first = leaves.get(0);
        switch (k) {
            case "anyOf":
            case "oneOf":
            case "allOf": {
                int branch = Integer.parseInt(first.keyword(d + 1));
                out.add(new Ranked(rank(k) * 1000 + 1, branch, wrap(place(leaves, d + 2, inst), inst)));
                return;
            }
            case "then":
            case "else":
                out.add(new Ranked(rank("#then"), 0, wrap(place(leaves, d + 1, inst), inst)));
                return;
            case "dependentSchemas":
            case "dependencies":
                out.add(new Ranked(rank(k), 0, wrap(place(leaves, d + 2, inst), inst)));
                return;
            default:
                break;
        }
        if (first.inst.size() <= inst.size()) { // a keyword we do not know at this place: its errors as they are
            out.add(new Ranked(rank(k), 0, wrap(place(leaves, d + 1, inst), inst)));
            return;
        }
        List<String> childInst = new ArrayList<>(inst);
        childInst.add(first.inst.get(inst.size()));
        boolean named = k.equals("properties") || k.equals("patternProperties") || k.equals("prefixItems")
                || (k.equals("items") && first.eval.size() > d + 2 && first.keyword(d + 1).matches("\\d+"));
        Out o = wrap(place(leaves, named ? d + 2 : d + 1, childInst), childInst);
        boolean property = List.of("properties", "patternProperties", "additionalProperties", "unevaluatedProperties").contains(k);
        int index = indexIn(inst, childInst.get(childInst.size() - 1)) * 4
                + List.of("properties", "patternProperties", "additionalProperties").indexOf(k) + 1;
        out.add(new Ranked(rank(property ? "#properties" : "#items"), index, o));
    }

    /** anyOf, oneOf and allOf: their failing branches become the causes of one error. */
    private static void applicators(List<Ranked> out, List<String> inst) {
        for (String k : List.of("allOf", "anyOf", "oneOf")) {
            List<Ranked> branches = out.stream().filter(r -> r.rank == rank(k) * 1000 + 1).toList();
            Ranked header = out.stream().filter(r -> r.rank == rank(k)).findFirst().orElse(null);
            out.removeAll(branches);
            if (header != null && header.out.message.startsWith("'oneOf' failed, subschemas")) {
                continue; // two branches matched: the error has no causes
            }
            out.remove(header);
            if (branches.isEmpty()) {
                continue;
            }
            List<Out> causes = branches.stream().sorted(Comparator.comparingInt(Ranked::index)).map(Ranked::out).toList();
            String message = k.equals("oneOf") ? "'oneOf' failed, none matched" : "'" + k + "' failed";
            out.add(new Ranked(rank(k), 0, new Out(pointer(inst), message, causes, false, false)));
        }
    }

    private static Out wrap(List<Out> errors, List<String> inst) {
        if (errors.size() == 1) {
            return errors.get(0);
        }
        return new Out(pointer(inst), "validation failed", errors, false, true);
    }

    private static int rank(String keyword) {
        int i = ORDER.indexOf(keyword);
        return i < 0 ? ORDER.size() : i;
    }

    private int indexIn(List<String> inst, String key) {
        JsonNode n = root.at(pointer(inst));
        if (n.isObject()) {
            int i = 0;
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); i++) {
                if (it.next().equals(key)) {
                    return i;
                }
            }
        }
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE / 8;
        }
    }

    /**
     * propertyNames: santhosh validates the name on its own, so the error and its causes are at ''
     * (the name's own root); the causes come from validating the name against that schema again.
     */
    private Out propertyName(Error e) {
        List<Out> causes = List.of();
        try {
            com.networknt.schema.Schema s = com.networknt.schema.SchemaRegistry
                    .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                    .getSchema(e.getSchemaNode());
            JsonNode name = com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getProperty());
            List<Leaf> leaves = new ArrayList<>();
            for (Error x : s.validate(name)) {
                leaves.add(new Leaf(x, tokens(x.getEvaluationPath()), tokens(x.getInstanceLocation())));
            }
            causes = new SchemaMessages(name, before2019).place(leaves, 0, List.of());
        } catch (RuntimeException x) {
            // a schema that needs its document ($ref): the error alone
        }
        return new Out("", "invalid propertyName " + quote(e.getProperty()), causes, false, false);
    }

    /** kind/*.go's LocalizedString for the errors of one keyword at one place. */
    private static String leafMessage(String k, List<Leaf> leaves) {
        Error e = leaves.get(0).error;
        JsonNode v = e.getInstanceNode();
        JsonNode s = e.getSchemaNode();
        switch (k) {
            case "false":
                return "false schema";
            case "type":
                return "got " + jsonType(v) + ", want " + String.join(" or ", wantTypes(s));
            case "const":
                return s.isContainerNode() ? "'const' failed" : "value must be " + display(s);
            case "enum": {
                List<String> want = new ArrayList<>();
                for (JsonNode x : s) {
                    if (x.isContainerNode()) {
                        return "'enum' failed";
                    }
                    want.add(display(x));
                }
                return want.size() == 1 ? "value must be " + want.get(0) : "value must be one of " + String.join(", ", want);
            }
            case "format":
                return display(v) + " is not valid " + s.asText() + ": " + plain(e);
            case "required": {
                List<String> missing = new ArrayList<>();
                for (JsonNode p : s) {
                    if (!v.has(p.asText()) && !missing.contains(p.asText())) {
                        missing.add(p.asText());
                    }
                }
                return missing.size() == 1 ? "missing property " + quote(missing.get(0))
                        : "missing properties " + joinQuoted(missing);
            }
            case "additionalProperties":
            case "unevaluatedProperties": {
                List<String> props = new ArrayList<>();
                leaves.forEach(l -> props.add(l.error.getProperty()));
                return "additional properties " + joinQuoted(props) + " not allowed";
            }
            case "dependentRequired":
            case "dependencies": {
                List<String> missing = new ArrayList<>();
                leaves.forEach(l -> missing.add(String.valueOf(l.error.getArguments()[0])));
                return "properties " + joinQuoted(missing) + " required, if " + quote(e.getProperty()) + " exists";
            }
            case "propertyNames":
                return "invalid propertyName " + quote(e.getProperty());
            case "minProperties":
            case "maxProperties":
            case "minItems":
            case "maxItems":
                return k + ": got " + integer(v.size()) + ", want " + integer(s.asLong());
            case "minLength":
            case "maxLength":
                return k + ": got " + integer(v.asText().codePointCount(0, v.asText().length())) + ", want " + integer(s.asLong());
            case "pattern":
                return quote(v.asText()) + " does not match pattern " + quote(s.asText());
            case "uniqueItems":
                return duplicates(v);
            case "minimum":
            case "maximum":
            case "exclusiveMinimum":
            case "exclusiveMaximum":
            case "multipleOf":
                return k + ": got " + number(v.asDouble()) + ", want " + number(s.asDouble());
            case "not":
                return "'not' failed";
            case "oneOf": {
                Object[] args = e.getArguments();
                if (args != null && args.length >= 2 && !"0".equals(String.valueOf(args[0]))) {
                    String[] matched = String.valueOf(args[1]).split(",\\s*"); // networknt: "0, 1"
                    if (matched.length >= 2) {
                        return "'oneOf' failed, subschemas " + matched[0] + ", " + matched[1] + " matched";
                    }
                }
                return "'oneOf' failed, none matched";
            }
            case "contains":
                return "no items match contains schema";
            default:
                return plain(e);
        }
    }

    private static String plain(Error e) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        return m.startsWith("$") && colon > 0 ? m.substring(colon + 2) : m;
    }

    private static String duplicates(JsonNode arr) {
        for (int i = 1; i < arr.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (jsonEquals(arr.get(i), arr.get(j))) {
                    return "items at " + integer(j) + " and " + integer(i) + " are equal";
                }
            }
        }
        return "uniqueItems failed";
    }

    private static boolean jsonEquals(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** santhosh's typeOf: every number is a "number". */
    private static String jsonType(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isBoolean()) {
            return "boolean";
        }
        if (v.isNumber()) {
            return "number";
        }
        if (v.isTextual()) {
            return "string";
        }
        return v.isArray() ? "array" : "object";
    }

    /** Types.ToStrings: the wanted types in santhosh's fixed order, not the schema's. */
    private static List<String> wantTypes(JsonNode s) {
        List<String> named = new ArrayList<>();
        if (s.isArray()) {
            s.forEach(x -> named.add(x.asText()));
        } else {
            named.add(s.asText());
        }
        List<String> out = new ArrayList<>();
        for (String t : List.of("null", "boolean", "number", "integer", "string", "array", "object")) {
            if (named.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** display: a string quoted, a container "value", anything else as fmt's %v (numbers as written). */
    private static String display(JsonNode v) {
        if (v.isTextual()) {
            return quote(v.asText());
        }
        if (v.isContainerNode()) {
            return "value";
        }
        return v.isNull() ? "<nil>" : v.toString();
    }

    /** quote: Go's %q, then {@code \"} back to {@code "} and {@code '} escaped, in single quotes. */
    static String quote(String s) {
        String q = GoFmt.sprintf("%q", List.of(s));
        q = q.replace("\\\"", "\"").replace("'", "\\'");
        return "'" + q.substring(1, q.length() - 1) + "'";
    }

    private static String joinQuoted(List<String> items) {
        List<String> q = new ArrayList<>();
        items.forEach(x -> q.add(quote(x)));
        return String.join(", ", q);
    }

    /** The JSON pointer of a place, its tokens escaped. */
    private static String pointer(List<String> inst) {
        StringBuilder b = new StringBuilder();
        for (String t : inst) {
            b.append('/').append(t.replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }

    /** golang.org/x/text's English %d: thousands grouped with commas. */
    static String integer(long n) {
        return grouped(Long.toString(n));
    }

    /**
     * golang.org/x/text's English %v of a float64: Go's %v decides between decimal and exponent form,
     * a decimal has its thousands grouped ("12,345.5"), an exponent is written "1.5×10⁰⁶".
     */
    static String number(double d) {
        String go = GoFmt.sprint(List.of(d));
        int e = go.indexOf('e');
        if (e < 0) {
            int dot = go.indexOf('.');
            return dot < 0 ? grouped(go) : grouped(go.substring(0, dot)) + go.substring(dot);
        }
        StringBuilder b = new StringBuilder(go.substring(0, e)).append("×10");
        for (char c : go.substring(e + 1).toCharArray()) {
            if (c == '-') {
                b.append('⁻');
            } else if (c != '+') {
                b.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
            }
        }
        return b.toString();
    }

    private static String grouped(String digits) {
        boolean neg = digits.startsWith("-");
        String s = neg ? digits.substring(1) : digits;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(s.charAt(i));
        }
        return (neg ? "-" : "") + b;
    }
}
