package io.ccmlint.core.engine;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.config.RuleSetting;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleCatalog;
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
    private final List<Rule> rules;
    private final RuleCatalog catalog;

    private RuleRegistry(List<Rule> rules, RuleCatalog catalog) {
        this.rules = List.copyOf(rules);
        this.catalog = catalog;
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
        return new RuleRegistry(sorted, RuleCatalog.load(loader));
    }

    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules, new RuleCatalog(List.of()));
    }

    /** True for an ID of a rule that runs here or that the catalog plans (configs may name either). */
    public boolean knows(String id) {
        return byId(id).isPresent() || catalog.byId(id).isPresent();
    }

    /** Every ID the rule jars plan, implemented or not. */
    public RuleCatalog catalog() {
        return catalog;
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
