package io.ccmlint.core.terraform.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.hcl.HclParseResult;
import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.source.SourceFile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Parses small modules and evaluates expressions in them. */
final class EvalTestSupport {
    private EvalTestSupport() {
    }

    static HclFile parse(String name, String text) {
        HclParseResult r = HclParser.parse(SourceFile.of(name, text));
        assertThat(r.errors()).as("syntax errors in %s", name).isEmpty();
        return r.file();
    }

    /** A module of one file per text: main.tf, file1.tf, ... */
    static TerraformModule module(String... texts) {
        List<HclFile> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            files.add(parse(i == 0 ? "main.tf" : "file" + i + ".tf", texts[i]));
        }
        return TerraformModule.of(files);
    }

    /** Evaluates {@code expression} in a module made of {@code moduleText} (plus the expression's own file). */
    static Value eval(String moduleText, String expression) {
        return eval(moduleText, expression, null);
    }

    static Value eval(String moduleText, String expression, EachContext each) {
        HclFile main = parse("main.tf", moduleText);
        HclFile exprFile = parse("expr.tf", "x = " + expression + "\n");
        TerraformModule m = TerraformModule.of(List.of(main, exprFile));
        return m.evaluator().eval(exprFile.body().attribute("x").orElseThrow().value(), each);
    }

    static Value eval(String expression) {
        return eval("", expression);
    }

    /** The expression of attribute {@code name} in the first block of {@code type} (and labels) of a file. */
    static HclExpression attribute(HclFile file, String type, String name) {
        HclBlock block = file.body().blocks(type).get(0);
        return block.body().attribute(name).map(HclAttribute::value).orElseThrow();
    }

    static String str(Value v) {
        assertThat(v).as("a known string").isInstanceOf(Value.Str.class);
        return ((Value.Str) v).value();
    }

    static BigDecimal num(Value v) {
        assertThat(v).as("a known number").isInstanceOf(Value.Num.class);
        return ((Value.Num) v).value();
    }

    static boolean bool(Value v) {
        assertThat(v).as("a known bool").isInstanceOf(Value.Bool.class);
        return ((Value.Bool) v).value();
    }

    static List<Value> items(Value v) {
        assertThat(v).as("a known sequence").isInstanceOf(Value.Seq.class);
        return ((Value.Seq) v).items();
    }

    /** The strings of a sequence of known strings. */
    static List<String> strings(Value v) {
        return items(v).stream().map(EvalTestSupport::str).toList();
    }

    static Value.Obj obj(Value v) {
        assertThat(v).as("a known object").isInstanceOf(Value.Obj.class);
        return (Value.Obj) v;
    }

    static Value.Unknown unknown(Value v) {
        assertThat(v).as("unknown").isInstanceOf(Value.Unknown.class);
        return (Value.Unknown) v;
    }

    static Value.Partial partial(Value v) {
        assertThat(v).as("a partly known string").isInstanceOf(Value.Partial.class);
        return (Value.Partial) v;
    }

    /** A compact rendering for assertions: JSON for known values, {@code ${...}} holes for partial strings. */
    static String render(Value v) {
        if (v instanceof Value.Partial p) {
            return "partial:" + p.withHoles();
        }
        if (v instanceof Value.Unknown u) {
            return "unknown:" + u.expression();
        }
        if (v instanceof Value.Seq s) {
            List<String> parts = new ArrayList<>();
            s.items().forEach(i -> parts.add(render(i)));
            return "[" + String.join(",", parts) + "]";
        }
        if (v instanceof Value.Obj o) {
            List<String> parts = new ArrayList<>();
            o.entries().forEach((k, i) -> parts.add(k + "=" + render(i)));
            return "{" + String.join(",", parts) + "}";
        }
        String json = ValueOps.json(v);
        return json;
    }
}
