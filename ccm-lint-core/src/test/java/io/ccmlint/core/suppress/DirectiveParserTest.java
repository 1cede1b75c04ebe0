package io.ccmlint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectiveParserTest {
    private static Directive parse(String comment) {
        SourceFile f = SourceFile.of("x.yaml", "key: v  " + comment + "\n");
        int start = 8;
        Span span = f.span(start, start + comment.length());
        return DirectiveParser.parse(span, start + 1, span.end());
    }

    @Test
    void readsRulesReasonAndUntilWithExactSpans() {
        Directive d = parse("# ccm-lint:disable=CCM101, CCM108 reason=\"legacy \\\"v1\\\" role\" until=2027-06-30");
        assertThat(d.fileLevel()).isFalse();
        assertThat(d.rules()).extracting(Directive.RuleRef::name).containsExactly("CCM101", "CCM108");
        assertThat(d.rules().get(1).span().text()).isEqualTo("CCM108");
        assertThat(d.reason()).isEqualTo("legacy \"v1\" role");
        assertThat(d.until()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(d.untilSpan().text()).isEqualTo("2027-06-30");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void fileLevelSingleQuotesAndATrailingComment() {
        Directive d = parse("#ccm-lint:disable-file=fsgroup-missing reason='upstream chart' # expect: CCM303");
        assertThat(d.fileLevel()).isTrue();
        assertThat(d.rules()).extracting(Directive.RuleRef::name).containsExactly("fsgroup-missing");
        assertThat(d.reason()).isEqualTo("upstream chart");
        assertThat(d.until()).isNull();
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void otherCommentsAreNotDirectives() {
        assertThat(parse("# see the ccm-lint:disable docs")).isNull();
        assertThat(parse("# plain comment")).isNull();
    }

    @Test
    void problemsAreCollected() {
        assertThat(messages("# ccm-lint:disable=CCM101 reason=\"open")).containsExactly("unterminated \" in the suppression");
        assertThat(messages("# ccm-lint:disable=CCM101 reason=x until=soon"))
                .containsExactly("until=soon is not a date (YYYY-MM-DD); the suppression does not apply");
        assertThat(messages("# ccm-lint:enable=CCM101")).singleElement().asString().startsWith("unknown directive");
        assertThat(messages("# ccm-lint:disable= reason=x"))
                .containsExactly("the suppression names no rule (ccm-lint:disable=ID[,ID])");
        assertThat(parse("# ccm-lint:disable=CCM101 reason=\"  \"").reason()).isNull();
    }

    @Test
    void aProblemPointsAtWhatItIsAbout() {
        assertThat(span("# ccm-lint:disable=CCM101 reason=x until=2027-02-30")).isEqualTo("2027-02-30");
        assertThat(span("# ccm-lint:disabel=CCM101 reason=x")).isEqualTo("ccm-lint:disabel");
        assertThat(span("# ccm-lint:disable=CCM101 reason=x because")).isEqualTo("because");
        assertThat(span("# ccm-lint:disable=CCM101 reason=\"open")).isEqualTo("\"open");
        assertThat(span("# ccm-lint:disable= reason=x")).isEqualTo("# ccm-lint:disable= reason=x");
    }

    private static List<String> messages(String comment) {
        return parse(comment).problems().stream().map(SuppressionProblem::message).toList();
    }

    private static String span(String comment) {
        return parse(comment).problems().get(0).span().text();
    }
}
