package io.ccmlint.core.iam.access;

import static io.ccmlint.core.iam.access.EffectivePermissionsTest.of;
import static io.ccmlint.core.iam.access.EffectivePermissionsTest.policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** New access between two revisions of a principal: what CCM112 reports. */
class AccessDiffTest {
    private static final String BUCKET = "arn:aws:s3:::acme/";

    private static List<AccessDiff.NewAccess> diff(String now, String before) {
        return AccessDiff.between(of(policy("now.json", now.split("\\|"))), of(policy("before.json", before.split("\\|"))));
    }

    @Test
    void anUnchangedPrincipalGainsNothing() {
        String s = "{'Effect':'Allow','Action':['s3:GetObject','s3:List*'],'Resource':['" + BUCKET + "a/*','" + BUCKET + "b/*']}"
                + "|{'Effect':'Allow','Action':'iam:PassRole','Resource':'*','Condition':{'StringEquals':{'iam:PassedToService':'ec2.amazonaws.com'}}}";
        assertThat(diff(s, s)).isEmpty();
    }

    @Test
    void anActionAddedUnderTheSamePatternIsNew() {
        List<AccessDiff.NewAccess> gained = diff(
                "{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],'Resource':'" + BUCKET + "*'}",
                "{'Effect':'Allow','Action':'s3:GetObject','Resource':'" + BUCKET + "*'}");
        assertThat(gained).singleElement().satisfies(n -> {
            assertThat(n.resource()).isEqualTo(BUCKET + "*");
            assertThat(n.describe()).isEqualTo("s3:PutObject");
        });
    }

    @Test
    void aPatternCoveredByWiderOnesBeforeIsNotNewEvenWhenItsOwnEntryBeforeHeldLess() {
        // before: GetObject on the prefix itself and PutObject on all of the bucket: together all of now
        List<AccessDiff.NewAccess> gained = diff(
                "{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],'Resource':'" + BUCKET + "logs/*'}",
                "{'Effect':'Allow','Action':'s3:GetObject','Resource':'" + BUCKET + "logs/*'}"
                        + "|{'Effect':'Allow','Action':'s3:PutObject','Resource':'" + BUCKET + "*'}");
        assertThat(gained).isEmpty();
    }

    @Test
    void anAllowThatLosesItsConditionIsNewUnconditionalAccess() {
        String allow = "{'Effect':'Allow','Action':'iam:PassRole','Resource':'*'";
        List<AccessDiff.NewAccess> gained = diff(allow + "}",
                allow + ",'Condition':{'StringEquals':{'iam:PassedToService':'ec2.amazonaws.com'}}}");
        assertThat(gained).singleElement().satisfies(n -> {
            assertThat(n.actions().isEmpty()).isTrue();
            assertThat(n.describe()).isEqualTo("without a condition now: iam:PassRole");
        });
    }
}
