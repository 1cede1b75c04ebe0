package io.ccmlint.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScalarTest {
    private static final SourceFile FILE = SourceFile.of("main.tf", "external_id = \"harness:${var.account}\"\n");
    private static final Span SPAN = FILE.span(14, 39);
    private static final Pattern EXTERNAL_ID = Pattern.compile("harness:(891928451355|783764615875):[A-Za-z0-9_-]+");

    private static Scalar template(Template.Part... parts) {
        return Scalar.partial(new Template(List.of(parts)), SPAN, ScalarStyle.HCL_EXPRESSION);
    }

    private static Template.Literal lit(String text) {
        return new Template.Literal(text);
    }

    private static Template.Hole hole(String expression) {
        return new Template.Hole(expression, null);
    }

    @Test
    void aKnownValueAnswersExactly() {
        Scalar s = Scalar.known("harness:891928451355:abc", SPAN, ScalarStyle.HCL_STRING);
        assertThat(s.isKnown()).isTrue();
        assertThat(s.known()).isEqualTo("harness:891928451355:abc");
        assertThat(s.couldEqual("harness:891928451355:abc")).isTrue();
        assertThat(s.couldEqual("harness:891928451355:abd")).isFalse();
        assertThat(s.couldMatch(EXTERNAL_ID)).isTrue();
        assertThat(Scalar.known("harness:1:abc", SPAN, ScalarStyle.HCL_STRING).couldMatch(EXTERNAL_ID)).isFalse();
    }

    @Test
    void aPolicyVariableInKnownTextIsKnownText() {
        Scalar s = Scalar.known("arn:aws:s3:::home/${aws:username}/*", SPAN, ScalarStyle.JSON_STRING);
        assertThat(s.isKnown()).isTrue();
        assertThat(s.couldMatchGlob("arn:aws:s3:::home/*", false)).isTrue();
        assertThat(s.couldMatchGlob("arn:aws:s3:::other/*", false)).isFalse();
    }

    @Test
    void aPartialValueKeepsItsLiteralParts() {
        Scalar s = template(lit("harness:891928451355:"), hole("var.account"));
        assertThat(s.isKnown()).isFalse();
        assertThat(s.isPartial()).isTrue();
        assertThat(s.isUnknown()).isFalse();
        assertThat(s.known()).isNull();
        assertThat(s.display()).isEqualTo("harness:891928451355:${var.account}");
        assertThat(s.template().knownPrefix()).isEqualTo("harness:891928451355:");
        assertThat(s.template().asGlob()).isEqualTo("harness:891928451355:*");
    }

    @Test
    void aPartialValueCouldEqualWhatItsLiteralsAllow() {
        Scalar s = template(lit("arn:aws:iam::"), hole("var.account"), lit(":role/harness"));
        assertThat(s.couldEqual("arn:aws:iam::123456789012:role/harness")).isTrue();
        assertThat(s.couldEqual("arn:aws:iam:::role/harness")).as("a hole may be empty").isTrue();
        assertThat(s.couldEqual("arn:aws:iam::123456789012:role/other")).isFalse();
        assertThat(s.couldEqual("arn:aws-cn:iam::1:role/harness")).isFalse();
    }

    @Test
    void aPartialValueAgainstAnIamGlob() {
        Scalar s = template(lit("arn:aws:s3:::"), hole("var.bucket"), lit("/logs"));
        assertThat(s.couldMatchGlob("arn:aws:s3:::*/*", false)).isTrue();
        assertThat(s.couldMatchGlob("arn:aws:s3:::artifacts/l?gs", false)).isTrue();
        assertThat(s.couldMatchGlob("arn:aws:s3:::*", false)).isTrue();
        assertThat(s.couldMatchGlob("arn:aws:dynamodb:*", false)).isFalse();
        assertThat(s.couldMatchGlob("ARN:AWS:S3:::*/LOGS", false)).isFalse();
        assertThat(s.couldMatchGlob("ARN:AWS:S3:::*/LOGS", true)).isTrue();
        assertThat(s.couldMatchGlob("arn:aws:s3:::b/log", false)).as("the suffix is known").isFalse();
    }

    @Test
    void holesOnBothSidesOfAGlobNeedNoBacktracking() {
        Scalar s = template(hole("a"), lit("x"), hole("b"), lit("x"), hole("c"), lit("y"));
        assertThat(s.couldMatchGlob("*x*x*x*x*z", false)).isFalse();
        assertThat(s.couldMatchGlob("*x*x*x*x*y", false)).isTrue();
    }

    @Test
    void anUnknownValueCouldBeAnything() {
        Scalar s = Scalar.partial(Template.unknown("data.x.id", SPAN), SPAN, ScalarStyle.HCL_EXPRESSION);
        assertThat(s.isUnknown()).isTrue();
        assertThat(s.couldEqual("anything")).isTrue();
        assertThat(s.couldMatch(EXTERNAL_ID)).isTrue();
        assertThat(s.display()).isEqualTo("${data.x.id}");
    }

    @Test
    void aRegexRulesOutOnlyWhatTheKnownPrefixContradicts() {
        assertThat(template(lit("harness:891928451355:"), hole("var.account")).couldMatch(EXTERNAL_ID)).isTrue();
        assertThat(template(lit("harness:89192845135"), hole("var.rest")).couldMatch(EXTERNAL_ID)).isTrue();
        assertThat(template(lit("harness:12345:"), hole("var.account")).couldMatch(EXTERNAL_ID)).isFalse();
        assertThat(template(lit("arn:"), hole("var.account")).couldMatch(EXTERNAL_ID)).isFalse();
    }

    @Test
    void adjacentLiteralsMergeAndATemplateNeedsAHole() {
        Template t = new Template(List.of(lit("a"), lit(""), lit("b"), hole("x"), lit("c")));
        assertThat(t.parts()).containsExactly(lit("ab"), hole("x"), lit("c"));
        assertThat(t.literals()).containsExactly("ab", "c");
        assertThatThrownBy(() -> new Template(List.of(lit("known")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scalar("x", SPAN, ScalarStyle.HCL_STRING, t))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoValuesCouldBeEqualWhenSomeFillingOfTheirHolesAgrees() {
        Scalar connector = template(lit("harness:891928451355:"), hole("data.account.id"));
        Scalar trust = Scalar.known("harness:891928451355:abc", SPAN, ScalarStyle.JSON_STRING);
        assertThat(connector.couldEqual(trust)).isTrue();
        assertThat(trust.couldEqual(connector)).isTrue();
        assertThat(connector.couldEqual(Scalar.known("harness:783764615875:abc", SPAN, ScalarStyle.JSON_STRING))).isFalse();
        assertThat(connector.couldEqual(template(hole("var.prefix"), lit(":abc")))).isTrue();
        assertThat(trust.couldEqual(Scalar.known("harness:891928451355:abc", SPAN, ScalarStyle.YAML_PLAIN))).isTrue();
        assertThat(trust.couldEqual(Scalar.known(null, SPAN, ScalarStyle.JSON_BARE))).isFalse();
    }

    @Test
    void aValueReadAsAnIamPatternMatchesWithItsWildcardsAndHoles() {
        assertThat(Scalar.known("ec2:Describe*", SPAN, ScalarStyle.JSON_STRING).patternCouldMatch("ec2:DescribeRegions", false))
                .isTrue();
        // a template's literal * is a wildcard here; couldMatchGlob would take it for the character *
        Scalar svc = template(hole("var.service"), lit(":*"));
        assertThat(svc.patternCouldMatch("s3:GetObject", true)).isTrue();
        assertThat(svc.couldMatchGlob("s3:GetObject", true)).isFalse();
        assertThat(template(lit("ec2:"), hole("var.verb")).patternCouldMatch("s3:GetObject", true)).isFalse();
    }

    @Test
    void aValueThatIsOneReferenceNamesIt() {
        Scalar arn = Scalar.partial(new Template(List.of(new Template.Hole("aws_iam_role.r.arn", "aws_iam_role.r.arn", SPAN))),
                SPAN, ScalarStyle.HCL_EXPRESSION);
        assertThat(arn.reference()).isEqualTo("aws_iam_role.r.arn");
        assertThat(template(lit("arn:"), new Template.Hole("x.y", "x.y", SPAN)).reference()).isNull();
        assertThat(Scalar.known("x", SPAN, ScalarStyle.HCL_STRING).reference()).isNull();
    }

    @Test
    void anEmbeddedValueKnowsTheStyleOfTheValueHoldingIt() {
        Scalar s = Scalar.known("s3:GetObject", SPAN, ScalarStyle.JSON_STRING);
        assertThat(s.within()).isNull();
        assertThat(s.embeddedIn(ScalarStyle.HCL_HEREDOC).within()).isEqualTo(ScalarStyle.HCL_HEREDOC);
        assertThat(s.embeddedIn(ScalarStyle.HCL_HEREDOC).known()).isEqualTo("s3:GetObject");
    }
}
