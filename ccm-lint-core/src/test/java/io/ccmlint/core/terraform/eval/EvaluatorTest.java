package io.ccmlint.core.terraform.eval;

import static io.ccmlint.core.terraform.eval.EvalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.value.ScalarStyle;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class EvaluatorTest {

    // ------------------------------------------------------------ literals

    @Test
    void literals() {
        assertThat(str(eval("\"hello\""))).isEqualTo("hello");
        assertThat(num(eval("1.5e3"))).isEqualByComparingTo("1500");
        assertThat(bool(eval("true"))).isTrue();
        assertThat(eval("null")).isInstanceOf(Value.Null.class);
        assertThat(str(eval("\"a\\nb \\u00e9 $${x}\""))).isEqualTo("a\nb é ${x}");
    }

    @Test
    void aStringKnowsWhetherItsSpanIsItsOwnLiteral() {
        assertThat(style(eval("\"a$${b} \\\"c\\\"\""))).isEqualTo(ScalarStyle.HCL_STRING);
        assertThat(style(eval("\"\""))).isEqualTo(ScalarStyle.HCL_STRING);
        assertThat(style(eval("<<EOF\n%%{x}\nEOF"))).isEqualTo(ScalarStyle.HCL_HEREDOC);
        assertThat(style(eval("locals {\n  a = \"x\"\n}\n", "local.a"))).isEqualTo(ScalarStyle.HCL_STRING);
        assertThat(style(eval("locals {\n  a = \"x\"\n}\n", "\"${local.a}-y\""))).isEqualTo(ScalarStyle.HCL_EXPRESSION);
        assertThat(style(eval("\"%{ if true }a%{ endif }\""))).isEqualTo(ScalarStyle.HCL_EXPRESSION);
        assertThat(style(eval("upper(\"a\")"))).isEqualTo(ScalarStyle.HCL_EXPRESSION);
        assertThat(style(eval("true ? \"a\" : \"b\""))).isEqualTo(ScalarStyle.HCL_STRING);
    }

    private static ScalarStyle style(Value v) {
        assertThat(v).isInstanceOf(Value.Str.class);
        return ((Value.Str) v).style();
    }

    @Test
    void numbersInTemplatesPrintLikeTerraform() {
        assertThat(str(eval("\"${1.50}-${10}-${1e3}-${true}\""))).isEqualTo("1.5-10-1000-true");
    }

    @Test
    void aTemplateOfOneInterpolationIsTheValueItself() {
        assertThat(items(eval("\"${[1, 2]}\""))).hasSize(2);
        assertThat(num(eval("\"${2}\""))).isEqualByComparingTo("2");
    }

    @Test
    void interpolatingACollectionOrNullIsUnknown() {
        assertThat(unknown(eval("\"a${[1]}\"")).expression()).isEqualTo("\"a${[1]}\"");
        unknown(eval("\"a${null}\""));
    }

    // ------------------------------------------------------------ locals and variables

    @Test
    void localsChainAcrossFiles() {
        TerraformModule m = module("""
                locals {
                  a = "${local.b}-a"
                }
                """, """
                locals {
                  b = upper(local.c)
                  c = "c"
                }
                """);
        assertThat(m.evaluator().local("a")).hasValueSatisfying(v -> assertThat(str(v)).isEqualTo("C-a"));
        assertThat(m.locals()).containsOnlyKeys("a", "b", "c");
        assertThat(m.files()).hasSize(2);
    }

    @Test
    void aValueReadThroughALocalHasTheSpanWhereItIsWritten() {
        String main = """
                locals {
                  account = "123456789012"
                  obj = { name = "n" }
                }
                """;
        Value v = eval(main, "local.account");
        assertThat(v.span().file().displayPath()).isEqualTo("main.tf");
        assertThat(v.span().text()).isEqualTo("\"123456789012\"");
        assertThat(v.span().startLine()).isEqualTo(2);
        Value name = eval(main, "local.obj.name");
        assertThat(name.span().text()).isEqualTo("\"n\"");
        // a value computed in the expression has the expression's span
        Value t = eval(main, "\"x${local.account}\"");
        assertThat(t.span().file().displayPath()).isEqualTo("expr.tf");
        assertThat(t.span().text()).isEqualTo("\"x${local.account}\"");
    }

    @Test
    void localCyclesAreUnknownNotStackOverflows() {
        String main = """
                locals {
                  a = local.b
                  b = local.a
                  self = [local.self]
                  uses = "${local.a}!"
                  fine = "ok"
                  x = local.y
                  y = local.z
                  z = local.x
                  after = local.x
                }
                """;
        unknown(eval(main, "local.a"));
        unknown(eval(main, "local.b"));
        unknown(eval(main, "local.self"));
        assertThat(eval(main, "local.uses")).isNotInstanceOf(Value.Str.class);
        assertThat(str(eval(main, "local.fine"))).isEqualTo("ok");
        unknown(eval(main, "local.after"));
        assertThat(unknown(eval(main, "local.z")).expression()).isEqualTo("local.x");
    }

    @Test
    void aLongChainOfLocalsIsEvaluatedWithoutDeepRecursion() {
        StringBuilder b = new StringBuilder("locals {\n");
        int n = 3000;
        for (int i = 0; i < n; i++) {
            b.append("  l").append(i).append(" = local.l").append(i + 1).append("\n");
        }
        b.append("  l").append(n).append(" = \"end\"\n}\n");
        assertThat(str(eval(b.toString(), "local.l0"))).isEqualTo("end");
    }

    @Test
    void undeclaredLocalIsUnknownWithReference() {
        Value.Unknown u = unknown(eval("local.nope.arn"));
        assertThat(u.reference()).isEqualTo("local.nope.arn");
        assertThat(u.expression()).isEqualTo("local.nope.arn");
    }

    @Test
    void variablesUseTheirDefault() {
        String main = """
                variable "region" {
                  default = "eu-west-1"
                }
                variable "accounts" {
                  type    = set(string)
                  default = ["b", "a", "b", 3]
                }
                variable "count" {
                  type    = string
                  default = 42
                }
                variable "tags" {
                  type = map(string)
                  default = { team = "ccm", n = 1 }
                }
                variable "nodefault" {
                  type = string
                }
                variable "nullable" {
                  default = null
                }
                """;
        assertThat(str(eval(main, "var.region"))).isEqualTo("eu-west-1");
        assertThat(strings(eval(main, "var.accounts"))).containsExactly("3", "a", "b");
        assertThat(str(eval(main, "var.count"))).isEqualTo("42");
        assertThat(str(eval(main, "var.tags.n"))).isEqualTo("1");
        Value.Unknown u = unknown(eval(main, "var.nodefault"));
        assertThat(u.reference()).isEqualTo("var.nodefault");
        assertThat(unknown(eval(main, "var.undeclared")).reference()).isEqualTo("var.undeclared");
        assertThat(eval(main, "var.nullable")).isInstanceOf(Value.Null.class);
        assertThat(TerraformModule.of(parse("main.tf", main)).evaluator().variableDefault("nodefault")).isEmpty();
    }

    @Test
    void aDefaultThatDoesNotMatchItsTypeIsUnknown() {
        unknown(eval("""
                variable "n" {
                  type    = number
                  default = "abc"
                }
                """, "var.n"));
    }

    // ------------------------------------------------------------ each and for_each

    @Test
    void forEachOverAMapGivesSortedKeysAndValues() {
        HclFile f = parse("main.tf", """
                locals {
                  roles = {
                    prod = { arn = "arn:aws:iam::2:role/r" }
                    dev  = { arn = "arn:aws:iam::1:role/r" }
                  }
                }
                resource "x" "y" {
                  for_each = local.roles
                  role_arn = each.value.arn
                  name     = "role-${each.key}"
                }
                """);
        Evaluator ev = TerraformModule.of(f).evaluator();
        List<EachContext> inst = ev.forEach(attribute(f, "resource", "for_each")).orElseThrow();
        assertThat(inst).extracting(i -> str(i.key())).containsExactly("dev", "prod");
        assertThat(inst.get(0).key().span().text()).isEqualTo("dev");
        assertThat(str(ev.eval(attribute(f, "resource", "role_arn"), inst.get(0)))).isEqualTo("arn:aws:iam::1:role/r");
        assertThat(str(ev.eval(attribute(f, "resource", "name"), inst.get(1)))).isEqualTo("role-prod");
    }

    @Test
    void forEachOverAListOfStringsDedupesAndSorts() {
        HclFile f = parse("main.tf", "x = [\"b\", \"a\", \"b\"]\nempty = toset([])\n");
        Evaluator ev = TerraformModule.of(f).evaluator();
        assertThat(ev.forEach(f.body().attribute("x").orElseThrow().value()).orElseThrow())
                .extracting(i -> str(i.key())).containsExactly("a", "b");
        assertThat(ev.forEach(f.body().attribute("empty").orElseThrow().value())).contains(List.of());
    }

    @Test
    void forEachIsEmptyWhenNotKnown() {
        HclFile f = parse("main.tf", """
                a = toset(data.aws_organizations_organization.o.accounts[*].id)
                b = toset(["x", aws_iam_role.r.name])
                c = "not a collection"
                d = [1, 2]
                """);
        Evaluator ev = TerraformModule.of(f).evaluator();
        for (String name : List.of("a", "b", "c", "d")) {
            assertThat(ev.forEach(f.body().attribute(name).orElseThrow().value())).as(name).isEmpty();
        }
    }

    @Test
    void eachWithoutContextIsUnknown() {
        assertThat(unknown(eval("each.value.arn")).reference()).isEqualTo("each.value.arn");
        io.ccmlint.core.source.Span sp = parse("e.tf", "a = 1").span();
        EachContext each = new EachContext(new Value.Str("k", sp), new Value.Str("v", sp));
        assertThat(str(eval("", "\"${each.key}=${each.value}\"", each))).isEqualTo("k=v");
    }

    // ------------------------------------------------------------ references

    @Test
    void resourceDataAndModuleReferencesAreUnknownWithTheirTraversal() {
        assertThat(unknown(eval("aws_iam_role.connector.arn")).reference()).isEqualTo("aws_iam_role.connector.arn");
        assertThat(unknown(eval("aws_iam_role.r[\"a\"].arn")).reference()).isEqualTo("aws_iam_role.r[\"a\"].arn");
        assertThat(unknown(eval("aws_iam_role.r[0].arn")).reference()).isEqualTo("aws_iam_role.r[0].arn");
        assertThat(unknown(eval("aws_iam_role.r.0.arn")).reference()).isEqualTo("aws_iam_role.r.0.arn");
        assertThat(unknown(eval("data.aws_iam_policy_document.p.json")).reference())
                .isEqualTo("data.aws_iam_policy_document.p.json");
        assertThat(unknown(eval("module.m.out")).reference()).isEqualTo("module.m.out");
        assertThat(unknown(eval("count.index")).reference()).isEqualTo("count.index");
        assertThat(unknown(eval("path.module")).reference()).isEqualTo("path.module");
        assertThat(unknown(eval("terraform.workspace")).reference()).isEqualTo("terraform.workspace");
        Value.Unknown splat = unknown(eval("aws_iam_role.r[*].arn"));
        assertThat(splat.reference()).isEqualTo("aws_iam_role.r[*].arn");
        assertThat(splat.span().text()).isEqualTo("aws_iam_role.r[*].arn");
    }

    @Test
    void aKnownIndexKeyIsWrittenIntoTheReference() {
        EachContext each = new EachContext(new Value.Str("prod", parse("e.tf", "a=1").span()),
                new Value.Str("prod", parse("e.tf", "a=1").span()));
        Value.Unknown u = unknown(eval("", "aws_iam_role.r[each.key].arn", each));
        assertThat(u.reference()).isEqualTo("aws_iam_role.r[\"prod\"].arn");
        assertThat(u.expression()).isEqualTo("aws_iam_role.r[each.key].arn");
        assertThat(unknown(eval("aws_iam_role.r[var.k].arn")).reference()).isEqualTo("aws_iam_role.r[var.k].arn");
    }

    @Test
    void aReferenceStoredInALocalIsFollowed() {
        String main = """
                locals {
                  role = aws_iam_role.connector
                }
                """;
        Value.Unknown u = unknown(eval(main, "local.role.arn"));
        assertThat(u.reference()).isEqualTo("aws_iam_role.connector.arn");
        assertThat(u.expression()).isEqualTo("local.role.arn");
        assertThat(u.span().file().displayPath()).isEqualTo("expr.tf");
    }

    // ------------------------------------------------------------ access

    @Test
    void attributeAndIndexAccessOnKnownValues() {
        String main = """
                locals {
                  o = {
                    list = ["a", "b", "c"]
                    "with-dash" = { deep = { deeper = 42 } }
                  }
                }
                """;
        assertThat(str(eval(main, "local.o.list[1]"))).isEqualTo("b");
        assertThat(str(eval(main, "local.o.list.2"))).isEqualTo("c");
        assertThat(str(eval(main, "local.o.list[\"0\"]"))).isEqualTo("a");
        assertThat(num(eval(main, "local.o[\"with-dash\"].deep.deeper"))).isEqualByComparingTo("42");
        unknown(eval(main, "local.o.list[3]"));
        unknown(eval(main, "local.o.list[-1]"));
        unknown(eval(main, "local.o.missing"));
        unknown(eval(main, "local.o.list.attr"));
        Value.Unknown u = unknown(eval(main, "local.o.list[var.i]"));
        assertThat(u.expression()).isEqualTo("local.o.list[var.i]");
    }

    @Test
    void nestedObjectsKeepKeysValuesAndKeySpans() {
        Value.Obj o = obj(eval("{ a = 1, \"b\" = { c = [true] }, (\"d\") = null }"));
        assertThat(o.entries()).containsOnlyKeys("a", "b", "d");
        assertThat(o.keySpans().get("b").text()).isEqualTo("\"b\"");
        assertThat(bool(items(obj(o.entries().get("b")).entries().get("c")).get(0))).isTrue();
        assertThat(o.entries().get("d")).isInstanceOf(Value.Null.class);
        unknown(eval("{ (var.k) = 1 }"));
    }

    @Test
    void splats() {
        String main = """
                locals {
                  rs = [{ arn = "a", t = { n = 1 } }, { arn = "b", t = { n = 2 } }]
                  one = { arn = "x" }
                  none = null
                }
                """;
        assertThat(strings(eval(main, "local.rs[*].arn"))).containsExactly("a", "b");
        assertThat(strings(eval(main, "local.rs.*.arn"))).containsExactly("a", "b");
        assertThat(items(eval(main, "local.rs[*].t.n"))).extracting(v -> num(v).intValue()).containsExactly(1, 2);
        assertThat(strings(eval(main, "local.one[*].arn"))).containsExactly("x");
        assertThat(items(eval(main, "local.none[*].arn"))).isEmpty();
        assertThat(items(eval(main, "local.rs[*]"))).hasSize(2);
    }

    // ------------------------------------------------------------ for expressions

    @Test
    void tupleForWithCondition() {
        assertThat(strings(eval("[for s in [\"a\", \"bb\", \"c\"] : upper(s) if s != \"bb\"]")))
                .containsExactly("A", "C");
        assertThat(items(eval("[for i, s in [\"a\", \"b\"] : i]"))).extracting(v -> num(v).intValue())
                .containsExactly(0, 1);
    }

    @Test
    void objectForAndGrouping() {
        Value.Obj o = obj(eval("{for s in [\"x\", \"y\"] : s => \"${s}!\"}"));
        assertThat(o.entries()).containsOnlyKeys("x", "y");
        assertThat(str(o.entries().get("y"))).isEqualTo("y!");
        unknown(eval("{for s in [\"ab\", \"ac\"] : substr(s, 0, 1) => s...}")); // unsupported function as key
        Value grouped = eval("{for p in [[\"a\", 1], [\"a\", 2], [\"b\", 3]] : p[0] => p[1]...}");
        assertThat(obj(grouped).entries()).containsOnlyKeys("a", "b");
        assertThat(items(obj(grouped).entries().get("a"))).extracting(v -> num(v).intValue()).containsExactly(1, 2);
        unknown(eval("{for p in [\"a\", \"a\"] : p => p}")); // duplicate key without '...'
    }

    @Test
    void forOverAnObjectIteratesKeysInLexicalOrderAndOverASetKeyIsTheValue() {
        assertThat(strings(eval("[for k, v in { b = 1, a = 2, B = 3 } : \"${k}${v}\"]")))
                .containsExactly("B3", "a2", "b1");
        assertThat(strings(eval("[for k, v in toset([\"z\", \"y\"]) : \"${k}=${v}\"]")))
                .containsExactly("y=y", "z=z");
    }

    @Test
    void forOverUnknownIsUnknown() {
        assertThat(unknown(eval("[for r in aws_iam_role.all : r.arn]")).expression())
                .isEqualTo("[for r in aws_iam_role.all : r.arn]");
        unknown(eval("[for s in [\"a\"] : s if var.flag]"));
        assertThat(render(eval("[for s in [\"a\"] : \"${s}${var.x}\"]"))).isEqualTo("[partial:a${var.x}]");
    }

    // ------------------------------------------------------------ conditionals and operators

    @Test
    void conditionals() {
        assertThat(str(eval("true ? \"yes\" : \"no\""))).isEqualTo("yes");
        assertThat(str(eval("1 > 2 ? \"yes\" : \"no\""))).isEqualTo("no");
        assertThat(str(eval("\"true\" ? \"yes\" : \"no\""))).isEqualTo("yes");
        Value.Unknown u = unknown(eval("var.enabled ? \"yes\" : \"no\""));
        assertThat(u.expression()).isEqualTo("var.enabled ? \"yes\" : \"no\"");
        // the other branch is a string, so Terraform converts the chosen number
        assertThat(str(eval("true ? 1 : \"x\""))).isEqualTo("1");
        assertThat(num(eval("false ? aws_x.y.z : 2"))).isEqualByComparingTo("2");
    }

    @Test
    void arithmeticAndPrecedence() {
        assertThat(num(eval("1 + 2 * 3"))).isEqualByComparingTo("7");
        assertThat(num(eval("(1 + 2) * 3"))).isEqualByComparingTo("9");
        assertThat(num(eval("10 - 4 - 3"))).isEqualByComparingTo("3");
        assertThat(num(eval("10 / 4"))).isEqualByComparingTo("2.5");
        assertThat(num(eval("7 % 3"))).isEqualByComparingTo("1");
        assertThat(num(eval("-2 * -3"))).isEqualByComparingTo("6");
        assertThat(num(eval("\"2\" + 3"))).isEqualByComparingTo("5");
        assertThat(num(eval("0.1 + 0.2"))).isEqualByComparingTo("0.3");
        unknown(eval("1 / 3")); // Terraform rounds to 512 bits: no exact decimal
        unknown(eval("1 / 0"));
        unknown(eval("-7 % 3"));
        unknown(eval("\"a\" + 1"));
        unknown(eval("1 + var.n"));
    }

    @Test
    void comparisonsEqualityAndLogic() {
        assertThat(bool(eval("1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 4 == false"))).isTrue();
        assertThat(bool(eval("\"a\" == \"a\""))).isTrue();
        assertThat(bool(eval("1 == \"1\""))).isFalse();
        assertThat(bool(eval("1 == 1.0"))).isTrue();
        assertThat(bool(eval("null == null"))).isTrue();
        assertThat(bool(eval("\"a\" != null"))).isTrue();
        assertThat(bool(eval("!true || false && true"))).isFalse();
        assertThat(bool(eval("true || false && false"))).isTrue(); // && binds tighter
        assertThat(bool(eval("false && var.x"))).isFalse();
        assertThat(bool(eval("true || var.x"))).isTrue();
        unknown(eval("var.x && true"));
        unknown(eval("aws_x.y.z == \"a\""));
        unknown(eval("[1] == [1]")); // tuple or list: the model doesn't say
        assertThat(bool(eval("!false"))).isTrue();
        assertThat(num(eval("-(1 + 2)"))).isEqualByComparingTo("-3");
    }

    // ------------------------------------------------------------ templates and heredocs

    @Test
    void templateDirectivesWithKnownConditionAndCollection() {
        assertThat(str(eval("\"%{ if true }yes%{ else }no%{ endif }\""))).isEqualTo("yes");
        assertThat(str(eval("\"%{ if 1 > 2 }yes%{ else }no%{ endif }\""))).isEqualTo("no");
        assertThat(str(eval("\"%{ for s in [\"a\", \"b\"] }[${s}]%{ endfor }\""))).isEqualTo("[a][b]");
        assertThat(str(eval("\"%{ for k, v in { b = 2, a = 1 } }${k}=${v};%{ endfor }\""))).isEqualTo("a=1;b=2;");
    }

    @Test
    void templateDirectivesWithUnknownConditionAreOneHole() {
        Value.Partial p = partial(eval("\"pre-%{ if var.x }yes%{ endif }-post\""));
        assertThat(p.parts()).hasSize(3);
        assertThat(str(p.parts().get(0))).isEqualTo("pre-");
        assertThat(unknown(p.parts().get(1)).expression()).isEqualTo("%{ if var.x }yes%{ endif }");
        assertThat(str(p.parts().get(2))).isEqualTo("-post");
        Value.Partial f = partial(eval("\"%{ for s in var.list }${s}%{ endfor }!\""));
        assertThat(f.withHoles()).isEqualTo("${%{ for s in var.list }${s}%{ endfor }}!");
    }

    @Test
    void partialTemplatesMergeAdjacentTextAndNestedPartials() {
        String main = """
                locals {
                  prefix = "arn:aws:iam::${var.account}"
                }
                """;
        Value.Partial p = partial(eval(main, "\"${local.prefix}:role/${\"x\"}y\""));
        assertThat(p.parts()).hasSize(3);
        assertThat(p.withHoles()).isEqualTo("arn:aws:iam::${var.account}:role/xy");
        assertThat(p.knownPrefix()).isEqualTo("arn:aws:iam::");
    }

    @Test
    void heredocs() {
        String main = """
                locals {
                  name = "ccm"
                  doc = <<-EOT
                    {
                      "Name": "${local.name}",
                      "Arn": "${aws_iam_role.r.arn}"
                    }
                  EOT
                  plain = <<EOT
                hello %{ if true }world%{ endif }
                EOT
                }
                """;
        Value.Partial doc = partial(eval(main, "local.doc"));
        assertThat(doc.withHoles()).isEqualTo("{\n  \"Name\": \"ccm\",\n  \"Arn\": \"${aws_iam_role.r.arn}\"\n}\n");
        assertThat(doc.span().text()).startsWith("<<-EOT");
        assertThat(str(eval(main, "local.plain"))).isEqualTo("hello world\n");
    }

    // ------------------------------------------------------------ safety

    @Test
    void deepNestingIsUnknownNotACrash() {
        String deep = "(".repeat(400) + "1" + ")".repeat(400);
        Value.Unknown u = unknown(eval(deep));
        // the expression past the depth limit is the unknown; the parentheses around it pass it on
        assertThat(deep).contains(u.span().text());
        assertThat(u.span().text()).startsWith("((((").endsWith("))))");
        String ok = "(".repeat(50) + "1" + ")".repeat(50);
        assertThat(num(eval(ok))).isEqualByComparingTo("1");
        String lists = "[".repeat(300) + "]".repeat(300);
        assertThat(eval(lists)).isNotNull();
    }

    @Test
    void deeplyNestedValuesThroughLocalsAreEncodedOrUnknownNeverACrash() {
        StringBuilder b = new StringBuilder("locals {\n");
        int n = 5000;
        for (int i = 0; i < n; i++) {
            b.append("  l").append(i).append(" = [local.l").append(i + 1).append("]\n");
        }
        b.append("  l").append(n).append(" = \"end\"\n}\n");
        unknown(eval(b.toString(), "jsonencode(local.l0)"));
        assertThat(str(eval(b.toString(), "jsonencode(local.l4990)"))).isEqualTo("[[[[[[[[[[\"end\"]]]]]]]]]]");
    }

    @Test
    void invalidExpressionsAreUnknown() {
        HclFile f = io.ccmlint.core.hcl.HclParser.parse(io.ccmlint.core.source.SourceFile.of("bad.tf", "x = 1 +\n"))
                .file();
        Optional<HclExpression> x = f.body().attribute("x").map(a -> a.value());
        x.ifPresent(e -> assertThat(TerraformModule.of(f).evaluator().eval(e)).isNotInstanceOf(Value.Num.class));
    }

    @Test
    void concurrentReadsAgree() throws Exception {
        TerraformModule m = module("""
                locals {
                  a = [for i in local.b : upper(i)]
                  b = concat(local.c, ["x"])
                  c = ["p", "q"]
                }
                """);
        HclExpression e = parse("e.tf", "x = jsonencode(local.a)\n").body().attribute("x").orElseThrow().value();
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.Set<String> results = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> results.add(str(m.evaluator().eval(e))));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).containsExactly("[\"P\",\"Q\",\"X\"]");
    }

    @Test
    void unknownsCarryTheExpressionSpan() {
        HclFile f = parse("main.tf", "x = upper(aws_iam_role.r.name)\n");
        HclExpression e = f.body().attribute("x").orElseThrow().value();
        Value.Unknown u = unknown(TerraformModule.of(f).evaluator().eval(e));
        assertThat(u.span()).isEqualTo(e.span());
        assertThat(u.expression()).isEqualTo("upper(aws_iam_role.r.name)");
        assertThat(u.reference()).isNull();
    }

    @Test
    void renderHelperSanity() {
        assertThat(render(eval("{ a = [1, \"b\"] }"))).isEqualTo("{a=[1,\"b\"]}");
        assertThat(Map.of()).isEmpty();
        assertThat(BigDecimal.ONE).isNotNull();
    }
}
