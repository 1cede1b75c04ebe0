package io.ccmlint.rules.input;

import io.ccmlint.core.cloudformation.Intrinsics;
import com.google.auto.service.AutoService;
import io.ccmlint.core.edit.Literals;
import io.ccmlint.core.edit.YamlText;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.rule.Source;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.Syntax;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.ParsedFile;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CCM005: a CloudFormation value whose whole text spells an intrinsic function
 * ({@code "!Ref HarnessRole"}, {@code "Fn::GetAtt: HarnessRole.Arn"}): CloudFormation takes the
 * string literally. Only where intrinsic functions work (resource properties, outputs, conditions,
 * rules); descriptions and metadata are prose and never reported.
 */
@AutoService(Rule.class)
@RuleInfo(id = "CCM005", slug = "quoted-intrinsic", title = "Intrinsic function written as a string",
        severity = Severity.ERROR, fix = FixKind.SAFE,
        sources = {
            @Source(title = "AWS CloudFormation: Intrinsic function reference",
                    url = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html"),
            @Source(title = "AWS CloudFormation: Ref (full and short form syntax)",
                    url = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html"),
            @Source(title = "AWS CloudFormation: Template format (JSON and YAML)",
                    url = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html")})
public final class QuotedIntrinsicRule implements Rule {
    /** Keys whose values are prose or data for tools, never a place a function runs. */
    private static final Set<String> PROSE = Set.of("Description", "Metadata");
    /** The pseudo parameters a Ref may name without the template declaring them. */
    private static final int SHOWN = 80;

    @Override
    public void check(RuleContext context) {
        for (ParsedFile f : context.workspace().files()) {
            for (ParsedFile.Document d : f.documents()) {
                if (d.kind() == FileKind.CLOUDFORMATION && d.root() instanceof MapNode template) {
                    new TemplateCheck(context, template).run();
                }
            }
        }
    }

    /** One template: where functions run, and the names a Ref or GetAtt may point at. */
    private static final class TemplateCheck {
        private final RuleContext context;
        private final MapNode template;
        private final Set<String> resources;
        private final Set<String> parameters;
        /** A transform (SAM) adds resources the template does not list: a name not found may still exist. */
        private final boolean transformed;
        /** An alias repeats its anchor's node: one finding per place. */
        private final Set<Span> reported = new HashSet<>();

        TemplateCheck(RuleContext context, MapNode template) {
            this.context = context;
            this.template = template;
            this.resources = keys(template.get("Resources"));
            this.parameters = keys(template.get("Parameters"));
            this.transformed = template.has("Transform");
        }

        private static Set<String> keys(Node n) {
            Set<String> out = new HashSet<>();
            if (n instanceof MapNode m) {
                m.entries().forEach(e -> out.add(e.key()));
            }
            return out;
        }

        void run() {
            boolean flow = template.flow();
            if (template.get("Resources") instanceof MapNode rs) {
                for (MapNode.Entry r : rs.entries()) {
                    if (r.value() instanceof MapNode body) {
                        walk(body.get("Properties"), flow || rs.flow() || body.flow());
                    }
                }
            }
            if (template.get("Outputs") instanceof MapNode outs) {
                for (MapNode.Entry o : outs.entries()) {
                    if (o.value() instanceof MapNode out) {
                        walk(out.get("Value"), flow || outs.flow() || out.flow());
                        walk(out.get("Export"), flow || outs.flow() || out.flow());
                    }
                }
            }
            if (template.get("Conditions") instanceof MapNode conditions) {
                conditions.entries().forEach(c -> walk(c.value(), flow || conditions.flow()));
            }
            if (template.get("Rules") instanceof MapNode rules) {
                for (MapNode.Entry r : rules.entries()) {
                    if (r.value() instanceof MapNode rule) {
                        boolean inFlow = flow || rules.flow() || rule.flow();
                        walk(rule.get("RuleCondition"), inFlow);
                        if (rule.get("Assertions") instanceof ListNode assertions) {
                            for (Node a : assertions.items()) {
                                if (a instanceof MapNode assertion) {
                                    walk(assertion.get("Assert"), inFlow || assertions.flow() || assertion.flow());
                                }
                            }
                        }
                    }
                }
            }
        }

        /** Every string of a value where functions run; {@code inFlow} when inside a flow collection. */
        private void walk(Node n, boolean inFlow) {
            if (n instanceof ScalarNode s) {
                check(s.scalar(), inFlow);
            } else if (n instanceof ListNode l) {
                l.items().forEach(i -> walk(i, inFlow || l.flow()));
            } else if (n instanceof MapNode m) {
                for (MapNode.Entry e : m.entries()) {
                    if (!PROSE.contains(e.key())) {
                        walk(e.value(), inFlow || m.flow());
                    }
                }
            }
        }

        private void check(Scalar value, boolean inFlow) {
            if (!(value.value() instanceof String text) || !oneLineStyle(value.style())) {
                return; // a block scalar is a script or a document, not a value
            }
            Optional<IntrinsicSpelling> found = IntrinsicSpelling.of(text);
            if (found.isEmpty()) {
                return;
            }
            IntrinsicSpelling spelled = found.get();
            // "Ref: x" may be prose; it spells a Ref only when x names something a Ref can reach
            if (spelled.form() == IntrinsicSpelling.Form.LONG && spelled.function().equals("Ref") && !refers(spelled)) {
                return;
            }
            if (!reported.add(value.span())) {
                return;
            }
            String lead = shown(value.span().text()) + " is a string that spells " + spelled.function()
                    + ": CloudFormation uses the text as it is and never calls the function";
            if (value.style().syntax() == Syntax.JSON) {
                context.report(value.span(), lead + "; write the object " + IntrinsicJson.of(spelled)
                        .orElse("{\"" + spelled.function() + "\": ...}") + missing(spelled));
                return;
            }
            String tag = spelled.tag();
            if (tag == null) {
                context.report(value.span(), lead + "; write it as a mapping: " + spelled.function() + ": "
                        + shown(spelled.operand()) + missing(spelled));
                return;
            }
            String written = tag + " " + operand(spelled);
            Optional<TextEdit> edit = YamlText.replace(value, written, inFlow);
            if (edit.isEmpty()) { // the operand does not read as itself here: say how it would, fix nothing
                String quoted = quotedOperand(spelled).map(q -> tag + " " + q)
                        .filter(q -> YamlText.replace(value, q, inFlow).isPresent()).orElse(null);
                context.report(value.span(), lead + (quoted == null ? "; write the tag unquoted: " + shown(written)
                        : "; write the tag, its operand quoted: " + shown(quoted)) + missing(spelled));
                return;
            }
            Fix fix = fixable(spelled) ? Fix.safe("write " + shown(written), List.of(edit.get())) : null;
            context.report(value.span(), lead + "; write the tag unquoted: " + shown(written) + missing(spelled), fix);
        }

        /** The operand as a double-quoted YAML string, when it reads as one string (not a list, not a function). */
        private static Optional<String> quotedOperand(IntrinsicSpelling spelled) {
            Node root = IntrinsicSpelling.yaml("k: " + spelled.operand());
            return root instanceof MapNode m && m.get("k") instanceof ScalarNode s && s.scalar().value() instanceof String text
                    ? Literals.inline(ScalarStyle.YAML_DOUBLE_QUOTED, text) : Optional.empty();
        }

        private static boolean oneLineStyle(ScalarStyle style) {
            return style == ScalarStyle.YAML_PLAIN || style == ScalarStyle.YAML_SINGLE_QUOTED
                    || style == ScalarStyle.YAML_DOUBLE_QUOTED || style == ScalarStyle.JSON_STRING;
        }

        /** The operand to write after the tag: {@code !GetAZs} with none means the stack's region, written ''. */
        private static String operand(IntrinsicSpelling spelled) {
            return spelled.operand().isEmpty() && spelled.name().equals("GetAZs") ? "''" : spelled.operand();
        }

        /**
         * True when writing the function cannot turn a template that deploys into one CloudFormation
         * rejects: it has an operand, and a Ref or GetAtt names something this template defines.
         */
        private boolean fixable(IntrinsicSpelling spelled) {
            if (operand(spelled).isEmpty()) {
                return false;
            }
            return switch (spelled.name()) {
                case "Ref", "GetAtt" -> refers(spelled);
                default -> true;
            };
        }

        /** True when the Ref or GetAtt names a resource (or for Ref a parameter, a pseudo parameter) of this template. */
        private boolean refers(IntrinsicSpelling spelled) {
            String target = spelled.target();
            if (target == null) {
                return false;
            }
            return resources.contains(target) || spelled.name().equals("Ref")
                    && (parameters.contains(target) || Intrinsics.PSEUDO_PARAMETERS.contains(target));
        }

        /** A note when the Ref or GetAtt names nothing the template defines (a transform may add it). */
        private String missing(IntrinsicSpelling spelled) {
            String target = spelled.target();
            if (target == null || transformed || refers(spelled)) {
                return "";
            }
            return " (this template defines no " + (spelled.name().equals("Ref") ? "parameter or resource " : "resource ")
                    + target + ")";
        }

        private static String shown(String text) {
            return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 3) + "...";
        }
    }
}
