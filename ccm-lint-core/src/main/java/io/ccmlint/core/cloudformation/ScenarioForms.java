package io.ccmlint.core.cloudformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The distinct forms a resource takes across a template's scenarios: a resource that is the same
 * in every scenario is one form; else one per distinct key, said to hold "when" the scenarios it
 * stands for ({@link ScenarioLabels}).
 *
 * @param <F> what one form is built from
 */
final class ScenarioForms<F> {
    private record Form<F>(F form, List<Integer> scenarios) {
    }

    private final Map<String, Map<Object, Form<F>>> byId = new LinkedHashMap<>();

    /** Resource {@code id} takes form {@code form} (told apart from its others by {@code key}) in scenario {@code scenario}. */
    void add(String id, Object key, F form, int scenario) {
        byId.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new Form<>(form, new ArrayList<>()))
                .scenarios().add(scenario);
    }

    /** The first form of {@code id} with {@code key}, or null. */
    F get(String id, Object key) {
        Form<F> f = byId.getOrDefault(id, Map.of()).get(key);
        return f == null ? null : f.form();
    }

    /** Each form, in resource order, with when it holds: null when always. */
    void forEach(List<Scenario> scenarios, BiConsumer<F, String> each) {
        for (Map<Object, Form<F>> forms : byId.values()) {
            for (Form<F> f : forms.values()) {
                String when = forms.size() == 1 && f.scenarios().size() == scenarios.size() ? null
                        : ScenarioLabels.describe(scenarios, f.scenarios());
                each.accept(f.form(), when);
            }
        }
    }

    /** How a form is named: the logical ID, with when it holds unless always. */
    static String name(String logicalId, String when) {
        return when == null ? logicalId : logicalId + " (when " + when + ")";
    }
}
