package io.ccmlint.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule's annotated examples, shipped in its jar under {@code META-INF/ccm-lint/examples/<ID>/}
 * with an {@code index.txt} listing the files. The same files are the rule's tests (bad inputs with
 * expected findings, good inputs, fixed outputs) and its documentation ({@code ccm-lint explain}).
 */
public record RuleExamples(String ruleId, List<ExampleFile> files) {
    public static final String ROOT = "META-INF/ccm-lint/examples/";

    /** One file: {@code set} is bad, good or fixed; {@code path} is relative to that set. */
    public record ExampleFile(String set, String path, String content) {
    }

    public RuleExamples {
        files = List.copyOf(files);
    }

    public List<ExampleFile> set(String name) {
        return files.stream().filter(f -> f.set().equals(name)).toList();
    }

    /** The examples of a rule, or empty when it ships none. */
    public static RuleExamples load(ClassLoader loader, String ruleId) throws IOException {
        String base = ROOT + ruleId + "/";
        String index = read(loader, base + "index.txt");
        List<ExampleFile> files = new ArrayList<>();
        if (index != null) {
            for (String line : index.split("\n")) {
                String rel = line.strip();
                if (rel.isEmpty() || rel.startsWith("#")) {
                    continue;
                }
                int slash = rel.indexOf('/');
                String content = read(loader, base + rel);
                if (slash < 0 || content == null) {
                    throw new IOException("examples index of " + ruleId + " lists a missing file: " + rel);
                }
                files.add(new ExampleFile(rel.substring(0, slash), rel.substring(slash + 1), content));
            }
        }
        return new RuleExamples(ruleId, files);
    }

    private static String read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
