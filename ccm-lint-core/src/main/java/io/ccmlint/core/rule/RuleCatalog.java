package io.ccmlint.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hand-kept list of every rule ID a jar plans, implemented or not ({@value #RESOURCE}): one
 * {@code ID slug severity fix} a line, fix being {@code none}, {@code safe}, {@code unsafe} or
 * {@code safe,unsafe}. Configs may name a planned ID; tests hold each registered rule to its line.
 */
public record RuleCatalog(List<Entry> entries) {
    public static final String RESOURCE = "META-INF/ccm-lint/catalog.txt";

    /** One planned rule. */
    public record Entry(String id, String slug, Severity severity, Set<FixKind> fixes) {
    }

    public RuleCatalog {
        entries = List.copyOf(entries);
    }

    /** The catalogs of every jar of {@code loader}, in the order found. */
    public static RuleCatalog load(ClassLoader loader) {
        List<Entry> entries = new ArrayList<>();
        try {
            Enumeration<URL> urls = loader.getResources(RESOURCE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                try (InputStream in = url.openStream()) {
                    entries.addAll(parse(url.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule catalog", e);
        }
        return new RuleCatalog(entries);
    }

    static List<Entry> parse(String where, String text) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\\s+");
            if (cols.length != 4) {
                throw new IllegalStateException(where + ":" + (i + 1) + ": expected 'ID slug severity fix', got: " + line);
            }
            out.add(new Entry(cols[0], cols[1], Severity.parse(cols[2]), fixes(where + ":" + (i + 1), cols[3])));
        }
        return out;
    }

    private static Set<FixKind> fixes(String where, String column) {
        if (column.equals("none")) {
            return Set.of();
        }
        EnumSet<FixKind> kinds = EnumSet.noneOf(FixKind.class);
        for (String k : column.split(",")) {
            try {
                kinds.add(FixKind.valueOf(k.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": unknown fix kind '" + k + "' (none, safe or unsafe)");
            }
        }
        return Collections.unmodifiableSet(kinds);
    }

    public Optional<Entry> byId(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
