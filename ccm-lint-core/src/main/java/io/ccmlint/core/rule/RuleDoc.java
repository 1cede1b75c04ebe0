package io.ccmlint.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A rule's long text: Markdown shipped next to its examples
 * ({@code META-INF/ccm-lint/examples/<ID>/rule.md}) in {@code ## } sections like Ruff's rule pages:
 * {@value #WHAT}, {@value #WHY}, {@value #HOW_TO_FIX} and, for configurable rules, {@value #OPTIONS}.
 * Its sources are not repeated here: they are declared with the rule ({@link RuleInfo#sources()}).
 * A shipped rule.md is read on first use: every run declares all rules, few reports show their text.
 */
public final class RuleDoc {
    public static final String FILE = "rule.md";
    public static final String WHAT = "What it does";
    public static final String WHY = "Why it matters";
    public static final String HOW_TO_FIX = "How to fix";
    public static final String OPTIONS = "Options";
    /** A rule without a rule.md (e.g. one of another jar that ships none). */
    public static final RuleDoc NONE = new RuleDoc("");

    /** One {@code ## heading} and the text under it, trimmed. */
    public record Section(String heading, String body) {
    }

    private final Supplier<String> source;
    private volatile String markdown;

    public RuleDoc(String markdown) {
        this.source = null;
        this.markdown = normalized(markdown);
    }

    private RuleDoc(Supplier<String> source) {
        this.source = source;
    }

    private static String normalized(String markdown) {
        return markdown.replace("\r\n", "\n").strip();
    }

    /** The rule.md of {@code ruleId} from {@code loader} (read when first asked for), or {@link #NONE}'s text. */
    public static RuleDoc load(ClassLoader loader, String ruleId) {
        return new RuleDoc(() -> {
            try (InputStream in = loader.getResourceAsStream(RuleExamples.ROOT + ruleId + "/" + FILE)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the " + FILE + " of " + ruleId, e);
            }
        });
    }

    /** The Markdown, without carriage returns and surrounding blank space. */
    public String markdown() {
        String m = markdown;
        if (m == null) { // two threads may both read the file: the same text either way
            m = normalized(source.get());
            markdown = m;
        }
        return m;
    }

    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : markdown().split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    out.add(new Section(heading, body.toString().strip()));
                }
                heading = line.substring(3).strip();
                body.setLength(0);
            } else if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            out.add(new Section(heading, body.toString().strip()));
        }
        return out;
    }

    public Optional<String> section(String heading) {
        return sections().stream().filter(s -> s.heading().equals(heading)).map(Section::body).findFirst();
    }

    /** The first paragraph of {@value #WHAT}, on one line: a rule's description in one breath. */
    public String summary() {
        String what = section(WHAT).orElse("");
        int end = what.indexOf("\n\n");
        return (end < 0 ? what : what.substring(0, end)).replaceAll("\\s*\n\\s*", " ");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleDoc d && markdown().equals(d.markdown());
    }

    @Override
    public int hashCode() {
        return markdown().hashCode();
    }

    @Override
    public String toString() {
        return "RuleDoc[markdown=" + markdown() + "]";
    }
}
