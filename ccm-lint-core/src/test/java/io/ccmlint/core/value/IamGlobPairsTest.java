package io.ccmlint.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IamGlobPairsTest {
    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({
        "*, arn:aws:s3:::b/*, true",
        "arn:aws:s3:::b/*, arn:aws:s3:::b/k, true",
        "arn:aws:s3:::b/*, arn:aws:s3:::b/dir/*, true",
        "arn:aws:s3:::b/k, arn:aws:s3:::b/*, false",
        "arn:aws:s3:::b/?, arn:aws:s3:::b/*, false",
        "arn:aws:s3:::b/?, arn:aws:s3:::b/?, true",
        "arn:aws:s3:::*/k, arn:aws:s3:::b/k, true",
        "arn:aws:s3:::b*, arn:aws:s3:::b, true",
        "a*b, a*c*b, true",
        "a*c*b, a*b, false",
    })
    void covers(String outer, String inner, boolean expected) {
        assertThat(Globs.covers(outer, inner, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} overlaps {1}: {2}")
    @CsvSource({
        "arn:aws:iam::*:role/app-*, arn:aws:iam::123:role/*-prod, true",
        "arn:aws:iam::123:role/app-*, arn:aws:iam::123:user/*, false",
        "arn:aws:iam::*:role/app-*, arn:aws:iam::123:user/*, true",
        "a?c, abc, true",
        "a?c, abbc, false",
        "*x, y*, true",
        "ab, abc, false",
    })
    void overlap(String a, String b, boolean expected) {
        assertThat(Globs.overlap(a, b, false)).isEqualTo(expected);
        assertThat(Globs.overlap(b, a, false)).isEqualTo(expected);
    }

    @Test
    void actionsCompareIgnoringCase() {
        assertThat(Globs.covers("IAM:*", "iam:PassRole", true)).isTrue();
        assertThat(Globs.covers("IAM:*", "iam:PassRole", false)).isFalse();
    }
}
