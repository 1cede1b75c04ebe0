package io.ccmlint.core.helm.functions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * A Go time.Location: its offset and abbreviation at an instant. {@code Local} is UTC here, whatever
 * the machine's zone, so a lint run does not depend on where it runs (Helm uses the machine's zone).
 * Named zones come from Java's copy of the tz database; their abbreviations are Java's short names,
 * with tzdata's numeric form ("+04", "+0530") where Java only has a "GMT+04:00" style name.
 */
record GoZone(ZoneId id, int fixedOffset, String fixedName) {
    static final GoZone UTC = new GoZone(null, 0, "UTC");
    static final GoZone LOCAL = UTC;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final Set<String> IDS = ZoneId.getAvailableZoneIds();

    static GoZone fixed(String name, int offsetSeconds) {
        return new GoZone(null, offsetSeconds, name);
    }

    /** time.LoadLocation: "" and "UTC" are UTC, "Local" is Local; null when the name is unknown. */
    static GoZone load(String name) {
        if (name.isEmpty() || name.equals("UTC")) {
            return UTC;
        }
        if (name.equals("Local")) {
            return LOCAL;
        }
        if (!IDS.contains(name)) {
            return null;
        }
        return new GoZone(ZoneId.of(name), 0, null);
    }

    int offset(long unixSeconds) {
        if (id == null) {
            return fixedOffset;
        }
        return id.getRules().getOffset(Instant.ofEpochSecond(unixSeconds)).getTotalSeconds();
    }

    /** The zone abbreviation ("UTC", "CET", "+04"); empty for an unnamed fixed zone. */
    String abbreviation(long unixSeconds) {
        if (id == null) {
            return fixedName;
        }
        String s = SHORT.format(Instant.ofEpochSecond(unixSeconds).atZone(id));
        if (s.startsWith("GMT") && s.length() > 3 || s.startsWith("UTC") && s.length() > 3) {
            int off = offset(unixSeconds);
            int abs = Math.abs(off) / 60;
            String n = (off < 0 ? "-" : "+") + String.format("%02d", abs / 60);
            return abs % 60 == 0 ? n : n + String.format("%02d", abs % 60);
        }
        return s;
    }
}
