package io.ccmlint.rules.harness;

import java.util.List;
import java.util.Locale;

/**
 * Cron expressions as Harness triggers read them: UNIX (minute hour day-of-month month
 * day-of-week) and QUARTZ (second minute hour day-of-month month day-of-week [year], with exactly
 * one of the day fields {@code ?}).
 */
final class Cron {
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private Cron() {
    }

    /** Why the expression is invalid for the type, or null when it is valid. */
    static String problem(String type, String expression) {
        String e = expression.strip();
        if (e.isEmpty()) {
            return "the expression is empty";
        }
        String[] f = e.split("\\s+");
        if ("QUARTZ".equals(type)) {
            if (f.length != 6 && f.length != 7) {
                return "a QUARTZ expression has 6 or 7 fields (second minute hour day-of-month month day-of-week [year]),"
                        + " this one has " + f.length + (f.length == 5 ? " (a UNIX expression? set type: UNIX)" : "");
            }
            String p = field(f[0], "second", 0, 59, null, false);
            p = p != null ? p : field(f[1], "minute", 0, 59, null, false);
            p = p != null ? p : field(f[2], "hour", 0, 23, null, false);
            p = p != null ? p : field(f[3], "day-of-month", 1, 31, null, true);
            p = p != null ? p : field(f[4], "month", 1, 12, MONTHS, false);
            p = p != null ? p : field(f[5], "day-of-week", 1, 7, DAYS, true);
            p = p != null || f.length == 6 ? p : field(f[6], "year", 1970, 2099, null, false);
            if (p == null && f[3].equals("?") == f[5].equals("?")) {
                p = "QUARTZ needs exactly one of day-of-month and day-of-week to be \"?\"";
            }
            return p;
        }
        if (f.length != 5) {
            return "a UNIX expression has 5 fields (minute hour day-of-month month day-of-week), this one has " + f.length
                    + (f.length == 6 || f.length == 7 ? " (a QUARTZ expression? set type: QUARTZ)" : "");
        }
        String p = field(f[0], "minute", 0, 59, null, false);
        p = p != null ? p : field(f[1], "hour", 0, 23, null, false);
        p = p != null ? p : field(f[2], "day-of-month", 1, 31, null, false);
        p = p != null ? p : field(f[3], "month", 1, 12, MONTHS, false);
        return p != null ? p : field(f[4], "day-of-week", 0, 7, DAYS, false);
    }

    private static String field(String raw, String name, int min, int max, List<String> names, boolean quartzDay) {
        String text = raw.toUpperCase(Locale.ROOT);
        if (quartzDay && (text.equals("?") || text.equals("L") || text.equals("LW") || text.matches("L-\\d{1,2}")
                || text.matches("\\d{1,2}W") || text.matches("[1-7A-Z]{1,3}(#[1-5]|L)"))) {
            return null;
        }
        for (String item : text.split(",", -1)) {
            String range = item;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                String step = item.substring(slash + 1);
                range = item.substring(0, slash);
                if (!step.matches("\\d{1,4}") || Integer.parseInt(step) == 0) {
                    return name + " field \"" + raw + "\": the step after / must be a positive number";
                }
            }
            if (range.equals("*")) {
                continue;
            }
            String[] ends = range.split("-", -1);
            if (ends.length > 2) {
                return name + " field \"" + raw + "\" is not a value, range, list or step";
            }
            Integer lo = null;
            for (String end : ends) {
                Integer v = value(end, names, min);
                if (v == null || v < min || v > max) {
                    return name + " field \"" + raw + "\": \"" + end + "\" is not in " + min + "-" + max
                            + (names == null ? "" : " (or " + names.get(0) + "-" + names.get(names.size() - 1) + ")");
                }
                if (lo != null && v < lo) {
                    return name + " field \"" + raw + "\": the range runs backwards";
                }
                lo = v;
            }
        }
        return null;
    }

    private static Integer value(String s, List<String> names, int min) {
        if (s.matches("\\d{1,4}")) {
            return Integer.parseInt(s);
        }
        if (names != null && names.contains(s)) {
            return names.indexOf(s) + min; // JAN = 1; SUN = 0 (UNIX) or 1 (QUARTZ)
        }
        return null;
    }
}
