package io.ccmlint.core.rule;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/** A public page cited by a rule: its title and an absolute http(s) URL. */
public record SourceLink(String title, String url) {
    public SourceLink {
        Objects.requireNonNull(title);
        if (title.isBlank()) {
            throw new IllegalArgumentException("a source needs a title: " + url);
        }
        if (!isAbsoluteWebUrl(url)) {
            throw new IllegalArgumentException("a source needs an absolute http(s) URL: " + title + " <" + url + ">");
        }
    }

    static SourceLink of(Source s) {
        return new SourceLink(s.title(), s.url());
    }

    static boolean isAbsoluteWebUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI u = new URI(url);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code title <url>}, for plain-text outputs. */
    public String plain() {
        return title + " <" + url + ">";
    }

    /** {@code [title](url)}. */
    public String markdown() {
        return "[" + title.replace("[", "\\[").replace("]", "\\]") + "](" + url + ")";
    }
}
