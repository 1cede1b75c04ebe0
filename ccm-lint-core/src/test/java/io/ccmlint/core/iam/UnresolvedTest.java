package io.ccmlint.core.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnresolvedTest {
    @Test
    void widensEachInterpolationToAStar() {
        assertThat(Unresolved.widen("arn:aws:s3:::${var.bucket}/*")).isEqualTo("arn:aws:s3:::*/*");
        assertThat(Unresolved.widen("${a}:${b}")).isEqualTo("*:*");
        assertThat(Unresolved.widen("x${lookup({a = 1}, \"b\")}y")).isEqualTo("x*y");
        assertThat(Unresolved.widen("x${unclosed")).isEqualTo("x*");
        assertThat(Unresolved.widen("plain $ and { }")).isEqualTo("plain $ and { }");
    }

    @Test
    void detectsInterpolations() {
        assertThat(Unresolved.isUnresolved("${var.x}")).isTrue();
        assertThat(Unresolved.isUnresolved("arn:aws:s3:::b/${aws:username}")).isTrue();
        assertThat(Unresolved.isUnresolved("s3:*")).isFalse();
    }
}
