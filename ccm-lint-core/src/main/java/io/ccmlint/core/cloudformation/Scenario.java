package io.ccmlint.core.cloudformation;

import io.ccmlint.core.source.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One way a stack can be deployed, as far as the template's conditions can tell: a value for each
 * parameter with {@code AllowedValues} that a condition reads, and a truth value for each
 * {@code Fn::Equals} that stays undecided (it compares a value nothing fixes). Each decision has a
 * label for messages ({@code Environment=prod}, {@code UseOidc is true}).
 *
 * @param parameters chosen parameter values by name
 * @param equalities decided {@code Fn::Equals} calls, by where they are written
 * @param labels each decision by the name it is shown under, in the order decided
 */
record Scenario(Map<String, String> parameters, Map<Span, Boolean> equalities, Map<String, String> labels) {
    static final Scenario BASE = new Scenario(Map.of(), Map.of(), Map.of());

    Scenario {
        parameters = Map.copyOf(parameters);
        equalities = Map.copyOf(equalities);
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    Scenario withParameter(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        Map<String, String> l = new LinkedHashMap<>(labels);
        l.put(name, name + "=" + value);
        return new Scenario(p, equalities, l);
    }

    Scenario withEquality(Span at, String shownAs, boolean value) {
        Map<Span, Boolean> e = new LinkedHashMap<>(equalities);
        e.put(at, value);
        Map<String, String> l = new LinkedHashMap<>(labels);
        l.put(shownAs, shownAs + (value ? " is true" : " is false"));
        return new Scenario(parameters, e, l);
    }
}
