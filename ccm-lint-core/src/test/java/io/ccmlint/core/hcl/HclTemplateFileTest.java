package io.ccmlint.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.hcl.HclTemplatePart.ForDirective;
import io.ccmlint.core.hcl.HclTemplatePart.IfDirective;
import io.ccmlint.core.hcl.HclTemplatePart.Interpolation;
import io.ccmlint.core.hcl.HclTemplatePart.Text;
import io.ccmlint.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole file read as a template, as Terraform's templatefile reads it. */
class HclTemplateFileTest {
    private static HclParser.TemplateResult parse(String text) {
        return HclParser.parseTemplate(SourceFile.of("policy.json.tpl", text), 100);
    }

    @Test
    void textInterpolationsAndDirectivesWithSpansInTheFile() {
        String text = "{\n  \"Resource\": \"arn:aws:s3:::${bucket}/*\",\n"
                + "%{ for a in actions ~}\n  \"${a}\",\n%{ endfor ~}\n%{ if admin }x%{ else }y%{ endif }\n}\n";
        HclParser.TemplateResult r = parse(text);
        assertThat(r.errors()).isEmpty();
        List<HclTemplatePart> parts = r.template().parts();
        assertThat(r.template().span().text()).isEqualTo(text);
        assertThat(((Text) parts.get(0)).value()).isEqualTo("{\n  \"Resource\": \"arn:aws:s3:::");
        Interpolation bucket = (Interpolation) parts.get(1);
        assertThat(bucket.span().text()).isEqualTo("${bucket}");
        assertThat(bucket.span().startLine()).isEqualTo(2);
        assertThat(bucket.span().startColumn()).isEqualTo(29);
        ForDirective loop = (ForDirective) parts.stream().filter(p -> p instanceof ForDirective).findFirst().orElseThrow();
        assertThat(loop.valueVar()).isEqualTo("a");
        assertThat(loop.body()).hasSize(3); // '  "', ${a}, '",\n' (the ~ strips the line break after the for)
        assertThat(((Text) loop.body().get(0)).value()).isEqualTo("  \"");
        IfDirective cond = (IfDirective) parts.stream().filter(p -> p instanceof IfDirective).findFirst().orElseThrow();
        assertThat(((Text) cond.thenParts().get(0)).value()).isEqualTo("x");
        assertThat(((Text) cond.elseParts().get(0)).value()).isEqualTo("y");
    }

    @Test
    void escapesAreTheHeredocsAndALineOfWhitespaceEndsNothing() {
        HclParser.TemplateResult r = parse("a $${literal} %%{ not }\n\n   \nlast");
        assertThat(r.errors()).isEmpty();
        assertThat(r.template().parts()).hasSize(1);
        assertThat(((Text) r.template().parts().get(0)).value()).isEqualTo("a ${literal} %{ not }\n\n   \nlast");
    }

    @Test
    void emptyFileAndBrokenTemplates() {
        HclParser.TemplateResult empty = parse("");
        assertThat(empty.errors()).isEmpty();
        assertThat(empty.template().parts()).isEmpty();
        assertThat(parse("x ${ unclosed").errors()).isNotEmpty();
        assertThat(parse("%{ if a }no endif").errors()).isNotEmpty();
        assertThat(parse("%{ endfor }").errors()).isNotEmpty();
    }
}
