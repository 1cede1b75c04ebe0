package io.ccmlint.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The {@link RuleInfo} of each rule class of a jar, written at compile time by
 * {@link RuleIndexProcessor} into {@value #RESOURCE}, so that a run reads every declaration from one
 * resource instead of parsing each class's annotation by reflection (about 30 ms of a short run's
 * start-up, on the main thread). Like Spring's candidate component index: the annotation stays the
 * one declaration; a class the index does not name is read by reflection ({@link Declarations}).
 *
 * <p>One line a rule, fields separated by tabs: class name, ID, slug, title, severity, fix kinds
 * and parts reported on (comma-separated), then a title and a URL per source. A tab, newline or
 * backslash in a value is escaped with a backslash.
 */
final class RuleIndex {
    static final String RESOURCE = "META-INF/ccm-lint/rule-index.tsv";
    private static final Map<ClassLoader, Map<String, RuleInfo>> BY_LOADER = new WeakHashMap<>();

    private RuleIndex() {
    }

    /** The indexed declaration of {@code type}, or null when no index of its class loader names it. */
    static RuleInfo find(Class<?> type, ClassLoader loader) {
        Map<String, RuleInfo> index;
        synchronized (BY_LOADER) {
            index = BY_LOADER.computeIfAbsent(loader, RuleIndex::read);
        }
        return index.get(type.getName());
    }

    private static Map<String, RuleInfo> read(ClassLoader loader) {
        Map<String, RuleInfo> index = new HashMap<>();
        try {
            Enumeration<URL> files = loader.getResources(RESOURCE);
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isEmpty()) {
                            index.putIfAbsent(line.substring(0, line.indexOf('\t')), parse(line));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return index;
    }

    /** The index line of a rule class. */
    static String line(String className, RuleInfo info) {
        List<String> f = new ArrayList<>(List.of(className, info.id(), info.slug(), info.title(), info.severity().name(),
                names(info.fix()), names(info.reportsOn())));
        for (Source s : info.sources()) {
            f.add(s.title());
            f.add(s.url());
        }
        StringBuilder b = new StringBuilder();
        for (String v : f) {
            if (b.length() > 0) {
                b.append('\t');
            }
            b.append(v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        return b.append('\n').toString();
    }

    private static String names(Enum<?>[] values) {
        StringBuilder b = new StringBuilder();
        for (Enum<?> v : values) {
            b.append(b.length() == 0 ? "" : ",").append(v.name());
        }
        return b.toString();
    }

    /** The declaration of an index line (its class name is the first field). */
    static RuleInfo parse(String line) {
        List<String> f = fields(line);
        Source[] sources = new Source[(f.size() - 7) / 2];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = new IndexedSource(f.get(7 + 2 * i), f.get(8 + 2 * i));
        }
        String[] fixes = split(f.get(5));
        FixKind[] fix = new FixKind[fixes.length];
        for (int i = 0; i < fix.length; i++) {
            fix[i] = FixKind.valueOf(fixes[i]);
        }
        String[] parts = split(f.get(6));
        WorkspacePart[] reportsOn = new WorkspacePart[parts.length];
        for (int i = 0; i < parts.length; i++) {
            reportsOn[i] = WorkspacePart.valueOf(parts[i]);
        }
        return new IndexedRuleInfo(f.get(1), f.get(2), f.get(3), Severity.valueOf(f.get(4)), fix, sources, reportsOn);
    }

    private static String[] split(String names) {
        return names.isEmpty() ? new String[0] : names.split(",");
    }

    /** A line's fields, unescaped. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.add(v.toString());
                v.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                v.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                v.append(c);
            }
        }
        out.add(v.toString());
        return out;
    }

    /** A declaration read from the index: the same values as the annotation it was written from. */
    private record IndexedRuleInfo(String id, String slug, String title, Severity severity, FixKind[] fix,
                                   Source[] sources, WorkspacePart[] reportsOn) implements RuleInfo {
        @Override
        public Class<? extends Annotation> annotationType() {
            return RuleInfo.class;
        }
    }

    private record IndexedSource(String title, String url) implements Source {
        @Override
        public Class<? extends Annotation> annotationType() {
            return Source.class;
        }
    }
}
