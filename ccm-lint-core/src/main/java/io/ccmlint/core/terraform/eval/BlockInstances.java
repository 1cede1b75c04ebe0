package io.ccmlint.core.terraform.eval;

import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The instances a {@code count} or {@code for_each} makes of a resource or module block, in
 * Terraform's order: one per index ({@code [0]}), one per key ({@code ["a"]}), or the block itself.
 */
public final class BlockInstances {
    /** One instance: its {@code each}, or its {@code count.index}, or neither; {@code suffix} is its key in an address. */
    public record Instance(EachContext each, Integer countIndex, String suffix) {
        /** A block without count or for_each. */
        public static final Instance SINGLE = new Instance(null, null, "");
    }

    /**
     * How many instances a block has and which: {@code size} -1 when its count or for_each is not
     * known statically; {@code instances} null when not known or more than the limit asked for.
     */
    public record Expansion(int size, List<Instance> instances) {
        public boolean known() {
            return size >= 0;
        }
    }

    private BlockInstances() {
    }

    /** The instances of {@code block} as {@code ev} knows them, listed only when at most {@code limit}. */
    public static Expansion of(HclBlock block, Evaluator ev, int limit) {
        Optional<HclAttribute> count = block.body().attribute("count");
        if (count.isPresent()) {
            Value n = ev.eval(count.get().value());
            if (!(n instanceof Value.Num num) || num.value().signum() < 0 || num.value().stripTrailingZeros().scale() > 0) {
                return new Expansion(-1, null);
            }
            if (num.value().compareTo(BigDecimal.valueOf(limit)) > 0) {
                return new Expansion(num.value().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE
                        : num.value().intValue(), null);
            }
            List<Instance> out = new ArrayList<>();
            for (int i = 0; i < num.value().intValue(); i++) {
                out.add(new Instance(null, i, "[" + i + "]"));
            }
            return new Expansion(out.size(), List.copyOf(out));
        }
        Optional<HclAttribute> forEach = block.body().attribute("for_each");
        if (forEach.isPresent()) {
            Optional<List<EachContext>> each = ev.forEach(forEach.get().value());
            if (each.isEmpty()) {
                return new Expansion(-1, null);
            }
            if (each.get().size() > limit) {
                return new Expansion(each.get().size(), null);
            }
            return new Expansion(each.get().size(), each.get().stream()
                    .map(e -> new Instance(e, null, "[" + ValueOps.jsonString(((Value.Str) e.key()).value()) + "]")).toList());
        }
        return new Expansion(1, List.of(Instance.SINGLE));
    }
}
