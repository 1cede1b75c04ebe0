package io.ccmlint.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An index line gives back the declaration it was written from, whatever characters its texts hold. */
class RuleIndexTest {
    @RuleInfo(id = "CCM999", slug = "odd-texts", title = "A title\twith a tab, a \\ backslash and\na newline\r",
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
    void anIndexOfAnotherVersionOrALineThisOneCannotReadIsSkipped() {
        String odd = RuleIndex.line(Odd.class.getName(), Odd.class.getAnnotation(RuleInfo.class));
        String plain = RuleIndex.line(Plain.class.getName(), Plain.class.getAnnotation(RuleInfo.class));
        String unknownPart = plain.replace("Plain\t", "Later\t").replace("\t\t\n", "\t\tNEW_PART\n");
        assertThat(unknownPart).contains("NEW_PART");
        String text = RuleIndex.HEADER + "\r\n" + odd.replace("\n", "\r\n") + "short\tline\n" + unknownPart + plain;
        java.util.Map<String, RuleInfo> index = RuleIndex.parseAll(text);
        assertThat(index).containsOnlyKeys(Odd.class.getName(), Plain.class.getName());
        assertSame(index.get(Odd.class.getName()), Odd.class.getAnnotation(RuleInfo.class));
        assertThat(RuleIndex.parseAll("#ccm-lint-rule-index 2\n" + plain)).isEmpty();
        assertThat(RuleIndex.parseAll(plain)).as("no header").isEmpty();
    }

    @Test
    void anIndexBelongsToTheJarOrFolderThatHoldsIt() {
        assertThat(RuleIndex.sourceOf("jar:file:/opt/rules.jar!/" + RuleIndex.RESOURCE)).isEqualTo("file:/opt/rules.jar");
        assertThat(RuleIndex.sourceOf("file:/work/rules/target/classes/" + RuleIndex.RESOURCE))
                .isEqualTo("file:/work/rules/target/classes/");
    }

    @Test
    void anIndexedDeclarationHandsOutCopiesOfItsArrays() {
        RuleInfo indexed = RuleIndex.parse(RuleIndex.line(Odd.class.getName(), Odd.class.getAnnotation(RuleInfo.class)).strip());
        indexed.fix()[0] = null;
        assertThat(indexed.fix()).doesNotContainNull();
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
