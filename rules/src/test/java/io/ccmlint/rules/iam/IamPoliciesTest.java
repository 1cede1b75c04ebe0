package io.ccmlint.rules.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written scans of {@link IamPolicies} agree with the plain definitions they replace. */
class IamPoliciesTest {
    /** {@code "*"}, or the text after the first colon is {@code "*"} and there is no other wildcard. */
    private static boolean fullWildcardByDefinition(String action) {
        if (action.equals("*")) {
            return true;
        }
        int colon = action.indexOf(':');
        return colon > 0 && action.substring(colon + 1).equals("*") && action.indexOf('*') == colon + 1
                && action.indexOf('?') < 0;
    }

    @Test
    void fullWildcardIsItsDefinition() {
        List<String> inputs = new ArrayList<>(List.of("", "*", "**", ":", ":*", "s3:*", "s3:**", "s3:*?", "s?:*", "s*:*", "s3::*",
                "s3:a:*", "ec2:Describe*", "*:*", "s3:GetObject", "S3:*", " :*", "s3:* ", "?", "a"));
        String alphabet = "s3:*?a:";
        Random random = new Random(102);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(b.toString());
        }
        int full = 0;
        for (String a : inputs) {
            assertThat(IamPolicies.fullWildcard(a)).as("%s", a).isEqualTo(fullWildcardByDefinition(a));
            full += fullWildcardByDefinition(a) ? 1 : 0;
        }
        assertThat(full).as("both answers occur").isBetween(100, inputs.size() - 100);
    }
}
