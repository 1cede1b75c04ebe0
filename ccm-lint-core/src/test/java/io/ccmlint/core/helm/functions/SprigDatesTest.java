package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.FunctionTemplates.error;
import static io.ccmlint.core.helm.functions.FunctionTemplates.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sprig's date functions; the expected texts are Helm v4.1.4's (Go's time package) for the same templates. */
class SprigDatesTest {
    private static final String T = "{{ $t := toDate \"2006-01-02T15:04:05Z07:00\" \"2024-03-09T17:04:05+01:00\" }}";
    private static final String U = "{{ $u := toDate \"2006-01-02 15:04:05\" \"2023-12-31 23:59:58\" }}";
    private static final String N = "{{ $n := toDate \"2006-01-02T15:04:05.999999999Z07:00\" \"2024-03-09T17:04:05.123456789+01:00\" }}";

    @Test
    void timesPrintAsGoDoes() {
        assertThat(render(T + U + N + "{{ $t }} | {{ $n }} | {{ $u }} | {{ toDate \"2006-01-02\" \"nope\" }}"))
                .isEqualTo("2024-03-09 17:04:05 +0100 +0100 | 2024-03-09 17:04:05.123456789 +0100 +0100 | 2023-12-31 23:59:58 +0000 UTC | 0001-01-01 00:00:00 +0000 UTC");
    }

    @Test
    void layoutsFollowTheReferenceTime() {
        assertThat(render(U + "{{ date \"2006 01 02 15 04 05 .000 Z07:00 MST\" $u }} | {{ date \"Jan January Mon Monday PM pm 3 03 _2 __2 002 06\" $u }}"))
                .isEqualTo("2023 12 31 23 59 58 .000 Z UTC | Dec December Sun Sunday PM pm 11 11 31 365 365 23");
        assertThat(render(N + U + "{{ date \"05.000 05.999 05,000000 05.999999999 .9\" $n }} | {{ date \"05.999\" $u }}|"))
                .isEqualTo("05.123 05.123 05,123456 05.123456789 .1 | 58|");
    }

    @Test
    void zones() {
        assertThat(render(T + N + "{{ dateInZone \"2006-01-02T15:04:05Z07:00 MST\" $t \"UTC\" }} | {{ dateInZone \"15:04 -0700 -07 -07:00:00 Z0700\" $t \"America/New_York\" }} | {{ dateInZone \"Mon, 02 Jan 2006 15:04:05 MST\" $n \"Asia/Tokyo\" }}"))
                .isEqualTo("2024-03-09T16:04:05Z UTC | 11:04 -0500 -05 -05:00:00 -0500 | Sun, 10 Mar 2024 01:04:05 JST");
        assertThat(render(T + U + "{{ dateInZone \"15:04 MST\" $t \"Europe/Berlin\" }} | {{ dateInZone \"2006-01-02 MST\" $t \"No/Such_Zone\" }} | {{ htmlDate $t }} | {{ htmlDateInZone $u \"Pacific/Auckland\" }}"))
                .isEqualTo("17:04 CET | 2024-03-09 UTC | 2024-03-09 | 2024-01-01");
    }

    @Test
    void epochsAndArgumentKinds() {
        assertThat(render(T + "{{ unixEpoch $t }} {{ date \"2006-01-02T15:04:05\" 1700000000 }} {{ date \"2006\" (toDate \"2006-01-02\" \"2019-06-01\") }} {{ date \"2006-01-02\" (int64 86400) }} {{ date \"2006-01-02\" (int 0) }}"))
                .isEqualTo("1710000245 2023-11-14T22:13:20 2019 1970-01-02 1970-01-01");
        assertThat(render("{{ date \"2006-01-02\" \"a string is now\" }} {{ now }} {{ now | typeOf }}"))
                .isEqualTo("2026-01-01 2026-01-01 00:00:00 +0000 UTC time.Time");
    }

    @Test
    void durations() {
        assertThat(render("{{ duration 90 }} {{ duration \"90\" }} {{ duration (int64 3725) }} {{ duration \"-1\" }} {{ duration \"x\" }} {{ duration \"100000\" }} {{ duration \"9223372036854775807\" }} {{ duration \"0.5\" }}"))
                .as("an int is no int64 for duration: 0s").isEqualTo("0s 1m30s 1h2m5s -1s 0s 27h46m40s -1s 0s");
        assertThat(render("{{ durationRound \"2h30m\" }} {{ durationRound \"-3m10s\" }} {{ durationRound \"800h\" }} {{ durationRound \"9000h\" }} {{ durationRound \"1s\" }} {{ durationRound (int64 61000000000) }} {{ durationRound \"bad\" }} {{ durationRound \"1.5us\" }}"))
                .isEqualTo("2h 3m 1mo 1y 0s 1m 0s 0s");
        assertThat(render("{{ ago 0 }} {{ ago now }} {{ durationRound (toDate \"2006\" \"2025\") }}"))
                .as("measured from the fixed now; 365 days is not more than a year").isEqualTo("490896h0m0s 0s 12mo");
    }

    @Test
    void dateModify() {
        assertThat(render(T + U + N + "{{ dateModify \"1h30m\" $t }} | {{ dateModify \"-48h\" $u | date \"2006-01-02\" }} | {{ dateModify \"bogus\" $u }} | {{ mustDateModify \"1.5s\" $n }} | {{ date_modify \"90m\" $u | unixEpoch }}"))
                .isEqualTo("2024-03-09 18:34:05 +0100 +0100 | 2023-12-29 | 2023-12-31 23:59:58 +0000 UTC | 2024-03-09 17:04:06.623456789 +0100 +0100 | 1704072598");
        assertThat(render("{{ mustDateModify \"1h15m30.918273645s\" (toDate \"2006\" \"2000\") }} {{ mustDateModify \"-1.5µs\" (toDate \"2006\" \"2000\") | date \"05.000000000\" }}"))
                .isEqualTo("2000-01-01 01:15:30.918273645 +0000 UTC 59.999998500");
        assertThat(error("{{ mustDateModify \"1d\" now }}")).isEqualTo("error calling mustDateModify: time: unknown unit \"d\" in duration \"1d\"");
        assertThat(error("{{ mustDateModify \"5\" now }}")).isEqualTo("error calling mustDateModify: time: missing unit in duration \"5\"");
        assertThat(error("{{ mustDateModify \"\" now }}")).isEqualTo("error calling mustDateModify: time: invalid duration \"\"");
        assertThat(error("{{ dateModify \"1h\" \"2024\" }}")).isEqualTo("can't handle \"2024\" for arg of type time.Time");
        assertThat(error("{{ unixEpoch 5 }}")).isEqualTo("can't handle 5 for arg of type time.Time");
    }

    @Test
    void parsing() {
        assertThat(render("{{ toDate \"Jan 2, 2006 at 3:04pm (MST)\" \"Feb 3, 2013 at 7:54pm (PST)\" }} | {{ toDate \"02/01/06 15:04\" \"31/12/99 23:01\" }} | {{ toDate \"2006-01-02T15:04:05Z07:00\" \"2020-02-29T12:00:00Z\" }} | {{ toDate \"2006-01-02 15:04:05 -0700\" \"2021-05-06 07:08:09 +0530\" }}"))
                .isEqualTo("2013-02-03 19:54:00 +0000 PST | 1999-12-31 23:01:00 +0000 UTC | 2020-02-29 12:00:00 +0000 UTC | 2021-05-06 07:08:09 +0530 +0530");
        assertThat(render("{{ toDate \"Monday Jan _2 3:04:05PM 2006\" \"Tuesday Feb  6 11:22:33AM 2024\" }} | {{ toDate \"2006-01-02 MST\" \"2024-06-01 CEST\" }} | {{ toDate \"2006-01-02 15:04 MST\" \"2024-06-01 10:00 GMT+2\" }}"))
                .isEqualTo("2024-02-06 11:22:33 +0000 UTC | 2024-06-01 00:00:00 +0000 CEST | 2024-06-01 12:00:00 +0200 GMT+2");
        assertThat(error("{{ mustToDate \"2006-01-02\" \"2024-13-01\" }}")).isEqualTo("error calling mustToDate: parsing time \"2024-13-01\": month out of range");
        assertThat(error("{{ mustToDate \"2006-01-02\" \"2024-02-30\" }}")).isEqualTo("error calling mustToDate: parsing time \"2024-02-30\": day out of range");
        assertThat(error("{{ mustToDate \"2006-01-02\" \"24-02-03\" }}")).isEqualTo("error calling mustToDate: parsing time \"24-02-03\" as \"2006-01-02\": cannot parse \"24-02-03\" as \"2006\"");
        assertThat(error("{{ mustToDate \"2006-01-02\" \"2024-02-03x\" }}")).isEqualTo("error calling mustToDate: parsing time \"2024-02-03x\": extra text: \"x\"");
        assertThat(error("{{ mustToDate \"15:04\" \"25:00\" }}")).isEqualTo("error calling mustToDate: parsing time \"25:00\": hour out of range");
    }

    @Test
    void timesMarshalAsRfc3339Nano() {
        assertThat(render("{{ toJson (toDate \"2006-01-02\" \"2024-03-09\") }} {{ toYaml (dict \"t\" (toDate \"2006-01-02T15:04:05.999Z07:00\" \"2024-03-09T01:02:03.5+01:00\")) }}"))
                .isEqualTo("\"2024-03-09T00:00:00Z\" t: \"2024-03-09T01:02:03.5+01:00\"");
    }

    @Test
    void timeMethods() {
        assertThat(render(T + U + "{{ $t.Format \"2006-01-02\" }} {{ $t.Unix }} {{ $t.UTC }} {{ $u.Year }}"))
                .isEqualTo("2024-03-09 1710000245 2024-03-09 16:04:05 +0000 UTC 2023");
    }
}
