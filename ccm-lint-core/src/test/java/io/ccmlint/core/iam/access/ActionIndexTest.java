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
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The actions a pattern names: a lookup for a literal action, the catalog's matcher otherwise, the same answer either way;
 * and the numbering made per service on first use is the one made for every service up front ({@link EagerActionIndex}).
 */
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

    /** Literal actions, svc:*, svc:Get*, *, mixed case, unknown services, non-ASCII, and a sample of what AWS writes. */
    private static List<String> patterns() {
        List<String> out = new ArrayList<>(List.of(
                "ec2:DescribeRegions", "EC2:describeregions", "iam:PassRole", "IAM:PASSROLE", "s3:GetObject", "s3:NoSuchAction",
                "ec2:*", "EC2:*", "ec2:**", "s3:*", "lambda:*", "zocalo:*", "ec2:", ":*", ":GetObject", "*:*", "*:GetObject",
                "s3:Get*", "S3:get*", "s3:Get*Acl", "ec2:Describe?egions", "?3:GetObject", "s3*:Get*", "s*", "*Object", "a*",
                "*", "**", "", "nosuchservice:Get", "nosuchservice:*", "nosuch*:*", "s3getobject", "s3:get:object", "s3:*:*",
                "\u017f3:GetObject", "s3:GetObject\u212a", "iam:Pa\u017f\u017fRole", "\u0130am:PassRole", "ec2:\u00e9*",
                "ec2:Describe\u0130*", "\u212ams:Decrypt", "kms:*\u212a*"));
        TreeSet<String> written = new TreeSet<>();
        for (String arn : ManagedPolicies.get().arns()) {
            for (Statement s : ManagedPolicies.get().byArn(arn).orElseThrow().statements()) {
                if (s.actions() != null) {
                    s.actions().values().stream().filter(Scalar::isKnown).map(Scalar::known).forEach(written::add);
                }
            }
        }
        int i = 0;
        for (String p : written) {
            if (i++ % 40 == 7) {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void numberingPerServiceOnFirstUseIsTheEagerOne() throws Exception {
        EagerActionIndex eager = new EagerActionIndex(IamCatalog.get());
        ActionIndex lazy = new ActionIndex(IamCatalog.get());
        assertThat(lazy.size()).isEqualTo(eager.size()).isGreaterThan(20_000);
        for (String p : patterns()) { // first, while no service or only some are numbered
            assertThat(lazy.matching(p)).as(p).isEqualTo(eager.matching(p));
            assertThat(lazy.indexOf(p)).as(p).isEqualTo(eager.indexOf(p));
        }
        CompletableFuture<String[]> backwards = CompletableFuture.supplyAsync(() -> {
            String[] names = new String[lazy.size()];
            for (int i = names.length - 1; i >= 0; i--) {
                names[i] = lazy.name(i);
            }
            return names;
        });
        String[] forwards = new String[lazy.size()];
        for (int i = 0; i < forwards.length; i++) {
            forwards[i] = lazy.name(i);
        }
        assertThat(backwards.get()).isEqualTo(forwards);
        for (int i = 0; i < eager.size(); i++) {
            String n = eager.name(i);
            assertThat(forwards[i]).isEqualTo(n);
            assertThat(lazy.serviceOf(i)).isEqualTo(eager.serviceOf(i));
            assertThat(lazy.serviceSize(lazy.serviceOf(i))).isEqualTo(eager.serviceSize(eager.serviceOf(i)));
            assertThat(lazy.serviceEnd(i)).as(n).isGreaterThan(i).isLessThanOrEqualTo(eager.size());
            assertThat(lazy.indexOf(n)).isEqualTo(i);
            assertThat(lazy.indexOf(n.toUpperCase(Locale.ROOT))).isEqualTo(eager.indexOf(n.toUpperCase(Locale.ROOT)));
        }
        for (String prefix : IamCatalog.get().prefixes()) {
            assertThat(lazy.serviceSize(prefix)).as(prefix).isEqualTo(eager.serviceSize(prefix));
        }
        assertThat(lazy.serviceSize("nosuchservice")).isZero();
        ActionIndex fresh = new ActionIndex(IamCatalog.get()); // and once every service is numbered
        for (int i = 0; i < fresh.size(); i++) {
            fresh.name(i);
        }
        for (String p : patterns()) {
            assertThat(fresh.matching(p)).as(p).isEqualTo(eager.matching(p));
        }
    }

    @Test
    void aQuestionAboutOneActionNumbersOneService() {
        ActionIndex index = new ActionIndex(IamCatalog.get());
        assertThat(index.indexOf("ec2:DescribeRegions")).isNotNegative();
        assertThat(index.matching("EC2:describeRegions").cardinality()).isEqualTo(1);
        assertThat(index.matching("*").cardinality()).isEqualTo(index.size());
        assertThat(index.matching("s3:*").cardinality()).isEqualTo(index.serviceSize("s3")).isGreaterThan(100);
        assertThat(index.matching("nosuchservice:GetThing").isEmpty()).isTrue();
        assertThat(index.matching("s3getobject").isEmpty()).isTrue();
        assertThat(index.servicesNumbered()).isEqualTo(1);
        assertThat(index.serviceOf(index.indexOf("iam:PassRole"))).isEqualTo("iam");
        assertThat(index.servicesNumbered()).isEqualTo(2);
    }
}
