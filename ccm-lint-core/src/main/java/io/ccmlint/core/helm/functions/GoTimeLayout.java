package io.ccmlint.core.helm.functions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Go's time layouts, on the reference time {@code Mon Jan 2 15:04:05 MST 2006}: Time.Format and
 * time.ParseInLocation with Local, following the time package's nextStdChunk, Format and parse.
 */
final class GoTimeLayout {
    private static final int NONE = 0;
    private static final int LONG_MONTH = 1;
    private static final int MONTH = 2;
    private static final int NUM_MONTH = 3;
    private static final int ZERO_MONTH = 4;
    private static final int LONG_WEEKDAY = 5;
    private static final int WEEKDAY = 6;
    private static final int DAY = 7;
    private static final int UNDER_DAY = 8;
    private static final int ZERO_DAY = 9;
    private static final int UNDER_YEARDAY = 10;
    private static final int ZERO_YEARDAY = 11;
    private static final int HOUR = 12;
    private static final int HOUR12 = 13;
    private static final int ZERO_HOUR12 = 14;
    private static final int MINUTE = 15;
    private static final int ZERO_MINUTE = 16;
    private static final int SECOND = 17;
    private static final int ZERO_SECOND = 18;
    private static final int LONG_YEAR = 19;
    private static final int YEAR = 20;
    private static final int PM = 21;
    private static final int PM_LOWER = 22;
    private static final int TZ = 23;
    private static final int ISO_TZ = 24;
    private static final int ISO_SECONDS_TZ = 25;
    private static final int ISO_SHORT_TZ = 26;
    private static final int ISO_COLON_TZ = 27;
    private static final int ISO_COLON_SECONDS_TZ = 28;
    private static final int NUM_TZ = 29;
    private static final int NUM_SECONDS_TZ = 30;
    private static final int NUM_SHORT_TZ = 31;
    private static final int NUM_COLON_TZ = 32;
    private static final int NUM_COLON_SECONDS_TZ = 33;
    private static final int FRAC0 = 34;
    private static final int FRAC9 = 35;

    private static final int[] ZERO_X = {ZERO_MONTH, ZERO_DAY, ZERO_HOUR12, ZERO_MINUTE, ZERO_SECOND, YEAR};
    static final String[] LONG_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    static final String[] LONG_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

    private GoTimeLayout() {
    }

    /** One element of a layout: the literal text before it, its code (NONE at the end), its text, the rest. */
    private record Chunk(String prefix, int std, String stdText, String suffix, int fracDigits, char fracSep) {
    }

    private static Chunk chunk(String l, int i, int std, int len) {
        return new Chunk(l.substring(0, i), std, l.substring(i, i + len), l.substring(i + len), 0, '.');
    }

    private static boolean startsWithLower(String s) {
        return !s.isEmpty() && s.charAt(0) >= 'a' && s.charAt(0) <= 'z';
    }

    private static boolean at(String l, int i, String s) {
        return l.startsWith(s, i);
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static Chunk next(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            switch (c) {
                case 'J':
                    if (at(l, i, "Jan")) {
                        if (at(l, i, "January")) {
                            return chunk(l, i, LONG_MONTH, 7);
                        }
                        if (!startsWithLower(l.substring(i + 3))) {
                            return chunk(l, i, MONTH, 3);
                        }
                    }
                    break;
                case 'M':
                    if (at(l, i, "Mon")) {
                        if (at(l, i, "Monday")) {
                            return chunk(l, i, LONG_WEEKDAY, 6);
                        }
                        if (!startsWithLower(l.substring(i + 3))) {
                            return chunk(l, i, WEEKDAY, 3);
                        }
                    }
                    if (at(l, i, "MST")) {
                        return chunk(l, i, TZ, 3);
                    }
                    break;
                case '0':
                    if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
                        return chunk(l, i, ZERO_X[l.charAt(i + 1) - '1'], 2);
                    }
                    if (at(l, i, "002")) {
                        return chunk(l, i, ZERO_YEARDAY, 3);
                    }
                    break;
                case '1':
                    if (at(l, i, "15")) {
                        return chunk(l, i, HOUR, 2);
                    }
                    return chunk(l, i, NUM_MONTH, 1);
                case '2':
                    if (at(l, i, "2006")) {
                        return chunk(l, i, LONG_YEAR, 4);
                    }
                    return chunk(l, i, DAY, 1);
                case '_':
                    if (at(l, i, "_2")) {
                        if (at(l, i, "_2006")) {
                            return chunk(l, i + 1, LONG_YEAR, 4);
                        }
                        return chunk(l, i, UNDER_DAY, 2);
                    }
                    if (at(l, i, "__2")) {
                        return chunk(l, i, UNDER_YEARDAY, 3);
                    }
                    break;
                case '3':
                    return chunk(l, i, HOUR12, 1);
                case '4':
                    return chunk(l, i, MINUTE, 1);
                case '5':
                    return chunk(l, i, SECOND, 1);
                case 'P':
                    if (at(l, i, "PM")) {
                        return chunk(l, i, PM, 2);
                    }
                    break;
                case 'p':
                    if (at(l, i, "pm")) {
                        return chunk(l, i, PM_LOWER, 2);
                    }
                    break;
                case '-':
                    if (at(l, i, "-070000")) {
                        return chunk(l, i, NUM_SECONDS_TZ, 7);
                    }
                    if (at(l, i, "-07:00:00")) {
                        return chunk(l, i, NUM_COLON_SECONDS_TZ, 9);
                    }
                    if (at(l, i, "-0700")) {
                        return chunk(l, i, NUM_TZ, 5);
                    }
                    if (at(l, i, "-07:00")) {
                        return chunk(l, i, NUM_COLON_TZ, 6);
                    }
                    if (at(l, i, "-07")) {
                        return chunk(l, i, NUM_SHORT_TZ, 3);
                    }
                    break;
                case 'Z':
                    if (at(l, i, "Z070000")) {
                        return chunk(l, i, ISO_SECONDS_TZ, 7);
                    }
                    if (at(l, i, "Z07:00:00")) {
                        return chunk(l, i, ISO_COLON_SECONDS_TZ, 9);
                    }
                    if (at(l, i, "Z0700")) {
                        return chunk(l, i, ISO_TZ, 5);
                    }
                    if (at(l, i, "Z07:00")) {
                        return chunk(l, i, ISO_COLON_TZ, 6);
                    }
                    if (at(l, i, "Z07")) {
                        return chunk(l, i, ISO_SHORT_TZ, 3);
                    }
                    break;
                case '.':
                case ',':
                    if (i + 1 < l.length() && (l.charAt(i + 1) == '0' || l.charAt(i + 1) == '9')) {
                        char ch = l.charAt(i + 1);
                        int j = i + 1;
                        while (j < l.length() && l.charAt(j) == ch) {
                            j++;
                        }
                        if (!isDigit(l, j)) {
                            return new Chunk(l.substring(0, i), ch == '9' ? FRAC9 : FRAC0, l.substring(i, j),
                                    l.substring(j), j - (i + 1), c);
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        return new Chunk(l, NONE, "", "", 0, '.');
    }

    /** Time.Format. */
    static String format(GoTime t, String layout) {
        int offset = t.zone().offset(t.unix());
        String zoneName = t.zone().abbreviation(t.unix());
        LocalDateTime local = LocalDateTime.ofEpochSecond(t.unix(), 0, ZoneOffset.ofTotalSeconds(offset));
        int year = local.getYear();
        int month = local.getMonthValue();
        int day = local.getDayOfMonth();
        int yday = local.getDayOfYear();
        int hour = local.getHour();
        int min = local.getMinute();
        int sec = local.getSecond();
        int weekday = local.getDayOfWeek().getValue() % 7;
        StringBuilder b = new StringBuilder();
        String l = layout;
        while (!l.isEmpty()) {
            Chunk c = next(l);
            b.append(c.prefix());
            if (c.std() == NONE) {
                break;
            }
            l = c.suffix();
            switch (c.std()) {
                case YEAR: b.append(pad(Math.floorMod(year, 100), 2)); break;
                case LONG_YEAR: b.append(pad(year, 4)); break;
                case MONTH: b.append(LONG_MONTHS[month - 1], 0, 3); break;
                case LONG_MONTH: b.append(LONG_MONTHS[month - 1]); break;
                case NUM_MONTH: b.append(month); break;
                case ZERO_MONTH: b.append(pad(month, 2)); break;
                case WEEKDAY: b.append(LONG_DAYS[weekday], 0, 3); break;
                case LONG_WEEKDAY: b.append(LONG_DAYS[weekday]); break;
                case DAY: b.append(day); break;
                case UNDER_DAY: b.append(day < 10 ? " " : "").append(day); break;
                case ZERO_DAY: b.append(pad(day, 2)); break;
                case UNDER_YEARDAY: b.append(yday < 100 ? (yday < 10 ? "  " : " ") : "").append(yday); break;
                case ZERO_YEARDAY: b.append(pad(yday, 3)); break;
                case HOUR: b.append(pad(hour, 2)); break;
                case HOUR12: b.append(hour % 12 == 0 ? 12 : hour % 12); break;
                case ZERO_HOUR12: b.append(pad(hour % 12 == 0 ? 12 : hour % 12, 2)); break;
                case MINUTE: b.append(min); break;
                case ZERO_MINUTE: b.append(pad(min, 2)); break;
                case SECOND: b.append(sec); break;
                case ZERO_SECOND: b.append(pad(sec, 2)); break;
                case PM: b.append(hour >= 12 ? "PM" : "AM"); break;
                case PM_LOWER: b.append(hour >= 12 ? "pm" : "am"); break;
                case ISO_TZ: case ISO_COLON_TZ: case ISO_SECONDS_TZ: case ISO_SHORT_TZ: case ISO_COLON_SECONDS_TZ:
                    if (offset == 0) {
                        b.append('Z');
                        break;
                    }
                    numericZone(b, offset, c.std());
                    break;
                case NUM_TZ: case NUM_COLON_TZ: case NUM_SECONDS_TZ: case NUM_SHORT_TZ: case NUM_COLON_SECONDS_TZ:
                    numericZone(b, offset, c.std());
                    break;
                case TZ:
                    if (!zoneName.isEmpty()) {
                        b.append(zoneName);
                    } else {
                        int zone = offset / 60;
                        b.append(zone < 0 ? '-' : '+');
                        zone = Math.abs(zone);
                        b.append(pad(zone / 60, 2)).append(pad(zone % 60, 2));
                    }
                    break;
                case FRAC0: case FRAC9:
                    fraction(b, t.nano(), c);
                    break;
                default:
                    break;
            }
        }
        return b.toString();
    }

    private static void numericZone(StringBuilder b, int offset, int std) {
        int zone = offset / 60;
        int abs = offset;
        if (zone < 0) {
            b.append('-');
            zone = -zone;
            abs = -abs;
        } else {
            b.append('+');
        }
        b.append(pad(zone / 60, 2));
        boolean colon = std == ISO_COLON_TZ || std == NUM_COLON_TZ || std == ISO_COLON_SECONDS_TZ || std == NUM_COLON_SECONDS_TZ;
        if (colon) {
            b.append(':');
        }
        if (std != NUM_SHORT_TZ && std != ISO_SHORT_TZ) {
            b.append(pad(zone % 60, 2));
        }
        if (std == ISO_SECONDS_TZ || std == NUM_SECONDS_TZ || std == NUM_COLON_SECONDS_TZ || std == ISO_COLON_SECONDS_TZ) {
            if (std == NUM_COLON_SECONDS_TZ || std == ISO_COLON_SECONDS_TZ) {
                b.append(':');
            }
            b.append(pad(abs % 60, 2));
        }
    }

    private static void fraction(StringBuilder b, int nanos, Chunk c) {
        String digits = pad(nanos, 9).substring(0, Math.min(9, c.fracDigits()));
        if (c.std() == FRAC9) {
            int end = digits.length();
            while (end > 0 && digits.charAt(end - 1) == '0') {
                end--;
            }
            if (end == 0) {
                return;
            }
            digits = digits.substring(0, end);
        }
        b.append(c.fracSep()).append(digits);
    }

    private static String pad(int v, int width) {
        String s = Integer.toString(Math.abs(v));
        StringBuilder b = new StringBuilder(v < 0 ? "-" : "");
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s).toString();
    }

    /** A parse failure with Go's text. */
    static final class ParseException extends IllegalArgumentException {
        ParseException(String message) {
            super(message);
        }
    }

    private static ParseException parseError(String layout, String value, String layoutElem, String valueElem, String message) {
        String q = GoDuration.quote(value);
        if (message.isEmpty()) {
            return new ParseException("parsing time " + q + " as " + GoDuration.quote(layout) + ": cannot parse "
                    + GoDuration.quote(valueElem) + " as " + GoDuration.quote(layoutElem));
        }
        return new ParseException("parsing time " + q + message);
    }

    /** time.ParseInLocation(layout, value, time.Local), Local being UTC. */
    static GoTime parse(String alayout, String avalue) {
        String layout = alayout;
        String value = avalue;
        int year = 0;
        int month = -1;
        int day = -1;
        int yday = -1;
        int hour = 0;
        int min = 0;
        int sec = 0;
        int nsec = 0;
        boolean pmSet = false;
        boolean amSet = false;
        GoZone z = null;
        int zoneOffset = -1;
        boolean haveOffset = false;
        String zoneName = "";
        Cursor v = new Cursor();
        while (true) {
            Chunk c = next(layout);
            String prefix = c.prefix();
            String skipped = skip(value, prefix);
            if (skipped == null) {
                throw parseError(alayout, avalue, prefix, value, "");
            }
            value = skipped;
            if (c.std() == NONE) {
                if (!value.isEmpty()) {
                    throw parseError(alayout, avalue, "", value, ": extra text: " + GoDuration.quote(value));
                }
                break;
            }
            layout = c.suffix();
            String hold = value;
            String range = "";
            boolean bad = false;
            v.s = value;
            switch (c.std()) {
                case YEAR:
                    if (value.length() < 2 || !allDigits(value.substring(0, 2))) {
                        bad = true;
                        break;
                    }
                    year = Integer.parseInt(value.substring(0, 2));
                    year += year >= 69 ? 1900 : 2000;
                    v.s = value.substring(2);
                    break;
                case LONG_YEAR:
                    if (value.length() < 4 || !allDigits(value.substring(0, 4))) {
                        bad = true;
                        break;
                    }
                    year = Integer.parseInt(value.substring(0, 4));
                    v.s = value.substring(4);
                    break;
                case MONTH:
                    month = lookup(v, LONG_MONTHS, true) + 1;
                    bad = month == 0;
                    break;
                case LONG_MONTH:
                    month = lookup(v, LONG_MONTHS, false) + 1;
                    bad = month == 0;
                    break;
                case NUM_MONTH: case ZERO_MONTH:
                    month = getnum(v, c.std() == ZERO_MONTH, 2);
                    bad = month < 0;
                    if (!bad && (month <= 0 || month > 12)) {
                        range = "month";
                    }
                    break;
                case WEEKDAY:
                    bad = lookup(v, LONG_DAYS, true) < 0;
                    break;
                case LONG_WEEKDAY:
                    bad = lookup(v, LONG_DAYS, false) < 0;
                    break;
                case DAY: case UNDER_DAY: case ZERO_DAY:
                    if (c.std() == UNDER_DAY && v.s.startsWith(" ")) {
                        v.s = v.s.substring(1);
                    }
                    day = getnum(v, c.std() == ZERO_DAY, 2);
                    bad = day < 0;
                    break;
                case UNDER_YEARDAY: case ZERO_YEARDAY:
                    for (int i = 0; i < 2; i++) {
                        if (c.std() == UNDER_YEARDAY && v.s.startsWith(" ")) {
                            v.s = v.s.substring(1);
                        }
                    }
                    yday = getnum(v, c.std() == ZERO_YEARDAY, 3);
                    bad = yday < 0;
                    break;
                case HOUR:
                    hour = getnum(v, false, 2);
                    bad = hour < 0;
                    if (hour >= 24) {
                        range = "hour";
                    }
                    break;
                case HOUR12: case ZERO_HOUR12:
                    hour = getnum(v, c.std() == ZERO_HOUR12, 2);
                    bad = hour < 0;
                    if (hour > 12) {
                        range = "hour";
                    }
                    break;
                case MINUTE: case ZERO_MINUTE:
                    min = getnum(v, c.std() == ZERO_MINUTE, 2);
                    bad = min < 0;
                    if (min >= 60) {
                        range = "minute";
                    }
                    break;
                case SECOND: case ZERO_SECOND:
                    sec = getnum(v, c.std() == ZERO_SECOND, 2);
                    if (sec < 0) {
                        bad = true;
                        break;
                    }
                    if (sec >= 60) {
                        range = "second";
                        break;
                    }
                    if (v.s.length() >= 2 && (v.s.charAt(0) == '.' || v.s.charAt(0) == ',') && isDigit(v.s, 1)) {
                        int nextStd = next(layout).std();
                        if (nextStd == FRAC0 || nextStd == FRAC9) {
                            break;
                        }
                        int n = 2;
                        while (n < v.s.length() && isDigit(v.s, n)) {
                            n++;
                        }
                        nsec = nanos(v.s, n);
                        v.s = v.s.substring(n);
                    }
                    break;
                case PM: case PM_LOWER:
                    if (value.length() < 2) {
                        bad = true;
                        break;
                    }
                    String p = value.substring(0, 2);
                    v.s = value.substring(2);
                    if (p.equals(c.std() == PM ? "PM" : "pm")) {
                        pmSet = true;
                    } else if (p.equals(c.std() == PM ? "AM" : "am")) {
                        amSet = true;
                    } else {
                        bad = true;
                    }
                    break;
                case ISO_TZ: case ISO_SHORT_TZ: case ISO_COLON_TZ: case ISO_SECONDS_TZ: case ISO_COLON_SECONDS_TZ:
                case NUM_TZ: case NUM_SHORT_TZ: case NUM_COLON_TZ: case NUM_SECONDS_TZ: case NUM_COLON_SECONDS_TZ:
                    if (c.std() <= ISO_COLON_SECONDS_TZ && value.startsWith("Z")) {
                        v.s = value.substring(1);
                        z = GoZone.UTC;
                        break;
                    }
                    int[] parsed = numericOffset(value, c.std());
                    if (parsed == null) {
                        bad = true;
                        break;
                    }
                    v.s = value.substring(parsed[4]);
                    if (parsed[1] > 24) {
                        range = "time zone offset hour";
                    }
                    if (parsed[2] > 60) {
                        range = "time zone offset minute";
                    }
                    if (parsed[3] > 60) {
                        range = "time zone offset second";
                    }
                    zoneOffset = parsed[0] * ((parsed[1] * 60 + parsed[2]) * 60 + parsed[3]);
                    haveOffset = true;
                    break;
                case TZ:
                    if (value.startsWith("UTC")) {
                        z = GoZone.UTC;
                        v.s = value.substring(3);
                        break;
                    }
                    int n = zoneNameLength(value);
                    if (n <= 0) {
                        bad = true;
                        break;
                    }
                    zoneName = value.substring(0, n);
                    v.s = value.substring(n);
                    break;
                case FRAC0:
                    int ndigit = 1 + c.fracDigits();
                    if (value.length() < ndigit) {
                        bad = true;
                        break;
                    }
                    nsec = nanos(value, ndigit);
                    bad = nsec < 0;
                    v.s = value.substring(ndigit);
                    break;
                case FRAC9:
                    if (value.length() < 2 || !(value.charAt(0) == '.' || value.charAt(0) == ',') || !isDigit(value, 1)) {
                        break;
                    }
                    int i = 0;
                    while (isDigit(value, i + 1)) {
                        i++;
                    }
                    nsec = nanos(value, 1 + i);
                    v.s = value.substring(1 + i);
                    break;
                default:
                    break;
            }
            if (!range.isEmpty()) {
                throw parseError(alayout, avalue, c.stdText(), v.s, ": " + range + " out of range");
            }
            if (bad) {
                throw parseError(alayout, avalue, c.stdText(), hold, "");
            }
            value = v.s;
        }
        if (pmSet && hour < 12) {
            hour += 12;
        } else if (amSet && hour == 12) {
            hour = 0;
        }
        if (yday >= 0) {
            int leap = LocalDate.of(0, 1, 1).withYear(year).isLeapYear() ? 1 : 0;
            if (yday < 1 || yday > 365 + leap) {
                throw parseError(alayout, avalue, "", value, ": day-of-year out of range");
            }
            LocalDate d = LocalDate.ofYearDay(year, yday);
            if (month >= 0 && month != d.getMonthValue() || day >= 0 && day != d.getDayOfMonth()) {
                throw parseError(alayout, avalue, "", value, ": day-of-year does not match " + (month >= 0 && month != d.getMonthValue() ? "month" : "day"));
            }
            month = d.getMonthValue();
            day = d.getDayOfMonth();
        } else {
            if (month < 0) {
                month = 1;
            }
            if (day < 0) {
                day = 1;
            }
        }
        if (day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            throw parseError(alayout, avalue, "", value, ": day out of range");
        }
        long utc = LocalDateTime.of(year, month, day, 0, 0).toEpochSecond(ZoneOffset.UTC) + hour * 3600L + min * 60L + sec;
        if (z != null) {
            return new GoTime(utc - z.offset(utc), nsec, z);
        }
        if (haveOffset) {
            long t = utc - zoneOffset;
            if (GoZone.LOCAL.offset(t) == zoneOffset && (zoneName.isEmpty() || zoneName.equals(GoZone.LOCAL.abbreviation(t)))) {
                return new GoTime(t, nsec, GoZone.LOCAL);
            }
            return new GoTime(t, nsec, GoZone.fixed(zoneName, zoneOffset));
        }
        if (!zoneName.isEmpty()) {
            if (zoneName.equals(GoZone.LOCAL.abbreviation(utc))) {
                return new GoTime(utc, nsec, GoZone.LOCAL);
            }
            int offset = 0;
            if (zoneName.length() > 3 && zoneName.startsWith("GMT")) {
                try {
                    offset = Integer.parseInt(zoneName.substring(3).replace("+", "")) * 3600;
                } catch (NumberFormatException e) {
                    offset = 0;
                }
            }
            return new GoTime(utc, nsec, GoZone.fixed(zoneName, offset));
        }
        return new GoTime(utc, nsec, GoZone.LOCAL);
    }

    private static final class Cursor {
        String s;
    }

    private static boolean allDigits(String s) {
        return s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    /** Go's skip: the value after the layout's literal prefix (spaces match runs of spaces), or null. */
    private static String skip(String value, String prefix) {
        int pi = 0;
        int vi = 0;
        while (pi < prefix.length()) {
            if (prefix.charAt(pi) == ' ') {
                if (vi < value.length() && value.charAt(vi) != ' ') {
                    return null;
                }
                while (pi < prefix.length() && prefix.charAt(pi) == ' ') {
                    pi++;
                }
                while (vi < value.length() && value.charAt(vi) == ' ') {
                    vi++;
                }
                continue;
            }
            if (vi >= value.length() || value.charAt(vi) != prefix.charAt(pi)) {
                return null;
            }
            pi++;
            vi++;
        }
        return value.substring(vi);
    }

    /** A name matched case-insensitively (its first three letters when short); its index, or -1. */
    private static int lookup(Cursor v, String[] names, boolean shortNames) {
        for (int i = 0; i < names.length; i++) {
            String n = shortNames ? names[i].substring(0, 3) : names[i];
            if (v.s.length() >= n.length() && v.s.substring(0, n.length()).equalsIgnoreCase(n)) {
                v.s = v.s.substring(n.length());
                return i;
            }
        }
        return -1;
    }

    /** getnum/getnum3: up to max digits (exactly max when fixed); -1 when bad. */
    private static int getnum(Cursor v, boolean fixed, int max) {
        int n = 0;
        int i = 0;
        while (i < max && isDigit(v.s, i)) {
            n = n * 10 + (v.s.charAt(i) - '0');
            i++;
        }
        if (i == 0 || fixed && i < max) {
            return -1;
        }
        v.s = v.s.substring(i);
        return n;
    }

    private static int nanos(String value, int nbytes) {
        if (value.charAt(0) != '.' && value.charAt(0) != ',') {
            return -1;
        }
        if (nbytes > 10) {
            nbytes = 10;
        }
        String digits = value.substring(1, nbytes);
        if (!allDigits(digits)) {
            return -1;
        }
        int ns = digits.isEmpty() ? 0 : Integer.parseInt(digits);
        for (int i = 0; i < 10 - nbytes; i++) {
            ns *= 10;
        }
        return ns;
    }

    /** {sign, hours, minutes, seconds, length}, or null when the text is no such offset. */
    private static int[] numericOffset(String value, int std) {
        String hh;
        String mm = "00";
        String ss = "00";
        int len;
        if (std == ISO_COLON_TZ || std == NUM_COLON_TZ) {
            if (value.length() < 6 || value.charAt(3) != ':') {
                return null;
            }
            hh = value.substring(1, 3);
            mm = value.substring(4, 6);
            len = 6;
        } else if (std == NUM_SHORT_TZ || std == ISO_SHORT_TZ) {
            if (value.length() < 3) {
                return null;
            }
            hh = value.substring(1, 3);
            len = 3;
        } else if (std == ISO_COLON_SECONDS_TZ || std == NUM_COLON_SECONDS_TZ) {
            if (value.length() < 9 || value.charAt(3) != ':' || value.charAt(6) != ':') {
                return null;
            }
            hh = value.substring(1, 3);
            mm = value.substring(4, 6);
            ss = value.substring(7, 9);
            len = 9;
        } else if (std == ISO_SECONDS_TZ || std == NUM_SECONDS_TZ) {
            if (value.length() < 7) {
                return null;
            }
            hh = value.substring(1, 3);
            mm = value.substring(3, 5);
            ss = value.substring(5, 7);
            len = 7;
        } else {
            if (value.length() < 5) {
                return null;
            }
            hh = value.substring(1, 3);
            mm = value.substring(3, 5);
            len = 5;
        }
        if (!allDigits(hh) || !allDigits(mm) || !allDigits(ss)) {
            return null;
        }
        int sign = value.charAt(0) == '+' ? 1 : value.charAt(0) == '-' ? -1 : 0;
        if (sign == 0) {
            return null;
        }
        return new int[] {sign, Integer.parseInt(hh), Integer.parseInt(mm), Integer.parseInt(ss), len};
    }

    /** parseTimeZone: how long the zone abbreviation at the start is, or 0. */
    private static int zoneNameLength(String value) {
        if (value.length() < 3) {
            return 0;
        }
        if (value.startsWith("ChST") || value.startsWith("MeST")) {
            return 4;
        }
        if (value.startsWith("GMT")) {
            int n = 3;
            if (n < value.length() && (value.charAt(n) == '+' || value.charAt(n) == '-')) {
                int j = n + 1;
                while (isDigit(value, j)) {
                    j++;
                }
                if (j > n + 1) {
                    n = j;
                }
            }
            return n;
        }
        if (value.charAt(0) == '+' || value.charAt(0) == '-') {
            int j = 1;
            while (isDigit(value, j)) {
                j++;
            }
            return j == 3 || j == 5 ? j : 0;
        }
        int upper = 0;
        while (upper < 6 && upper < value.length() && value.charAt(upper) >= 'A' && value.charAt(upper) <= 'Z') {
            upper++;
        }
        switch (upper) {
            case 3: return 3;
            case 4: return value.charAt(3) == 'T' || value.startsWith("WITA") ? 4 : 0;
            case 5: return value.charAt(4) == 'T' ? 5 : 0;
            default: return 0;
        }
    }
}
