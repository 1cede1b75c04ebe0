package io.ccmlint.core.docs;

import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleExamples;
import io.ccmlint.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The generated rule reference: one page per rule and an index, rendered from the rules on a class
 * path ({@code ccm-lint docs --out docs/rules}). A test compares the committed pages with these.
 */
public final class RuleDocsSite {
    /** Generated page names, so that a page of a removed rule is deleted and nothing else is. */
    private static final Pattern PAGE = Pattern.compile("[A-Z][A-Z0-9]*\\d{3}\\.md");

    private RuleDocsSite() {
    }

    /** File name to content: every rule's page and the index. */
    public static Map<String, String> render(RuleRegistry registry, ClassLoader loader) {
        Map<String, String> files = new LinkedHashMap<>();
        List<RuleMetadata> rules = registry.all().stream().map(Rule::metadata).toList();
        for (RuleMetadata r : rules) {
            files.put(RulePages.fileName(r.id()), RulePage.render(r, examples(loader, r.id())));
        }
        files.put(RuleIndexPage.FILE, RuleIndexPage.render(rules, registry.catalog()));
        return files;
    }

    /** Writes the pages into {@code dir} and deletes generated pages of rules that are gone. */
    public static void write(Map<String, String> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> present = Files.list(dir)) {
            for (Path p : present.toList()) {
                String name = p.getFileName().toString();
                if (PAGE.matcher(name).matches() && !files.containsKey(name)) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** True for the name of a page this site generates. */
    public static boolean isGenerated(String fileName) {
        return PAGE.matcher(fileName).matches() || fileName.equals(RuleIndexPage.FILE);
    }

    private static RuleExamples examples(ClassLoader loader, String id) {
        try {
            return RuleExamples.load(loader, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
