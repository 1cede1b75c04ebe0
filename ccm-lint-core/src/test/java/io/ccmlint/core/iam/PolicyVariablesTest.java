package io.ccmlint.core.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.value.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyVariablesTest {
    private static final Span SPAN = SourceFile.of("p.json", "x").wholeFile();

    @Test
    void findsPolicyVariablesInKnownText() {
        assertThat(PolicyVariables.present("arn:aws:s3:::home/${aws:username}/*")).isTrue();
        assertThat(PolicyVariables.present("${aws:PrincipalTag/team, 'none'}")).isTrue();
        assertThat(PolicyVariables.present("arn:aws:s3:::home/*")).isFalse();
        assertThat(PolicyVariables.present("cost $5 {x}")).isFalse();
        assertThat(PolicyVariables.present("unclosed ${aws:username")).isFalse();
    }

    @Test
    void widensEachVariableToAStar() {
        assertThat(PolicyVariables.widen("arn:aws:s3:::home/${aws:username}/*")).isEqualTo("arn:aws:s3:::home/*/*");
        assertThat(PolicyVariables.widen("${a}:${b}")).isEqualTo("*:*");
        assertThat(PolicyVariables.widen("plain $ and { }")).isEqualTo("plain $ and { }");
    }

    @Test
    void aTerraformHoleIsNoPolicyVariableButItsLiteralTextMayHoldOne() {
        Scalar hole = Scalar.partial(new Template(List.of(new Template.Literal("arn:aws:s3:::"),
                new Template.Hole("var.bucket", SPAN))), SPAN, ScalarStyle.HCL_EXPRESSION);
        assertThat(PolicyVariables.present(hole)).isFalse();
        Scalar both = Scalar.partial(new Template(List.of(new Template.Hole("var.bucket", SPAN),
                new Template.Literal("/home/${aws:username}"))), SPAN, ScalarStyle.HCL_EXPRESSION);
        assertThat(PolicyVariables.present(both)).isTrue();
        assertThat(PolicyVariables.requestPattern(both)).isEqualTo("*/home/*");
        assertThat(PolicyVariables.present(Scalar.known("${aws:userid}", SPAN, ScalarStyle.JSON_STRING))).isTrue();
    }

    @Test
    void aPolicyHoldsOneWhenAnyStatementValueDoes() {
        assertThat(PolicyVariables.present(Policies.policy("{'Statement':[{'Effect':'Allow','Action':'s3:*',"
                + "'Resource':'*','Condition':{'StringLike':{'s3:prefix':['home/${aws:username}/*']}}}]}"))).isTrue();
        assertThat(PolicyVariables.present(Policies.policy("{'Statement':[{'Sid':'${x}','Effect':'Allow',"
                + "'Action':'s3:*','Resource':'*'}]}"))).isFalse();
    }
}
