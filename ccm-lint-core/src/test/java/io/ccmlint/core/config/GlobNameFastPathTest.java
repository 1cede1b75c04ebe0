package io.ccmlint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast paths of {@link Glob#matchesExactly} (a name pattern on the last segment, a literal suffix) answer as the whole regex. */
class GlobNameFastPathTest {
    @Test
    void sameAnswerAsTheWholeExpression() {
        List<String> globs = List.of("*.iml", "*.ccm-lint.tmp", "*", "*.json", "x.json", "?.tf", "a*b", "*a*", ".idea/", "/*.tf",
                "docs/*.md", "**/x.yaml", "a/**", "[ab].json", "*[!a]", "*.", "*\\*", "", "terraform.tfstate*", "*~", ".*");
        List<String> paths = List.of("a.iml", "x/y/a.iml", "x/y/a.imlx", "a.ccm-lint.tmp", "deep/er/b.ccm-lint.tmp", "x.json",
                "p/x.json", "p/q/xx.json", "a.tf", "d/a.tf", "ab.tf", "ab", "a/b", "acb", "x/acb", "docs/r.md", "docs/s/r.md",
                "x.yaml", "q/x.yaml", "a/b/c", "a.json", "b/c.json", "c", ".", "x/.", "x.", "a/x~", ".hidden", "d/.hidden",
                "terraform.tfstate", "m/terraform.tfstate.backup", "", "a*b", "q/*");
        int matched = 0;
        for (String g : globs) {
            Glob glob = Glob.compile(g);
            for (String p : paths) {
                boolean expected = glob.fullRegex().matcher(p).matches();
                assertThat(glob.matchesExactly(p)).as("%s on %s", g, p).isEqualTo(expected);
                matched += expected ? 1 : 0;
            }
        }
        assertThat(matched).isGreaterThan(30);
    }
}
