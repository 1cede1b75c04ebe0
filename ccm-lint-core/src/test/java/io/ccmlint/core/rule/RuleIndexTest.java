package io.ccmlint.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An index line gives back the declaration it was written from, whatever characters its texts hold. */
class RuleIndexTest {
    @RuleInfo(id = "CCM999", slug = "odd-texts", title = "A title\twith a tab, a \\ backslash and\na newline",
            severity = Severity.WARNING, fix = {FixKind.SAFE, FixKind.UNSAFE},
            sources = {@Source(title = "First\t page", url = "https://example.com/a?b=c\\d"),
                @Source(title = "Second", url = "https://example.com/")},
            reportsOn = {WorkspacePart.TERRAFORM, WorkspacePart.KUBERNETES})
    static final class Odd {
    }

    @RuleInfo(id = "CCM998", slug = "plain", title = "Plain", severity = Severity.ERROR)
    static final class Plain {
    }

    @Test
    void aLineGivesBackItsDeclaration() {
        for (Class<?> type : new Class<?>[] {Odd.class, Plain.class}) {
            RuleInfo declared = type.getAnnotation(RuleInfo.class);
            String line = RuleIndex.line(type.getName(), declared);
            assertThat(line).endsWith("\n").doesNotContain("\r").hasLineCount(1);
            assertSame(RuleIndex.parse(line.substring(0, line.length() - 1)), declared);
        }
    }

    @Test
    void aClassNoIndexNamesIsReadFromItsAnnotation() {
        assertThat(RuleIndex.find(Odd.class, getClass().getClassLoader())).isNull();
        assertSame(Declarations.info(Odd.class), Odd.class.getAnnotation(RuleInfo.class));
    }

    /** Member by member: an indexed declaration is a record, not the annotation's proxy. */
    static void assertSame(RuleInfo actual, RuleInfo expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.slug()).isEqualTo(expected.slug());
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.severity()).isEqualTo(expected.severity());
        assertThat(actual.fix()).containsExactly(expected.fix());
        assertThat(actual.reportsOn()).containsExactly(expected.reportsOn());
        assertThat(actual.sources()).hasSameSizeAs(expected.sources());
        for (int i = 0; i < expected.sources().length; i++) {
            assertThat(actual.sources()[i].title()).isEqualTo(expected.sources()[i].title());
            assertThat(actual.sources()[i].url()).isEqualTo(expected.sources()[i].url());
        }
        assertThat(actual.annotationType()).isEqualTo(RuleInfo.class);
    }
}
