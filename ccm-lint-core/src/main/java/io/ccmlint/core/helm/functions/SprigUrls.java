package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.map;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.template.GoType.MAP;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sprig's url.go: {@code urlParse} gives a URL's parts as a dict (scheme, host, hostname, path, query,
 * opaque, fragment, userinfo), {@code urlJoin} builds the URL back from such a dict. Both panic on a
 * bad URL, which Go's template reports as the function's error.
 */
final class SprigUrls {
    private SprigUrls() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("urlParse", fixed(MAP, (c, a) -> urlParse(str(a, 0)), STRING));
        m.put("urlJoin", fixed(STRING, (c, a) -> urlJoin(map(a, 0)), MAP));
    }

    static Map<String, Object> urlParse(String v) {
        GoUrl u;
        try {
            u = GoUrl.parse(v);
        } catch (GoUrl.UrlException e) {
            throw new IllegalStateException("unable to parse url: " + e.getMessage());
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("scheme", u.scheme);
        d.put("host", u.host);
        d.put("hostname", u.hostname());
        d.put("path", u.path);
        d.put("query", u.rawQuery);
        d.put("opaque", u.opaque);
        d.put("fragment", u.fragment);
        d.put("userinfo", u.userinfo());
        return d;
    }

    static String urlJoin(Map<String, Object> d) {
        GoUrl u = new GoUrl();
        u.scheme = field(d, "scheme");
        u.host = field(d, "host");
        u.path = field(d, "path");
        u.rawQuery = field(d, "query");
        u.opaque = field(d, "opaque");
        u.fragment = field(d, "fragment");
        String userinfo = field(d, "userinfo");
        if (!userinfo.isEmpty()) {
            try {
                GoUrl t = GoUrl.parse("proto://" + userinfo + "@host");
                u.username = t.username;
                u.password = t.password;
            } catch (GoUrl.UrlException e) {
                throw new IllegalStateException("unable to parse userinfo in dict: " + e.getMessage());
            }
        }
        return u.string();
    }

    /** dictGetOrEmpty: a missing key is "", a non-string value panics. */
    private static String field(Map<String, Object> d, String key) {
        if (!d.containsKey(key)) {
            return "";
        }
        Object v = d.get(key);
        if (v == null) {
            throw new IllegalStateException("runtime error: invalid memory address or nil pointer dereference");
        }
        if (!(v instanceof String)) {
            throw new IllegalStateException("unable to parse " + key + " key, must be of type string, but "
                    + GoConv.kindOf(v) + " found");
        }
        return (String) v;
    }
}
