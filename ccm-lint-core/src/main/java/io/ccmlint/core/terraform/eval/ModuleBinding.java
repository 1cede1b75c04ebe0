package io.ccmlint.core.terraform.eval;

import java.util.Map;
import java.util.Objects;

/**
 * What one instance of a module is evaluated with: its address, the values its caller gives its
 * variables, and the values of the module calls inside it.
 *
 * @param address the module address with a trailing dot ({@code module.ccm.},
 *                {@code module.irsa["a"].}), empty for a root module. References the evaluator
 *                leaves unknown ({@code aws_iam_role.this.arn}) carry it, so they name the same
 *                thing wherever the value flows ({@code module.ccm.aws_iam_role.this.arn}).
 * @param inputs  the arguments of the call (or a root module's values from tfvars files), by
 *                variable name; a variable not here takes its default, or stays unknown
 * @param calls   the module calls of this instance
 * @param files   what {@code path.*}, {@code file()} and {@code templatefile()} see in this instance
 */
public record ModuleBinding(String address, Map<String, Value> inputs, ModuleCalls calls, ModuleFiles files) {
    /** A root module read on its own: no inputs, every module call unknown, no file read. */
    public static final ModuleBinding NONE = new ModuleBinding("", Map.of(), name -> null);

    public ModuleBinding {
        Objects.requireNonNull(address, "address");
        inputs = Map.copyOf(inputs);
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(files, "files");
    }

    /** An instance that reads no file ({@link ModuleFiles#NONE}). */
    public ModuleBinding(String address, Map<String, Value> inputs, ModuleCalls calls) {
        this(address, inputs, calls, ModuleFiles.NONE);
    }

    /** The values of the module calls of one module instance. */
    @FunctionalInterface
    public interface ModuleCalls {
        /**
         * What {@code module.<name>} evaluates to: an object of the outputs (a list of them for a
         * call with {@code count}, an object by key for one with {@code for_each}), or null when it
         * is not known (no such call, a module not read, a cycle).
         */
        Value value(String name);
    }
}
