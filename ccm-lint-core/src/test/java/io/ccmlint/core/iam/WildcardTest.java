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
}
