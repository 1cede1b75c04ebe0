package io.ccmlint.core.docs;

import java.util.Locale;

/** The few Markdown helpers the generated pages need. */
final class Markdown {
    private Markdown() {
    }

    /** {@code text} in a fenced block whose fence is longer than any backtick run inside it. */
    static String fence(String language, String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + language + "\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    /** The fence language of an example file, from its name. */
    static String language(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".json")) {
            return "json";
        }
        if (p.endsWith(".yaml") || p.endsWith(".yml")) {
            return "yaml";
        }
        if (p.endsWith(".tf") || p.endsWith(".tfvars") || p.endsWith(".hcl")) {
            return "hcl";
        }
        if (p.endsWith(".diff") || p.endsWith(".patch")) {
            return "diff";
        }
        return "text";
    }

    /** A table cell: pipes escaped, on one line. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
