package io.ccmlint.core.helm.functions;

import io.ccmlint.core.helm.template.GoFmt;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Go 1.25's net/url: {@code Parse} with its errors and {@code URL.String}, as Sprig's urlParse and
 * urlJoin use them. Go works on bytes, so the work here is on "byte strings": one char per UTF-8 byte
 * (see {@link #bytes} and {@link #text}); the fields hold real text.
 */
final class GoUrl {
    /** url.Parse's error, worded as url.Error prints it: parse "URL": why. */
    static final class UrlException extends Exception {
        UrlException(String message) {
            super(message, null, false, false);
        }
    }

    private enum Mode { PATH, HOST, ZONE, USER_PASSWORD, QUERY_COMPONENT, FRAGMENT }

    private static final String UPPER_HEX = "0123456789ABCDEF";

    String scheme = "";
    String opaque = "";
    /** Userinfo: null when absent; password null when not set. */
    String username;
    String password;
    String host = "";
    String path = "";
    String rawPath = "";
    boolean forceQuery;
    String rawQuery = "";
    String fragment = "";
    String rawFragment = "";

    /** Userinfo.String: the escaped "user[:password]". */
    String userinfo() {
        if (username == null) {
            return "";
        }
        String s = escape(bytes(username), Mode.USER_PASSWORD);
        if (password != null) {
            s += ":" + escape(bytes(password), Mode.USER_PASSWORD);
        }
        return text(s);
    }

    /** URL.Hostname: the host without a valid port and without IPv6 brackets. */
    String hostname() {
        String h = host;
        int colon = h.lastIndexOf(':');
        if (colon >= 0 && validOptionalPort(h.substring(colon))) {
            h = h.substring(0, colon);
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h;
    }

    /** url.Parse. */
    static GoUrl parse(String rawUrl) throws UrlException {
        String raw = bytes(rawUrl);
        int hash = raw.indexOf('#');
        String u = hash < 0 ? raw : raw.substring(0, hash);
        GoUrl url;
        try {
            url = parseNoFragment(u);
        } catch (UrlException e) {
            throw wrap(u, e);
        }
        String frag = hash < 0 ? "" : raw.substring(hash + 1);
        if (frag.isEmpty()) {
            return url;
        }
        try {
            String f = unescape(frag, Mode.FRAGMENT);
            url.fragment = text(f);
            url.rawFragment = escape(f, Mode.FRAGMENT).equals(frag) ? "" : text(frag);
        } catch (UrlException e) {
            throw wrap(raw, e);
        }
        return url;
    }

    private static UrlException wrap(String byteUrl, UrlException e) {
        return new UrlException("parse " + GoFmt.sprintf("%q", List.of(text(byteUrl))) + ": " + e.getMessage());
    }

    private static GoUrl parseNoFragment(String raw) throws UrlException {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) < ' ' || raw.charAt(i) == 0x7f) {
                throw new UrlException("net/url: invalid control character in URL");
            }
        }
        GoUrl url = new GoUrl();
        if (raw.equals("*")) {
            url.path = "*";
            return url;
        }
        String rest = raw;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                continue;
            }
            if (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    break;
                }
                continue;
            }
            if (c == ':') {
                if (i == 0) {
                    throw new UrlException("missing protocol scheme");
                }
                url.scheme = text(raw.substring(0, i)).toLowerCase(java.util.Locale.ROOT);
                rest = raw.substring(i + 1);
            }
            break;
        }
        if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
            url.forceQuery = true;
            rest = rest.substring(0, rest.length() - 1);
        } else {
            int q = rest.indexOf('?');
            if (q >= 0) {
                url.rawQuery = text(rest.substring(q + 1));
                rest = rest.substring(0, q);
            }
        }
        if (!rest.startsWith("/")) {
            if (!url.scheme.isEmpty()) {
                url.opaque = text(rest); // rootless paths are opaque
                return url;
            }
            int slash = rest.indexOf('/');
            if ((slash < 0 ? rest : rest.substring(0, slash)).contains(":")) {
                throw new UrlException("first path segment in URL cannot contain colon");
            }
        }
        if ((!url.scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
            String authority = rest.substring(2);
            rest = "";
            int slash = authority.indexOf('/');
            if (slash >= 0) {
                rest = authority.substring(slash);
                authority = authority.substring(0, slash);
            }
            url.parseAuthority(authority);
        }
        String p = unescape(rest, Mode.PATH);
        url.path = text(p);
        url.rawPath = escape(p, Mode.PATH).equals(rest) ? "" : text(rest);
        return url;
    }

    private void parseAuthority(String authority) throws UrlException {
        int at = authority.lastIndexOf('@');
        host = text(parseHost(at < 0 ? authority : authority.substring(at + 1)));
        if (at < 0) {
            return;
        }
        String info = authority.substring(0, at);
        for (int i = 0; i < info.length(); i++) {
            char c = info.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || "-._:~!$&'()*+,;=%@".indexOf(c) >= 0;
            if (!ok) {
                throw new UrlException("net/url: invalid userinfo");
            }
        }
        int colon = info.indexOf(':');
        if (colon < 0) {
            username = text(unescape(info, Mode.USER_PASSWORD));
        } else {
            username = text(unescape(info.substring(0, colon), Mode.USER_PASSWORD));
            password = text(unescape(info.substring(colon + 1), Mode.USER_PASSWORD));
        }
    }

    /** parseHost: host[:port], an IP literal in brackets being a real IPv6 address (Go 1.25.2 and later). */
    private static String parseHost(String h) throws UrlException {
        int open = h.lastIndexOf('[');
        if (open > 0) {
            throw new UrlException("invalid IP-literal");
        }
        if (open == 0) {
            int close = h.lastIndexOf(']');
            if (close < 0) {
                throw new UrlException("missing ']' in host");
            }
            String colonPort = h.substring(close + 1);
            if (!validOptionalPort(colonPort)) {
                throw invalidPort(colonPort);
            }
            colonPort = unescape(colonPort, Mode.HOST);
            String name = h.substring(1, close);
            int zone = name.indexOf("%25");
            String unescaped = zone >= 0
                    ? unescape(name.substring(0, zone), Mode.HOST) + unescape(name.substring(zone), Mode.ZONE)
                    : unescape(name, Mode.HOST);
            String err = GoNetip.parseAddrError(text(unescaped));
            if (err != null) {
                throw new UrlException("invalid host: " + err);
            }
            if (GoNetip.isIpv4(unescaped)) {
                throw new UrlException("invalid IP-literal");
            }
            return "[" + unescaped + "]" + colonPort;
        }
        int colon = h.lastIndexOf(':');
        if (colon >= 0 && !validOptionalPort(h.substring(colon))) {
            throw invalidPort(h.substring(colon));
        }
        return unescape(h, Mode.HOST);
    }

    private static UrlException invalidPort(String colonPort) {
        return new UrlException("invalid port " + GoFmt.sprintf("%q", List.of(text(colonPort))) + " after host");
    }

    private static boolean validOptionalPort(String port) {
        if (port.isEmpty()) {
            return true;
        }
        if (port.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** URL.String. */
    String string() {
        StringBuilder buf = new StringBuilder();
        if (!scheme.isEmpty()) {
            buf.append(bytes(scheme)).append(':');
        }
        if (!opaque.isEmpty()) {
            buf.append(bytes(opaque));
        } else {
            if (!scheme.isEmpty() || !host.isEmpty() || username != null) {
                if (!host.isEmpty() || !path.isEmpty() || username != null) {
                    buf.append("//");
                }
                if (username != null) {
                    buf.append(bytes(userinfo())).append('@');
                }
                if (!host.isEmpty()) {
                    buf.append(escape(bytes(host), Mode.HOST));
                }
            }
            String p = escapedPath();
            if (!p.isEmpty() && p.charAt(0) != '/' && !host.isEmpty()) {
                buf.append('/');
            }
            if (buf.length() == 0) {
                int slash = p.indexOf('/');
                if ((slash < 0 ? p : p.substring(0, slash)).contains(":")) {
                    buf.append("./"); // a first segment with a colon would read as a scheme
                }
            }
            buf.append(p);
        }
        if (forceQuery || !rawQuery.isEmpty()) {
            buf.append('?').append(bytes(rawQuery));
        }
        if (!fragment.isEmpty()) {
            buf.append('#').append(escapedFragment());
        }
        return text(buf.toString());
    }

    private String escapedPath() {
        String raw = bytes(rawPath);
        String p = bytes(path);
        if (!raw.isEmpty() && validEncoded(raw, Mode.PATH) && unescapesTo(raw, Mode.PATH, p)) {
            return raw;
        }
        return p.equals("*") ? "*" : escape(p, Mode.PATH);
    }

    private String escapedFragment() {
        String raw = bytes(rawFragment);
        String f = bytes(fragment);
        if (!raw.isEmpty() && validEncoded(raw, Mode.FRAGMENT) && unescapesTo(raw, Mode.FRAGMENT, f)) {
            return raw;
        }
        return escape(f, Mode.FRAGMENT);
    }

    private static boolean unescapesTo(String raw, Mode mode, String expected) {
        try {
            return unescape(raw, mode).equals(expected);
        } catch (UrlException e) {
            return false;
        }
    }

    private static boolean validEncoded(String s, Mode mode) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("!$&'()*+,;=:@[]%".indexOf(c) < 0 && shouldEscape(c, mode)) {
                return false;
            }
        }
        return true;
    }

    private static boolean shouldEscape(char c, Mode mode) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return false;
        }
        if ((mode == Mode.HOST || mode == Mode.ZONE) && "!$&'()*+,;=:[]<>\"".indexOf(c) >= 0) {
            return false;
        }
        if ("-_.~".indexOf(c) >= 0) {
            return false;
        }
        if ("$&+,/:;=?@".indexOf(c) >= 0) {
            switch (mode) {
                case PATH: return c == '?';
                case USER_PASSWORD: return c == '@' || c == '/' || c == '?' || c == ':';
                case QUERY_COMPONENT: return true;
                case FRAGMENT: return false;
                default: break;
            }
        }
        return !(mode == Mode.FRAGMENT && "!()*".indexOf(c) >= 0);
    }

    private static String escape(String s, Mode mode) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && mode == Mode.QUERY_COMPONENT) {
                b.append('+');
            } else if (shouldEscape(c, mode)) {
                b.append('%').append(UPPER_HEX.charAt(c >> 4)).append(UPPER_HEX.charAt(c & 15));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String unescape(String s, Mode mode) throws UrlException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || hex(s.charAt(i + 1)) < 0 || hex(s.charAt(i + 2)) < 0) {
                    throw escapeError(s.substring(i, Math.min(s.length(), i + 3)));
                }
                String three = s.substring(i, i + 3);
                int v = hex(s.charAt(i + 1)) << 4 | hex(s.charAt(i + 2));
                if (mode == Mode.HOST && hex(s.charAt(i + 1)) < 8 && !three.equals("%25")) {
                    throw escapeError(three); // a host may %-encode non-ASCII bytes only
                }
                if (mode == Mode.ZONE && !three.equals("%25") && v != ' ' && shouldEscape((char) v, Mode.HOST)) {
                    throw escapeError(three);
                }
                b.append((char) v);
                i += 3;
            } else {
                if ((mode == Mode.HOST || mode == Mode.ZONE) && c < 0x80 && shouldEscape(c, mode)) {
                    throw new UrlException("invalid character " + GoFmt.sprintf("%q", List.of(String.valueOf(c)))
                            + " in host name");
                }
                b.append(c == '+' && mode == Mode.QUERY_COMPONENT ? ' ' : c);
                i++;
            }
        }
        return b.toString();
    }

    private static UrlException escapeError(String s) {
        return new UrlException("invalid URL escape " + GoFmt.sprintf("%q", List.of(text(s))));
    }

    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    /** The byte string of text: one char per UTF-8 byte. */
    static String bytes(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The text of a byte string. */
    static String text(String byteString) {
        return new String(byteString.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
