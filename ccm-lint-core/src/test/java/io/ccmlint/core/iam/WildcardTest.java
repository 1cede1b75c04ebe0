package io.ccmlint.core.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardTest {

    @ParameterizedTest(name = "''{0}'' ~ ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', emptyValue = "", quoteCharacter = '"', value = {
        "\"\"       | \"\"          | true",
        "\"\"       | a             | false",
        "*          | \"\"          | true",
        "**         | \"\"          | true",
        "?          | \"\"          | false",
        "a          | \"\"          | false",
        "*          | a:b/c         | true",
        "a**b       | ab            | true",
        "a**b       | axyzb         | true",
        "a*?*b      | ab            | false",
        "a*?*b      | axb           | true",
        "abc        | ab            | false",
        "abcd*      | abc           | false",
        "ab         | abc           | false",
        "a?c        | abc           | true",
        "a?c        | ac            | false",
        "???        | abc           | true",
        "???        | abcd          | false",
        "*c         | abcabc        | true",
        "*bc*bc     | abcxbc        | true",
        "*bc*bc     | abcxb         | false",
        "s3:*Object | s3:GetObject  | true",
        "s3:*Object | s3:GetObjectAcl | false",
        "arn:aws:s3:::b/* | arn:aws:s3:::b/ | true",
        "arn:aws:s3:::b/* | arn:aws:s3:::b  | false",
        "arn:*:iam::*:role/* | arn:aws-us-gov:iam::123456789012:role/a/b | true",
    })
    void matchesCaseSensitively(String pattern, String value, boolean expected) {
        assertThat(Wildcard.matches(pattern, value, false)).isEqualTo(expected);
        assertThat(Wildcard.matchesResource(pattern, value)).isEqualTo(expected);
    }

    @Test
    void actionsIgnoreCase() {
        assertThat(Wildcard.matchesAction("ec2:Describe*", "EC2:describeregions")).isTrue();
        assertThat(Wildcard.matchesAction("EC2:DESCRIBEREGION?", "ec2:describeregions")).isTrue();
        assertThat(Wildcard.matchesAction("ec2:Describe*", "ec2:RunInstances")).isFalse();
        assertThat(Wildcard.matches("ABC", "abc", true)).isTrue();
    }

    @Test
    void resourcesDoNotIgnoreCase() {
        assertThat(Wildcard.matchesResource("arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/x")).isFalse();
        assertThat(Wildcard.matchesResource("arn:aws:s3:::Bucket/*", "arn:aws:s3:::Bucket/x")).isTrue();
    }

    @Test
    void wildcardCharactersInTheValueAreLiteral() {
        assertThat(Wildcard.matches("ec2:*", "ec2:*", false)).isTrue();
        assertThat(Wildcard.matches("*", "*", false)).isTrue();
        assertThat(Wildcard.matches("arn:aws:ec2:*", "*", false)).isFalse();
        assertThat(Wildcard.matches("a", "?", false)).isFalse();
    }

    @Test
    void pathologicalPatternsStayCheap() {
        String as = "a".repeat(10_000);
        assertThat(Wildcard.matches("*a*a*a*a*a*b", as, false)).isFalse();
        assertThat(Wildcard.matches("*a*a*a*a*a*b", as + "b", false)).isTrue();
        assertThat(Wildcard.matches("*".repeat(1_000) + "b", as, true)).isFalse();
        assertThat(Wildcard.matches("a*".repeat(5_000) + "b", as, false)).isFalse();
        assertThat(Wildcard.matches("?".repeat(10_000), as, false)).isTrue();
        assertThat(Wildcard.matches("?".repeat(10_001), as, false)).isFalse();
    }

    /** The ASCII short cut of {@code same} agrees with the case tables String.regionMatches uses. */
    @Test
    void charactersCompareIgnoringCaseAsRegionMatchesDoes() {
        StringBuilder chars = new StringBuilder("\u212A\u1E9E\u2126\u03A9");   // Kelvin K, capital sharp s, Ohm: other cases of ASCII or Latin letters
        for (char c = 0; c < 0x250; c++) {
            chars.append(c);
        }
        java.util.List<String> wrong = new java.util.ArrayList<>();
        int otherCase = 0;
        for (int i = 0; i < chars.length(); i++) {
            for (int j = 0; j < chars.length(); j++) {
                char a = chars.charAt(i);
                char b = chars.charAt(j);
                boolean expected = String.valueOf(a).regionMatches(true, 0, String.valueOf(b), 0, 1);
                if (Wildcard.same(a, b, true) != expected) {
                    wrong.add((int) a + "~" + (int) b);
                }
                otherCase += expected && a != b ? 1 : 0;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(otherCase).as("pairs of another case").isGreaterThan(52);
    }
}
