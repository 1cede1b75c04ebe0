package io.ccmlint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {
    private static Glob g(String glob) {
        return Glob.compile(glob);
    }

    @Test
    void starMatchesANameAtAnyDepthWithoutASlash() {
        Glob glob = g("*.json");
        assertThat(glob.matches("a.json")).isTrue();
        assertThat(glob.matches("x/y/a.json")).isTrue();
        assertThat(glob.matches("a.yaml")).isFalse();
        assertThat(glob.matches("a.json.bak")).isFalse();
        assertThat(glob.matches("ajson")).isFalse(); // the dot is literal
        assertThat(glob.toString()).isEqualTo("*.json");
    }

    @Test
    void doubleStarSlashMatchesRootLevelAndNested() {
        Glob glob = g("**/*.json");
        assertThat(glob.matches("a.json")).isTrue();
        assertThat(glob.matches("x/a.json")).isTrue();
        assertThat(glob.matches("x/y/z/a.json")).isTrue();
        assertThat(glob.matches("x/y/a.yml")).isFalse();
    }

    @Test
    void trailingDoubleStarMatchesEverythingBelowAnAnchoredFolder() {
        Glob glob = g("iam/connector-roles/**");
        assertThat(glob.matches("iam/connector-roles/a.json")).isTrue();
        assertThat(glob.matches("iam/connector-roles/x/b.json")).isTrue();
        assertThat(glob.matches("iam/other/a.json")).isFalse();
        assertThat(glob.matches("iam/connector-roles-old/a.json")).isFalse();
        assertThat(glob.matches("x/iam/connector-roles/a.json")).isFalse();
    }

    @Test
    void doubleStarInTheMiddleMatchesZeroOrMoreFolders() {
        Glob glob = g("a/**/b.json");
        assertThat(glob.matches("a/b.json")).isTrue();
        assertThat(glob.matches("a/x/y/b.json")).isTrue();
        assertThat(glob.matches("c/a/b.json")).isFalse();
        assertThat(glob.matches("a/xb.json")).isFalse();
    }

    @Test
    void folderPatternMatchesEverythingBelow() {
        Glob glob = g("dir/");
        assertThat(glob.matches("dir")).isTrue();
        assertThat(glob.matches("dir/a.json")).isTrue();
        assertThat(glob.matches("dir/x/a.json")).isTrue();
        assertThat(glob.matches("x/dir/a.json")).isTrue(); // no inner slash: any depth, as in .gitignore
        assertThat(glob.matches("dirx/a.json")).isFalse();
        assertThat(glob.matches("adir/a.json")).isFalse();
    }

    @Test
    void leadingSlashAnchors() {
        Glob glob = g("/x");
        assertThat(glob.matches("x")).isTrue();
        assertThat(glob.matches("x/a.json")).isTrue();
        assertThat(glob.matches("y/x")).isFalse();
        assertThat(glob.matches("y/x/a.json")).isFalse();
        assertThat(g("./top.json").matches("top.json")).isTrue();
        assertThat(g("./top.json").matches("sub/top.json")).isFalse();
    }

    @Test
    void innerSlashAnchorsToo() {
        Glob glob = g("src/*.json");
        assertThat(glob.matches("src/a.json")).isTrue();
        assertThat(glob.matches("src/x/a.json")).isFalse(); // * stays within a segment
        assertThat(glob.matches("lib/src/a.json")).isFalse();
    }

    @Test
    void questionMarkIsOneCharacterOtherThanSlash() {
        Glob glob = g("a?.json");
        assertThat(glob.matches("ab.json")).isTrue();
        assertThat(glob.matches("a.json")).isFalse();
        assertThat(glob.matches("abc.json")).isFalse();
        assertThat(g("a?b").matches("a/b")).isFalse();
    }

    @Test
    void characterClasses() {
        assertThat(g("[abc].json").matches("a.json")).isTrue();
        assertThat(g("[abc].json").matches("c.json")).isTrue();
        assertThat(g("[abc].json").matches("d.json")).isFalse();
        assertThat(g("[!abc].json").matches("d.json")).isTrue();
        assertThat(g("[!abc].json").matches("a.json")).isFalse();
        assertThat(g("v[0-9].yaml").matches("v7.yaml")).isTrue();
        assertThat(g("v[0-9].yaml").matches("vx.yaml")).isFalse();
    }

    @Test
    void regexMetacharactersAreLiteral() {
        assertThat(g("a+b(1).json").matches("a+b(1).json")).isTrue();
        assertThat(g("a+b(1).json").matches("aab1.json")).isFalse();
        assertThat(g("x{1,2}|y").matches("x{1,2}|y")).isTrue();
        assertThat(g("[oops").matches("[oops")).isTrue();
    }

    @Test
    void doubleStarAloneMatchesEverything() {
        assertThat(g("**").matches("a.json")).isTrue();
        assertThat(g("**").matches("x/y/a.json")).isTrue();
    }
}
