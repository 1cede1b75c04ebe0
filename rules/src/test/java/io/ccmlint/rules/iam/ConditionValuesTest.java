package io.ccmlint.rules.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.iam.ConditionOperator.Family;
import org.junit.jupiter.api.Test;

class ConditionValuesTest {
    @Test
    void numbers() {
        for (String ok : new String[] {"10", "-3", "+4.5", ".5", "1e3", "28800"}) {
            assertThat(ConditionValues.is(Family.NUMERIC, ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"ten", "", "1,000", "10s", "0x10"}) {
            assertThat(ConditionValues.is(Family.NUMERIC, bad)).as(bad).isFalse();
        }
    }

    @Test
    void datesAsW3cIso8601OrEpochSeconds() {
        for (String ok : new String[] {"2026", "2026-01", "2026-01-31", "2026-01-31T12:00Z", "2026-01-31T12:00:00Z",
            "2026-01-31T12:00:00.5+01:00", "2026-01-31T23:59:59-0800", "20260131", "20260131T120000Z", "1700000000",
            "1.7E+9"}) {
            assertThat(ConditionValues.isDate(ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"bad", "2026-13-01", "2026-01-32", "2026-01-31T25:00:00Z", "31/01/2026",
            "2026-1-5", "yesterday", ""}) {
            assertThat(ConditionValues.isDate(bad)).as(bad).isFalse();
        }
    }

    @Test
    void booleansInAnyCase() {
        assertThat(ConditionValues.is(Family.BOOL, "true")).isTrue();
        assertThat(ConditionValues.is(Family.BOOL, "False")).isTrue();
        assertThat(ConditionValues.is(Family.NULL, "TRUE")).isTrue();
        assertThat(ConditionValues.is(Family.BOOL, "yes")).isFalse();
        assertThat(ConditionValues.is(Family.NULL, "1")).isFalse();
    }

    @Test
    void ipAddressesAndCidrRanges() {
        for (String ok : new String[] {"203.0.113.0/24", "203.0.113.7", "0.0.0.0/0", "2001:DB8:1234:5678::/64", "::1",
            "::", "2001:db8::", "1:2:3:4:5:6:7:8", "::ffff:192.0.2.1", "1:2:3:4:5:6:192.0.2.1", "fe80::1/128"}) {
            assertThat(ConditionValues.isIpRange(ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"10.0.0.256", "10.0.0", "1.2.3.4/33", "2001:db8::/129", "1::2::3", "12345::",
            "1:2:3:4:5:6:7:8:9", "example.com", "10.0.0.0/", "1:2:3:4:5:6:7:1.2.3.4", ""}) {
            assertThat(ConditionValues.isIpRange(bad)).as(bad).isFalse();
        }
    }

    @Test
    void base64() {
        assertThat(ConditionValues.is(Family.BINARY, "QmluYXJ5VmFsdWVJbkJhc2U2NA==")).isTrue();
        assertThat(ConditionValues.is(Family.BINARY, "not base64!")).isFalse();
        assertThat(ConditionValues.is(Family.BINARY, "abc")).isFalse();
    }

    @Test
    void stringsAndArnsAreNeverWrongHere() {
        assertThat(ConditionValues.is(Family.STRING, "anything")).isTrue();
        assertThat(ConditionValues.is(Family.ARN, "not-an-arn")).isTrue();
    }
}
