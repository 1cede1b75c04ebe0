package io.ccmlint.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.ccmlint.core.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

class HclSyntaxErrorTest {

    static HclParseResult parse(String text) {
        return HclParser.parse(SourceFile.of("t.tf", text));
    }

    /** Each input has exactly one real mistake; '|' stands for a line break, ' ¦ ' separates the columns. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", value = {
        "resource \"a\" \"b\" {|  x = 1| ¦ 3 ¦ 1 ¦ expected '}' to close the block opened at 1:18",
        "a = 1|b = |c = 3| ¦ 2 ¦ 5 ¦ expected an expression, found a line break",
        "x = 1|a = <<EOF|hello| ¦ 2 ¦ 5 ¦ unterminated heredoc <<EOF started at 2:5",
        "a = <<EOF|hello|EOF ¦ 1 ¦ 5 ¦ closing marker must be followed by a line break",
        "a = [1, 2|b = 1| ¦ 2 ¦ 1 ¦ expected ',' or ']' after an element of the tuple opened at 1:5",
        "a = foo(1 2)|b = 1| ¦ 1 ¦ 11 ¦ expected ',' or ')'",
        "block {|  x = 1,|}|z = 1| ¦ 2 ¦ 8 ¦ attributes are separated by line breaks",
        "a = 1;|b = 2| ¦ 1 ¦ 6 ¦ invalid character ';'",
        "a = \"\\q\"| ¦ 1 ¦ 6 ¦ invalid escape sequence '\\q'",
        "a = 1|a = 2| ¦ 2 ¦ 1 ¦ attribute 'a' is already defined at 1:1",
        "a = \"%{ if x }y\"| ¦ 1 ¦ 6 ¦ missing %{ endif }",
        "a = \"x%{ endif }\"| ¦ 1 ¦ 7 ¦ unexpected %{ endif }",
        "x { a = 1|}| ¦ 1 ¦ 10 ¦ expected '}' on the same line",
        "a = {|  b = 1|  c|}|z = 1| ¦ 3 ¦ 4 ¦ expected '=' or ':' after the object key 'c'",
        "a = x ? 1|b = 2| ¦ 1 ¦ 10 ¦ expected ':'",
        "/* open|a = 1| ¦ 1 ¦ 1 ¦ unterminated comment",
        "a = 1 & 2| ¦ 1 ¦ 7 ¦ unsupported operator '&'",
        "resource \"x\" {|  a = [for x in y : ]|}|ok = 1| ¦ 2 ¦ 21 ¦ expected an expression, found ']'",
        "a = 1.2.3| ¦ 1 ¦ 5 ¦ invalid number literal '1.2.3'",
        "a = foo.0.1| ¦ 1 ¦ 9 ¦ legacy index syntax cannot chain two indexes",
        "a = [for k, v in x : k => v]| ¦ 1 ¦ 24 ¦ has no key",
        "block|{|}| ¦ 1 ¦ 6 ¦ expected '=' or a block after 'block'",
        "a = \"${x}\" \"y\"| ¦ 1 ¦ 12 ¦ expected a line break after the value of 'a'",
        "b \"${x}\" {|}| ¦ 1 ¦ 3 ¦ a block label cannot contain",
        "a = \"%{ fi x }\"| ¦ 1 ¦ 9 ¦ unknown template directive 'fi'",
        "a = x.|b = 1| ¦ 1 ¦ 7 ¦ expected an attribute name after '.'",
        "a = provider::(1)| ¦ 1 ¦ 15 ¦ expected a function name after '::'",
        "a = {for = 1}| ¦ 1 ¦ 10 ¦ expected a variable name after 'for'",
        "a = 1|= 2| ¦ 2 ¦ 1 ¦ expected an attribute or a block, found '='",
    })
    void oneMistakeGivesOneErrorAtItsPosition(String input, int line, int column, String message) {
        HclParseResult r = parse(input.replace('|', '\n'));
        assertThat(r.errors()).as("errors of %s", input).hasSize(1);
        HclSyntaxError e = r.errors().get(0);
        assertThat(e.message()).contains(message);
        assertThat(e.span().startLine()).as("line").isEqualTo(line);
        assertThat(e.span().startColumn()).as("column").isEqualTo(column);
    }

    @Test
    void unterminatedStringsEndAtTheirLine() {
        HclParseResult r = parse("a = \"open\nb = 2\n");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("unterminated string");
            assertThat(e.span().startLine()).isEqualTo(1);
            assertThat(e.span().startColumn()).isEqualTo(5);
            assertThat(e.span().text()).isEqualTo("\"open");
        });
        assertThat(r.body().attribute("b")).isPresent();

        HclParseResult interp = parse("a = \"${x\"\nb = 1\n");
        assertThat(interp.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("expected '}' to close the '${' at 1:6");
            assertThat(e.span().startColumn()).isEqualTo(9);
        });
        assertThat(interp.body().attribute("b")).isPresent();
    }

    @Test
    void recoversAtTheNextTopLevelBlock() {
        String text = """
                resource "aws_iam_role" "broken" {
                  name = [1, 2
                  other = 3
                }

                resource "aws_iam_role" "fine" {
                  name = "ok"
                }

                locals {
                  a = 1
                }
                """;
        HclParseResult r = parse(text);
        assertThat(r.errors()).hasSize(1);
        assertThat(r.errors().get(0).span().startLine()).isEqualTo(3);
        assertThat(r.body().blocks()).extracting(b -> b.labelValues().isEmpty() ? b.type() : b.labelValues().get(1))
                .containsExactly("broken", "fine", "locals");
        HclBlock fine = r.body().blocks().get(1);
        assertThat(fine.body().attribute("name")).isPresent();
        assertThat(fine.closeBraceSpan().text()).isEqualTo("}");
    }

    @Test
    void separateMistakesInSeparateBlocksAreEachReported() {
        HclParseResult r = parse("a {\n  x = (1\n}\nb {\n  y = ]\n}\nc = 3\n");
        assertThat(r.errors()).extracting(e -> e.span().startLine()).containsExactly(3, 5);
        assertThat(r.body().attribute("c")).isPresent();
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        String deep = "a = " + "[".repeat(100_000);
        HclParseResult r = parse(deep);
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("nested too deeply"));
        for (String unit : new String[] {"(", "{ a = ", "f(", "!", "-", "\"${", "[*]", "b {\n"}) {
            HclParseResult each = parse(switch (unit) {
                case "[*]" -> "a = x" + unit.repeat(100_000);
                case "b {\n" -> unit.repeat(100_000);
                default -> "a = " + unit.repeat(100_000);
            });
            assertThat(each.errors()).as("errors for %s", unit).isNotEmpty();
            assertThat(each.errors().get(0).message()).as("for %s", unit).contains("nested too deeply");
        }
        HclParseResult directives = parse("a = \"" + "%{ if x }".repeat(100_000) + "\"\n");
        assertThat(directives.errors()).hasSize(1);
    }

    @Test
    void acceptableNestingParses() {
        HclParseResult r = parse("a = " + "[".repeat(500) + "]".repeat(500) + "\n");
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void garbageNeverThrows() throws Exception {
        Random random = new Random(42);
        String alphabet = "ab=\"{}[]()<>-!*/%$~#\\\n\r\t :.,?0123456789eE+&|;'`é😀\u0000";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString().replace("\uD83D", "").replace("\uDE00", "");
            assertThatCode(() -> parse(text)).as("input %s", text).doesNotThrowAnyException();
        }
    }

    @Test
    void everyPrefixOfTheCorpusParsesWithoutThrowing() throws Exception {
        for (Path p : HclConformanceTest.corpus()) {
            String text = Files.readString(p);
            for (int cut = 0; cut < text.length(); cut += 7) {
                String prefix = text.substring(0, cut);
                if (cut > 0 && Character.isHighSurrogate(prefix.charAt(cut - 1))) {
                    continue;
                }
                assertThatCode(() -> parse(prefix)).as("%s cut at %d", p.getFileName(), cut).doesNotThrowAnyException();
            }
        }
    }
}
