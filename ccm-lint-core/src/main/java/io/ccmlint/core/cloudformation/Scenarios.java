package io.ccmlint.core.cloudformation;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scenarios a template's conditions tell apart. Starting from one, a scenario whose conditions
 * read a parameter with {@code AllowedValues} (and no value from the configuration) is split by each
 * allowed value; one whose conditions still compare something unknown is split into that
 * {@code Fn::Equals} being true and being false. At most {@link #MAX} scenarios: past that, what is
 * left undecided stays unknown (its {@code Fn::If}s give unknown values, never a guess).
 */
final class Scenarios {
    static final int MAX = 16;

    private Scenarios() {
    }

    static List<Scenario> of(CfnTemplate template, StackValues values) {
        List<Scenario> done = new ArrayList<>();
        List<Scenario> todo = new ArrayList<>(List.of(Scenario.BASE));
        while (!todo.isEmpty()) {
            Scenario s = todo.remove(0);
            CfnEvaluator ev = new CfnEvaluator(template, values, s, TemplateProblems.ignored());
            try {
                template.conditions().keySet().forEach(ev::condition);
            } catch (CfnEvaluator.TooComplex e) {
                done.add(s);
                continue;
            }
            List<Scenario> split = split(template, s, ev);
            if (split.isEmpty() || done.size() + todo.size() + split.size() > MAX) {
                done.add(s);
            } else {
                todo.addAll(0, split);
            }
        }
        return done;
    }

    private static List<Scenario> split(CfnTemplate template, Scenario s, CfnEvaluator ev) {
        for (String name : ev.freeParametersRead()) {
            if (!s.parameters().containsKey(name)) {
                List<Scenario> out = new ArrayList<>();
                for (Node allowed : template.parameters().get(name).allowedValues()) {
                    String v = Nodes.scalar(allowed) == null ? null : CfnEvaluator.text(Nodes.scalar(allowed).scalar());
                    if (v != null && out.stream().noneMatch(o -> v.equals(o.parameters().get(name)))) {
                        out.add(s.withParameter(name, v));
                    }
                }
                return out;
            }
        }
        for (Map.Entry<Span, String> e : ev.undecided().entrySet()) {
            if (!s.equalities().containsKey(e.getKey())) {
                return List.of(s.withEquality(e.getKey(), e.getValue(), true), s.withEquality(e.getKey(), e.getValue(), false));
            }
        }
        return List.of();
    }
}
