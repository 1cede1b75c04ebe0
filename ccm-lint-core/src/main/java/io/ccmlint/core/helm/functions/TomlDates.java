package io.ccmlint.core.helm.functions;

/**
 * TOML datetimes as BurntSushi/toml reads them (parse.go's dtTypes): the layouts tried in order, an
 * offset datetime in Local (UTC here), the local kinds in the library's fixed zones named
 * "datetime-local", "date-local" and "time-local" at Local's offset, so they print as Go prints them.
 */
final class TomlDates {
    private static final String[][] LAYOUTS = {
        {"2006-01-02T15:04:05.999999999Z07:00", null},
        {"2006-01-02T15:04:05.999999999", "datetime-local"},
        {"2006-01-02", "date-local"},
        {"15:04:05.999999999", "time-local"},
        {"2006-01-02T15:04Z07:00", null},
        {"2006-01-02T15:04", "datetime-local"},
        {"15:04", "time-local"},
    };

    private TomlDates() {
    }

    /** The time, or null when no layout fits (or Go's parse took a one-digit hour). */
    static GoTime parse(String v) {
        for (String[] layout : LAYOUTS) {
            GoTime t;
            try {
                t = GoTimeLayout.parse(layout[0], v);
            } catch (GoTimeLayout.ParseException e) {
                continue;
            }
            if (missingLeadingZero(v, layout[0])) {
                return null;
            }
            return layout[1] == null ? t : new GoTime(t.unix(), t.nano(), GoZone.fixed(layout[1], 0));
        }
        return null;
    }

    /** time.Parse takes "7:32" for "15:04"; TOML wants two digits, so separators must line up. */
    private static boolean missingLeadingZero(String d, String layout) {
        for (int i = 0; i < layout.length(); i++) {
            char c = layout.charAt(i);
            if (c == '.' || c == 'Z') {
                return false;
            }
            if ((c < '0' || c > '9') && (i >= d.length() || d.charAt(i) != c)) {
                return true;
            }
        }
        return false;
    }
}
