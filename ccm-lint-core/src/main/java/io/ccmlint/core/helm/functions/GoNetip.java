package io.ccmlint.core.helm.functions;

import io.ccmlint.core.helm.template.GoFmt;
import java.util.List;

/** Go's netip.ParseAddr as a check: whether text is an IPv4 or IPv6 address (with zone), and its error text. */
final class GoNetip {
    private GoNetip() {
    }

    /** Whether the (valid) address is IPv4: its first separator is a dot. */
    static boolean isIpv4(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '.') {
                return true;
            }
            if (s.charAt(i) == ':') {
                return false;
            }
        }
        return false;
    }

    /** null when ParseAddr accepts s, else its error: ParseAddr("s"): why (at "rest"). */
    static String parseAddrError(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                return ipv4(s, s);
            }
            if (c == ':') {
                return ipv6(s);
            }
            if (c == '%') {
                return fail(s, "missing IPv6 address", null);
            }
        }
        return fail(s, "unable to parse IP", null);
    }

    private static String fail(String in, String msg, String at) {
        String e = "ParseAddr(" + GoFmt.sprintf("%q", List.of(in)) + "): " + msg;
        return at == null || at.isEmpty() ? e : e + " (at " + GoFmt.sprintf("%q", List.of(at)) + ")";
    }

    private static String ipv4(String in, String part) {
        int val = 0;
        int pos = 0;
        int digits = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 1 && val == 0) {
                    return fail(in, "IPv4 field has octet with leading zero", null);
                }
                val = val * 10 + c - '0';
                digits++;
                if (val > 255) {
                    return fail(in, "IPv4 field has value >255", null);
                }
            } else if (c == '.') {
                if (i == 0 || i == part.length() - 1 || part.charAt(i - 1) == '.') {
                    return fail(in, "IPv4 field must have at least one digit", part.substring(i));
                }
                if (pos == 3) {
                    return fail(in, "IPv4 address too long", null);
                }
                pos++;
                val = 0;
                digits = 0;
            } else {
                return fail(in, "unexpected character", part.substring(i));
            }
        }
        return pos < 3 ? fail(in, "IPv4 address too short", null) : null;
    }

    private static String ipv6(String in) {
        String s = in;
        int pct = in.indexOf('%');
        int zoneLength = 0;
        if (pct >= 0) {
            if (pct == in.length() - 1) {
                return fail(in, "zone must be a non-empty string", null);
            }
            zoneLength = in.length() - pct;
            s = in.substring(0, pct);
        }
        int ellipsis = -1;
        if (s.startsWith("::")) {
            ellipsis = 0;
            s = s.substring(2);
            if (s.isEmpty()) {
                return null;
            }
        }
        int i = 0;
        while (i < 16) {
            int off = 0;
            int acc = 0;
            while (off < s.length()) {
                int d = Character.digit(s.charAt(off), 16);
                if (d < 0 || s.charAt(off) > 'f') {
                    break;
                }
                acc = (acc << 4) + d;
                if (off > 3) {
                    return fail(in, "each group must have 4 or less digits", s);
                }
                if (acc > 0xFFFF) {
                    return fail(in, "IPv6 field has value >=2^16", s);
                }
                off++;
            }
            if (off == 0) {
                return fail(in, "each colon-separated field must have at least one digit", s);
            }
            if (off < s.length() && s.charAt(off) == '.') {
                if (ellipsis < 0 && i != 12) {
                    return fail(in, "embedded IPv4 address must replace the final 2 fields of the address", s);
                }
                if (i + 4 > 16) {
                    return fail(in, "too many hex fields to fit an embedded IPv4 at the end of the address", s);
                }
                int end = in.length() - zoneLength;
                String err = ipv4(in, in.substring(end - s.length(), end));
                if (err != null) {
                    return err;
                }
                s = "";
                i += 4;
                break;
            }
            i += 2;
            s = s.substring(off);
            if (s.isEmpty()) {
                break;
            }
            if (s.charAt(0) != ':') {
                return fail(in, "unexpected character, want colon", s);
            } else if (s.length() == 1) {
                return fail(in, "colon must be followed by more characters", s);
            }
            s = s.substring(1);
            if (s.charAt(0) == ':') {
                if (ellipsis >= 0) {
                    return fail(in, "multiple :: in address", s);
                }
                ellipsis = i;
                s = s.substring(1);
                if (s.isEmpty()) {
                    break;
                }
            }
        }
        if (!s.isEmpty()) {
            return fail(in, "trailing garbage after address", s);
        }
        if (i < 16) {
            return ellipsis < 0 ? fail(in, "address string too short", null) : null;
        }
        return ellipsis >= 0 ? fail(in, "the :: must expand to at least one field of zeros", null) : null;
    }
}
