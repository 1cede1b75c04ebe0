package io.ccmlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected texts are what {@code git diff --no-index} prints for the same files. */
class DiffsTest {
    @Test
    void oneChangedLineWithThreeLinesOfContext() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        String after = "a\nb\nc\nd\nE\nf\ng\nh\ni\nj\n";
        assertThat(Diffs.unified("x.json", before, after)).isEqualTo("""
                --- a/x.json
                +++ b/x.json
                @@ -2,7 +2,7 @@
                 b
                 c
                 d
                -e
                +E
                 f
                 g
                 h
                """);
    }

    @Test
    void twoHunksAndNoPhantomLastLine() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n";
        String after = "0\n" + before + "16\n";
        assertThat(Diffs.unified("iam/p.json", before, after)).isEqualTo("""
                --- a/iam/p.json
                +++ b/iam/p.json
                @@ -1,3 +1,4 @@
                +0
                 1
                 2
                 3
                @@ -13,3 +14,4 @@
                 13
                 14
                 15
                +16
                """);
    }

    @Test
    void insertedStatementInAPolicy() {
        String before = "{\n  \"Statement\": [\n    {\"Effect\": \"Allow\"}\n  ]\n}\n";
        String after = "{\n  \"Statement\": [\n    {\"Effect\": \"Allow\"},\n    {\"Effect\": \"Deny\"}\n  ]\n}\n";
        assertThat(Diffs.unified("p.json", before, after)).isEqualTo("""
                --- a/p.json
                +++ b/p.json
                @@ -1,5 +1,6 @@
                 {
                   "Statement": [
                -    {"Effect": "Allow"}
                +    {"Effect": "Allow"},
                +    {"Effect": "Deny"}
                   ]
                 }
                """);
    }

    @Test
    void crlfTextDiffsByLine() {
        assertThat(Diffs.unified("x", "a\r\nb\r\n", "a\r\nB\r\n")).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -1,2 +1,2 @@
                 a
                -b
                +B
                """);
    }

    @Test
    void missingFinalNewlineIsMarkedAsGitDoes() {
        assertThat(Diffs.unified("x", "a\nb", "a\nb\n")).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +b
                """);
        assertThat(Diffs.unified("x", "a\nb", "a\nB")).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +B
                \\ No newline at end of file
                """);
    }

    @Test
    void identicalTextsGiveNothing() {
        assertThat(Diffs.unified("x", "same\n", "same\n")).isEmpty();
    }
}
