package io.ccmlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass scan answers as the checks it replaced (String.contains on the text as Latin-1). */
class StandAloneScanTest {
    private static boolean standsAlone(String text) {
        return !text.contains("\"Principal\"") && !text.contains("\"NotPrincipal\"") && !text.contains("\\u");
    }

    @Test
    void sameAnswersAsTheContainsChecks() {
        List<String> pieces = List.of("{", "}", "\"", "Principal", "NotPrincipal", "\\", "u", ":", "role/", "arn:aws:iam::1:role/x",
                "\"Principal\"", "aws:PrincipalTag/team", "\"NotPrincipal\"", "\\u0050", " ", "Allow", "ro", "le/", "\"Pr", "incipal\"");
        Random random = new Random(22);
        int alone = 0;
        int roles = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = b.toString();
            StandAloneScan scan = StandAloneScan.of(text.getBytes(StandardCharsets.ISO_8859_1));
            assertThat(scan.standsAlone()).as(text).isEqualTo(standsAlone(text));
            if (scan.standsAlone()) {
                assertThat(scan.mayNameRoles()).as(text).isEqualTo(text.contains(":role/"));
                alone++;
                roles += scan.mayNameRoles() ? 1 : 0;
            }
        }
        assertThat(alone).isBetween(1_000, 19_000);
        assertThat(roles).isGreaterThan(100);
    }
}
