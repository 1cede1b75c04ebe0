package io.ccmlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {
    @Test
    void patternsFindCredentialsButNotLongerWords() {
        assertThat(Credentials.ACCESS_KEY_ID.matcher("key AKIAABCDEFGHIJKLMNOP here").find()).isTrue();
        assertThat(Credentials.ACCESS_KEY_ID.matcher("XAKIAABCDEFGHIJKLMNOP").find()).isFalse();
        assertThat(Credentials.ACCESS_KEY_ID.matcher("AKIAABCDEFGHIJKLMNOPQ").find()).isFalse();
        assertThat(Credentials.HARNESS_TOKEN.matcher("pat.abc_DEF.0123456.abcdefg").find()).isTrue();
        assertThat(Credentials.HARNESS_TOKEN.matcher("xpat.abc_DEF.0123456.abcdefg").find()).isFalse();
        assertThat(Credentials.SECRET_KEY.matcher("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY").matches()).isTrue();
        assertThat(Credentials.SECRET_KEY.matcher("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY1").matches()).isFalse();
    }

    @Test
    void anyIsTheAlternationOfTheThreeFindPatterns() {
        for (String s : new String[] {"AKIAABCDEFGHIJKLMNOP", "sat.abcdef.123456.abcdef", "-----BEGIN RSA PRIVATE KEY-----",
                "-----BEGIN PUBLIC KEY-----", "plain text"}) {
            boolean one = Credentials.ACCESS_KEY_ID.matcher(s).find() || Credentials.HARNESS_TOKEN.matcher(s).find()
                    || Credentials.PRIVATE_KEY.matcher(s).find();
            assertThat(Credentials.ANY.matcher(s).find()).as(s).isEqualTo(one);
        }
    }

    @Test
    void whatMayHoldNoKeyOrTokenMatchesNeitherPattern() {
        for (String s : new String[] {"AKIAABCDEFGHIJKLMNOP", "x ASIAABCDEFGHIJKLMNOP y", "pat.abc_DEF.0123456.abcdefg",
                "sat.abcdef.123456.abcdef", "plain text", "description of a field", "ASI", "pa t.x.y.z", ""}) {
            boolean found = Credentials.ACCESS_KEY_ID.matcher(s).find() || Credentials.HARNESS_TOKEN.matcher(s).find();
            if (!Credentials.mayHoldKeyOrToken(s)) {
                assertThat(found).as(s).isFalse();
            }
            if (found) {
                assertThat(Credentials.mayHoldKeyOrToken(s)).as(s).isTrue();
            }
        }
        assertThat(Credentials.mayHoldKeyOrToken("description of a field")).isFalse();
        assertThat(Credentials.mayHoldKeyOrToken("AKIAABCDEFGHIJKLMNOP")).isTrue();
    }

    @Test
    void standInsAreMaskedElidedOrPlaceholdersNotSecrets() {
        for (String s : new String[] {"", "  ", "......", "****", "xxxxxxxx", "<api-key>", "YOUR_API_KEY", "REPLACE_ME"}) {
            assertThat(Credentials.isStandIn(s)).as(s).isTrue();
        }
        for (String s : new String[] {"hunter2hunter2", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "pat.abc_DEF.0123456.abcdefg",
                "x.y", "a..b"}) {
            assertThat(Credentials.isStandIn(s)).as(s).isFalse();
        }
    }
}
