package io.ccmlint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import java.time.LocalDate;
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
        assertThat(parse("# ccm-lint:disable=CCM101 reason=\"open").problems()).containsExactly("unterminated \" in the suppression");
        assertThat(parse("# ccm-lint:disable=CCM101 reason=x until=soon").problems())
                .containsExactly("until=soon is not a date (YYYY-MM-DD); the suppression does not apply");
        assertThat(parse("# ccm-lint:enable=CCM101").problems()).singleElement().asString().startsWith("unknown directive");
        assertThat(parse("# ccm-lint:disable= reason=x").problems())
                .containsExactly("the suppression names no rule (ccm-lint:disable=ID[,ID])");
        assertThat(parse("# ccm-lint:disable=CCM101 reason=\"  \"").reason()).isNull();
    }
}
