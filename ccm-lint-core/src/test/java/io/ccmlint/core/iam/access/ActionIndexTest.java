package io.ccmlint.core.iam.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.aws.ManagedPolicies;
import io.ccmlint.core.aws.catalog.IamCatalog;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The actions a pattern names: a lookup for a literal action, the catalog's matcher otherwise, the same answer either way. */
class ActionIndexTest {
    /** What the catalog's own matcher names (the one every IAM rule uses), as the index's bits. */
    private static BitSet byCatalog(ActionIndex index, String pattern) {
        BitSet out = new BitSet();
        if (pattern.chars().allMatch(c -> c == '*')) { // "" too, as the index reads it
            out.set(0, index.size());
            return out;
        }
        for (var a : IamCatalog.get().matching(pattern)) {
            out.set(index.indexOf(a.fullName()));
        }
        return out;
    }

    @Test
    void everyPatternNamesWhatMatchingEveryNameGives() {
        ActionIndex index = ActionIndex.get();
        TreeSet<String> written = new TreeSet<>();
        for (String arn : ManagedPolicies.get().arns()) {
            for (Statement s : ManagedPolicies.get().byArn(arn).orElseThrow().statements()) {
                if (s.actions() != null) {
                    s.actions().values().stream().filter(Scalar::isKnown).map(Scalar::known).forEach(written::add);
                }
            }
        }
        List<String> patterns = new ArrayList<>();
        int i = 0;
        for (String p : written) { // a sample of the managed policies' (~13,000) ...
            if (i++ % 25 == 0) {
                patterns.add(p);
            }
        }
        patterns.addAll(List.of( // ... and the edges of the lookup
                "s3:GetObject", "S3:GETOBJECT", "s3:getobject", "iam:PassRole", "s3:NoSuchAction", "nosuchservice:Get",
                "s3getobject", "s3:get:object", "", "*", "**", "s3:*", "s3:Get?bject", "s3:Get*", "*:GetObject",
                "\u017f3:GetObject", "s3:GetObject\u212a", "iam:Pa\u017f\u017fRole"));
        for (String p : patterns) {
            assertThat(index.matching(p)).as(p).isEqualTo(byCatalog(index, p));
        }
        assertThat(index.matching("S3:GetObject").cardinality()).isEqualTo(1);
        assertThat(index.matching("iam:Pa\u017f\u017fRole")).as("U+017F matches s case-insensitively, as in Wildcard")
                .isEqualTo(index.matching("iam:PassRole"));
        assertThat(index.matching("s3:NoSuchAction").isEmpty()).isTrue();
        assertThat(index.matching("").cardinality()).isEqualTo(index.size());
        assertThat(index.indexOf("S3:getObject")).isEqualTo(index.matching("s3:GetObject").nextSetBit(0));
        assertThat(written.stream().map(p -> p.toLowerCase(Locale.ROOT)).distinct().count()).isGreaterThan(10_000);
    }
}
