package io.ccmlint.core.terraform.eval;

import static io.ccmlint.core.terraform.eval.EvalTestSupport.parse;
import static io.ccmlint.core.terraform.eval.EvalTestSupport.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.source.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** path.*, file() and templatefile() as an instance's {@link ModuleFiles} answers them. */
class FileFunctionsTest {
    /** Files by the path file() is given; path.module is "modules/iam". */
    private static final class FakeFiles implements ModuleFiles {
        final Map<String, SourceFile> files = new HashMap<>();
        final List<String> asked = new java.util.ArrayList<>();

        FakeFiles with(String path, String text) {
            files.put(path, SourceFile.of(path, text));
            return this;
        }

        @Override
        public String path(String name) {
            return switch (name) {
                case "module" -> "modules/iam";
                case "root" -> ".";
                default -> null;
            };
        }

        @Override
        public SourceFile read(String path) {
            asked.add(path);
            return files.get(path);
        }

        @Override
        public HclExpression.Template template(SourceFile file) {
            HclParser.TemplateResult r = HclParser.parseTemplate(file, 100);
            return r.errors().isEmpty() ? r.template() : null;
        }
    }

    private static Value eval(FakeFiles files, String module, String expression) {
        HclFile main = parse("main.tf", module);
        HclFile exprFile = parse("expr.tf", "x = " + expression + "\n");
        TerraformModule m = TerraformModule.of(List.of(main, exprFile));
        Evaluator ev = m.evaluator(new ModuleBinding("", Map.of(), name -> null, files));
        return ev.eval(exprFile.body().attribute("x").orElseThrow().value());
    }

    private static Value eval(FakeFiles files, String expression) {
        return eval(files, "", expression);
    }

    @Test
    void pathValuesAreTheInstancesAndTheOthersStayUnknown() {
        FakeFiles files = new FakeFiles();
        assertThat(str(eval(files, "path.module"))).isEqualTo("modules/iam");
        assertThat(str(eval(files, "\"${path.module}/policy.json\""))).isEqualTo("modules/iam/policy.json");
        assertThat(str(eval(files, "path.root"))).isEqualTo(".");
        assertThat(eval(files, "path.cwd")).isInstanceOf(Value.Unknown.class);
        assertThat(((Value.Unknown) eval(files, "path.cwd")).reference()).isEqualTo("path.cwd");
    }

    @Test
    void fileIsTheWholeTextLocatedInTheFileItReads() {
        FakeFiles files = new FakeFiles().with("modules/iam/policy.json", "{\"Statement\": []}\n");
        Value v = eval(files, "locals { p = \"policy.json\" }", "file(\"${path.module}/${local.p}\")");
        assertThat(str(v)).isEqualTo("{\"Statement\": []}\n");
        SourceFile read = files.files.get("modules/iam/policy.json");
        assertThat(v.span().file()).isSameAs(read);
        assertThat(v.span()).isEqualTo(read.wholeFile());
        assertThat(((Value.Str) v).style()).isEqualTo(io.ccmlint.core.value.ScalarStyle.HCL_EXPRESSION);
    }

    @Test
    void aFileNotGivenOrAPathNotKnownIsUnknownAndNothingIsAsked() {
        FakeFiles files = new FakeFiles();
        assertThat(eval(files, "file(\"missing.json\")")).isInstanceOf(Value.Unknown.class);
        assertThat(files.asked).containsExactly("missing.json");
        assertThat(eval(files, "file(var.where)")).isInstanceOf(Value.Unknown.class);
        assertThat(eval(files, "file(\"a\", \"b\")")).isInstanceOf(Value.Unknown.class);
        assertThat(files.asked).containsExactly("missing.json"); // an unknown path is never asked for
        // a module read on its own reads nothing
        assertThat(EvalTestSupport.eval("file(\"missing.json\")")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void templatefileRendersInterpolationsAndDirectivesWithTheVarsOnly() {
        FakeFiles files = new FakeFiles().with("t.tpl",
                "bucket=${bucket};%{ for a in actions }[${a}]%{ endfor };%{ if admin }admin%{ else }user%{ endif }");
        Value v = eval(files, "variable \"b\" { default = \"logs\" }",
                "templatefile(\"t.tpl\", { bucket = var.b, actions = [\"s3:GetObject\", \"s3:PutObject\"], admin = false })");
        assertThat(str(v)).isEqualTo("bucket=logs;[s3:GetObject][s3:PutObject];user");
        assertThat(v.span().file()).isSameAs(files.files.get("t.tpl"));
    }

    @Test
    void templatefileWithAnUnknownVarIsPartial() {
        FakeFiles files = new FakeFiles().with("t.tpl", "arn:aws:s3:::${bucket}/*");
        Value v = eval(files, "templatefile(\"t.tpl\", { bucket = aws_s3_bucket.b.id })");
        assertThat(v).isInstanceOf(Value.Partial.class);
        Value.Partial p = (Value.Partial) v;
        assertThat(p.knownPrefix()).isEqualTo("arn:aws:s3:::");
        assertThat(p.withHoles()).isEqualTo("arn:aws:s3:::${aws_s3_bucket.b.id}/*");
        // an unknown condition or collection: that directive is a hole, the rest known
        FakeFiles cond = new FakeFiles().with("c.tpl", "a%{ if x }b%{ endif }c");
        assertThat(((Value.Partial) eval(cond, "templatefile(\"c.tpl\", { x = var.unknown })")).knownPrefix()).isEqualTo("a");
    }

    @Test
    void aTemplateSeesOnlyItsVars() {
        FakeFiles files = new FakeFiles().with("t.tpl", "${local.secret}|${var.v}|${path.module}|${missing}");
        Value v = eval(files, "locals { secret = \"s\" }\nvariable \"v\" { default = \"d\" }", "templatefile(\"t.tpl\", {})");
        assertThat(v).isInstanceOf(Value.Partial.class);
        assertThat(((Value.Partial) v).parts()).noneMatch(p -> p instanceof Value.Str s && !s.value().equals("|"));
        // Terraform refuses templatefile inside a template; the vars must be an object
        FakeFiles nested = new FakeFiles().with("n.tpl", "${templatefile(\"n.tpl\", {})}");
        assertThat(eval(nested, "templatefile(\"n.tpl\", {})")).isInstanceOf(Value.Unknown.class);
        assertThat(eval(files, "templatefile(\"t.tpl\", var.unknown)")).isInstanceOf(Value.Unknown.class);
        assertThat(eval(files, "templatefile(\"t.tpl\", [1])")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void aTemplateThatIsOneInterpolationIsItsValueAndBrokenTemplatesAreUnknown() {
        FakeFiles files = new FakeFiles().with("one.tpl", "${n}").with("bad.tpl", "${ unclosed");
        assertThat(eval(files, "templatefile(\"one.tpl\", { n = 3 })")).isInstanceOf(Value.Num.class);
        assertThat(eval(files, "templatefile(\"bad.tpl\", {})")).isInstanceOf(Value.Unknown.class);
        // plain text: the file's text, a computed string (not the template's own literal)
        FakeFiles plain = new FakeFiles().with("p.tpl", "plain $${x}");
        Value v = eval(plain, "templatefile(\"p.tpl\", {})");
        assertThat(str(v)).isEqualTo("plain ${x}");
        assertThat(((Value.Str) v).style()).isEqualTo(io.ccmlint.core.value.ScalarStyle.HCL_EXPRESSION);
    }
}
