package io.ccmlint.core.helm.template;

import java.nio.charset.StandardCharsets;

/** The html, js and urlquery builtins (text/template's HTMLEscapeString, JSEscapeString, url.QueryEscape). */
final class Escapers {
    private Escapers() {
    }

    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 0: b.append('\uFFFD'); break;
                case '"': b.append("&#34;"); break;
                case '\'': b.append("&#39;"); break;
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }

    static String js(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r < 0x80) {
                switch (r) {
                    case '\\': b.append("\\\\"); break;
                    case '\'': b.append("\\'"); break;
                    case '"': b.append("\\\""); break;
                    case '<': b.append("\\u003C"); break;
                    case '>': b.append("\\u003E"); break;
                    case '&': b.append("\\u0026"); break;
                    case '=': b.append("\\u003D"); break;
                    default:
                        if (r < ' ') {
                            b.append("\\u00").append("0123456789ABCDEF".charAt(r >> 4))
                                    .append("0123456789ABCDEF".charAt(r & 0xF));
                        } else {
                            b.append((char) r);
                        }
                }
            } else if (GoStrconv.isPrint(r)) {
                b.appendCodePoint(r);
            } else {
                b.append(String.format("\\u%04X", r));
            }
        }
        return b.toString();
    }

    /** url.QueryEscape: letters, digits and -_.~ stay; space is '+'; other bytes are %XX. */
    static String urlQuery(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                b.append((char) c);
            } else if (c == ' ') {
                b.append('+');
            } else {
                b.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 0xF));
            }
        }
        return b.toString();
    }
}
