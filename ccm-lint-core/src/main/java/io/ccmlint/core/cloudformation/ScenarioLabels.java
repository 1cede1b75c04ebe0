package io.ccmlint.core.cloudformation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Says in words which scenarios a form of a resource stands for, for its name in messages. */
final class ScenarioLabels {
    private ScenarioLabels() {
    }

    /**
     * The decisions all of {@code chosen} share ({@code "Environment=prod and UseOidc is true"});
     * when they share none, each scenario's decisions joined by "or".
     */
    static String describe(List<Scenario> all, List<Integer> chosen) {
        Scenario first = all.get(chosen.get(0));
        List<String> shared = new ArrayList<>();
        for (Map.Entry<String, String> label : first.labels().entrySet()) {
            boolean common = chosen.stream().allMatch(i -> Objects.equals(all.get(i).labels().get(label.getKey()), label.getValue()));
            boolean telling = all.stream().anyMatch(s -> !Objects.equals(s.labels().get(label.getKey()), label.getValue()));
            if (common && telling) {
                shared.add(label.getValue());
            }
        }
        if (!shared.isEmpty()) {
            return String.join(" and ", shared);
        }
        Set<String> each = new LinkedHashSet<>();
        for (int i : chosen) {
            each.add(all.get(i).labels().isEmpty() ? "by default" : String.join(" and ", all.get(i).labels().values()));
        }
        return String.join(" or ", each);
    }
}
