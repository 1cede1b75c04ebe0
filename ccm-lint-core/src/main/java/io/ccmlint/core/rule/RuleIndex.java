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
 * <p>A first line {@value #HEADER}, then one line a rule, fields separated by tabs: class name,
 * ID, slug, title, severity, fix kinds and parts reported on (comma-separated), then a title and a
 * URL per source. A tab, line break or backslash in a value is escaped with a backslash. A class is
 * looked up only in the index of the jar (or folder) it was loaded from, and a line this version
 * cannot read is skipped: its class is then read by reflection.
 */
final class RuleIndex {
    static final String RESOURCE = "META-INF/ccm-lint/rule-index.tsv";
    static final String HEADER = "#ccm-lint-rule-index 1";
    /** Per class loader: per jar or folder (its URL, as the class's code source names it), class name to declaration. */
    private static final Map<ClassLoader, Map<String, Map<String, RuleInfo>>> BY_LOADER = new WeakHashMap<>();

    private RuleIndex() {
    }

    /** The indexed declaration of {@code type}, or null when the index of its jar does not name it. */
    static RuleInfo find(Class<?> type, ClassLoader loader) {
        java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        Map<String, Map<String, RuleInfo>> bySource;
        synchronized (BY_LOADER) {
            bySource = BY_LOADER.computeIfAbsent(loader, RuleIndex::read);
        }
        Map<String, RuleInfo> index = bySource.get(source.getLocation().toExternalForm());
        return index == null ? null : index.get(type.getName());
    }

    /** Every index {@code loader} sees, by the URL of the jar or folder that holds it. */
    private static Map<String, Map<String, RuleInfo>> read(ClassLoader loader) {
        Map<String, Map<String, RuleInfo>> bySource = new HashMap<>();
        try {
            Enumeration<URL> files = loader.getResources(RESOURCE);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                try (InputStream in = file.openStream()) {
                    bySource.put(sourceOf(file.toExternalForm()), parseAll(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return bySource;
    }

    /** {@code jar:file:/a.jar!/META-INF/...} → {@code file:/a.jar}; {@code file:/d/META-INF/...} → {@code file:/d/}. */
    static String sourceOf(String indexUrl) {
        String inJar = "!/" + RESOURCE;
        if (indexUrl.startsWith("jar:") && indexUrl.endsWith(inJar)) {
            return indexUrl.substring("jar:".length(), indexUrl.length() - inJar.length());
        }
        return indexUrl.endsWith(RESOURCE) ? indexUrl.substring(0, indexUrl.length() - RESOURCE.length()) : indexUrl;
    }

    /** The declarations of an index's text; none when its header is not this version's, and no line this version cannot read. */
    static Map<String, RuleInfo> parseAll(String text) {
        Map<String, RuleInfo> index = new HashMap<>();
        String[] lines = text.split("\r?\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            return index;
        }
        for (int i = 1; i < lines.length; i++) {
            int tab = lines[i].indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            try {
                index.putIfAbsent(lines[i].substring(0, tab), parse(lines[i]));
            } catch (RuntimeException e) {
                // a value this version does not know (a newer jar's part or fix kind), or a short line:
                // the class's annotation says it
            }
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
            b.append(v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
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
        if (f.size() < 7 || f.size() % 2 == 0) {
            throw new IllegalArgumentException("not an index line: " + line);
        }
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
                v.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                v.append(c);
            }
        }
        out.add(v.toString());
        return out;
    }

    /**
     * A declaration read from the index: the same values as the annotation it was written from, and
     * like an annotation a fresh copy of each array. Its equality is a record's, not an annotation's:
     * nothing compares declarations.
     */
    private record IndexedRuleInfo(String id, String slug, String title, Severity severity, FixKind[] fix,
                                   Source[] sources, WorkspacePart[] reportsOn) implements RuleInfo {
        @Override
        public FixKind[] fix() {
            return fix.clone();
        }

        @Override
        public Source[] sources() {
            return sources.clone();
        }

        @Override
        public WorkspacePart[] reportsOn() {
            return reportsOn.clone();
        }

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
