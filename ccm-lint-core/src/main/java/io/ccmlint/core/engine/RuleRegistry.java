package io.ccmlint.core.engine;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.config.RuleSetting;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The rules found on a class path through {@link ServiceLoader}, in ID order. */
public final class RuleRegistry {
    /** Where rule jars list every ID of their catalog, implemented or planned: one {@code ID slug} a line. */
    public static final String CATALOG = "META-INF/ccm-lint/catalog.txt";

    private final List<Rule> rules;
    private final java.util.Set<String> catalogIds;

    private RuleRegistry(List<Rule> rules, java.util.Set<String> catalogIds) {
        this.rules = List.copyOf(rules);
        this.catalogIds = java.util.Set.copyOf(catalogIds);
    }

    /** New rule instances from the class loader; two rules with one ID are a packaging error. */
    public static RuleRegistry discover(ClassLoader loader) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : ServiceLoader.load(Rule.class, loader)) {
            Rule previous = byId.putIfAbsent(r.metadata().id(), r);
            if (previous != null) {
                throw new IllegalStateException("two rules with ID " + r.metadata().id() + ": "
                        + previous.getClass().getName() + " and " + r.getClass().getName());
            }
        }
        List<Rule> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(r -> r.metadata().id()));
        return new RuleRegistry(sorted, catalog(loader));
    }

    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules, java.util.Set.of());
    }

    private static java.util.Set<String> catalog(ClassLoader loader) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        try {
            var urls = loader.getResources(CATALOG);
            while (urls.hasMoreElements()) {
                try (var in = urls.nextElement().openStream()) {
                    for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                        String l = line.strip();
                        if (!l.isEmpty() && !l.startsWith("#")) {
                            ids.add(l.split("\\s+")[0]);
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the rule catalog", e);
        }
        return ids;
    }

    /** True for an ID of a rule that runs here or that the catalog plans (configs may name either). */
    public boolean knows(String id) {
        return byId(id).isPresent() || catalogIds.contains(id);
    }

    public List<Rule> all() {
        return rules;
    }

    public Optional<Rule> byId(String id) {
        return rules.stream().filter(r -> r.metadata().id().equalsIgnoreCase(id) || r.metadata().slug().equals(id)).findFirst();
    }

    /** A rule that runs, with the severity it reports at. */
    public record ActiveRule(Rule rule, Severity severity, boolean severityConfigured) {
    }

    /** Applies the configuration: drops rules turned off, sets severities and properties. */
    public List<ActiveRule> activate(LintConfig config) throws ConfigException {
        for (String id : config.rules().keySet()) {
            if (!knows(id)) {
                throw new ConfigException(where(config) + "unknown rule '" + id + "' in rules (see `ccm-lint rules`)");
            }
        }
        List<ActiveRule> active = new ArrayList<>();
        for (Rule r : rules) {
            RuleSetting s = config.rules().get(r.metadata().id());
            if (s != null && s.off()) {
                continue;
            }
            try {
                r.configure(s == null ? Map.of() : s.properties());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where(config) + e.getMessage());
            }
            boolean configured = s != null && s.severity() != null;
            active.add(new ActiveRule(r, configured ? s.severity() : r.metadata().defaultSeverity(), configured));
        }
        return active;
    }

    private static String where(LintConfig config) {
        return config.file() == null ? "" : config.file() + ": ";
    }
}
