package io.ccmlint.core.cloudformation;

import static io.ccmlint.core.cloudformation.Templates.read;
import static io.ccmlint.core.cloudformation.Templates.role;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Messages quote the template's names: on one line, and short, whatever the names hold. */
class ReadableMessagesTest {
    @Test
    void controlCharactersInANameAreEscaped() {
        // found by CloudFormationEvaluatorFuzzTest: a condition name with a line break broke the message in two
        Templates.Read r = read("t.yaml", role("RoleName: !Ref \"a\\nb\\u0007c\\u2028d\""));
        assertThat(r.failures()).hasSize(1);
        assertThat(r.failures().get(0).message())
                .isEqualTo("invalid CloudFormation template: !Ref a\\u000ab\\u0007c\\u2028d: no parameter, resource or pseudo"
                        + " parameter of that name");
    }

    @Test
    void aVeryLongNameIsShortened() {
        String name = "N".repeat(1_000_000);
        Templates.Read r = read("t.yaml", role("RoleName: !Ref " + name + "\nPath: !GetAtt " + name + ".Arn"));
        assertThat(r.failures()).extracting(f -> f.message()).containsExactly(
                // the rest of the word is left out, its colon too
                "invalid CloudFormation template: !Ref " + "N".repeat(TemplateProblems.MAX_WORD)
                        + "... no parameter, resource or pseudo parameter of that name",
                "invalid CloudFormation template: !GetAtt " + "N".repeat(TemplateProblems.MAX_WORD)
                        + "... no resource of that name in the template");
    }

    @Test
    void aMessageOfManyWordsIsBounded() {
        String message = "word ".repeat(1000);
        String shown = TemplateProblems.readable(message);
        assertThat(shown).hasSize(TemplateProblems.MAX_MESSAGE + 3).endsWith("...").startsWith("word word");
        assertThat(TemplateProblems.readable("short: as it is")).isEqualTo("short: as it is");
    }
}
