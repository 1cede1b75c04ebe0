package io.ccmlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.workspace.RoleArnMentions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-pass scan answers as the checks it replaced (String.contains on the text as Latin-1), and
 * never says a text names no role when {@link RoleArnMentions} finds one in it.
 */
class StandAloneScanTest {
    private static final Pattern ACCOUNT_ROLE = Pattern.compile("::[0-9]{12}:role/");

    private static boolean standsAlone(String text) {
        return !text.contains("\"Principal\"") && !text.contains("\"NotPrincipal\"") && !text.contains("\\u");
    }

    @Test
    void sameAnswersAsTheContainsChecks() {
        List<String> pieces = List.of("{", "}", "\"", "Principal", "NotPrincipal", "\\", "u", ":", "role/", "arn:aws:iam::1:role/x",
                "arn:aws:iam::123456789012:role/x", "123456789012", "::", "arn:aws:iam", "\"taskRoleArn\": \"",
                "\"Principal\"", "aws:PrincipalTag/team", "\"NotPrincipal\"", "\\u0050", " ", "Allow", "ro", "le/", "\"Pr", "incipal\"");
        Random random = new Random(22);
        int alone = 0;
        int roles = 0;
        int named = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = b.toString();
            StandAloneScan scan = StandAloneScan.of(text.getBytes(StandardCharsets.ISO_8859_1));
            assertThat(scan.standsAlone()).as(text).isEqualTo(standsAlone(text));
            if (scan.standsAlone()) {
                assertThat(scan.mayNameRoles()).as(text).isEqualTo(ACCOUNT_ROLE.matcher(text).find());
                if (!scan.mayNameRoles()) {
                    assertThat(RoleArnMentions.scan(text)).as(text).isEqualTo(RoleArnMentions.Part.NONE);
                }
                alone++;
                roles += scan.mayNameRoles() ? 1 : 0;
                named += RoleArnMentions.scan(text).equals(RoleArnMentions.Part.NONE) ? 0 : 1;
            }
        }
        assertThat(alone).isBetween(1_000, 19_000);
        assertThat(roles).isGreaterThan(100);
        assertThat(named).isGreaterThan(100); // texts with a role ARN RoleArnMentions finds: the property above was tried

    }
}
