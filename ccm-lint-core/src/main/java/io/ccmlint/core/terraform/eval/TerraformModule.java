package io.ccmlint.core.terraform.eval;

import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.hcl.HclParseResult;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Terraform module: the {@code .tf} files of one folder. Collects the top-level
 * {@code locals {}} attributes and {@code variable "x" {}} blocks of all files (on a duplicate
 * name — a Terraform error — the first in file order wins) and owns the module's
 * {@link Evaluator}. Immutable and thread-safe.
 */
public final class TerraformModule {
    private final List<HclFile> files;
    private final Map<String, HclAttribute> locals;
    private final Map<String, HclBlock> variables;
    private final Evaluator evaluator;

    private TerraformModule(List<HclFile> files) {
        this.files = List.copyOf(files);
        Map<String, HclAttribute> l = new LinkedHashMap<>();
        Map<String, HclBlock> v = new LinkedHashMap<>();
        for (HclFile file : this.files) {
            for (HclBlock block : file.body().blocks()) {
                if (block.type().equals("locals") && block.labels().isEmpty()) {
                    for (HclAttribute a : block.body().attributes()) {
                        l.putIfAbsent(a.name(), a);
                    }
                } else if (block.type().equals("variable") && block.labels().size() == 1) {
                    v.putIfAbsent(block.labelValues().get(0), block);
                }
            }
        }
        this.locals = Collections.unmodifiableMap(l);
        this.variables = Collections.unmodifiableMap(v);
        this.evaluator = new Evaluator(locals, variables, ModuleBinding.NONE);
    }

    /** A module of already parsed files (partial trees of broken files are fine). */
    public static TerraformModule of(List<HclFile> files) {
        Objects.requireNonNull(files, "files");
        return new TerraformModule(files);
    }

    public static TerraformModule of(HclFile... files) {
        return of(Arrays.asList(files));
    }

    /** Convenience: the trees of {@link io.ccmlint.core.hcl.HclParser#parse} results. */
    public static TerraformModule ofParseResults(List<HclParseResult> results) {
        return of(results.stream().map(HclParseResult::file).toList());
    }

    public List<HclFile> files() {
        return files;
    }

    /** The {@code locals} attributes by name, in file order. */
    public Map<String, HclAttribute> locals() {
        return locals;
    }

    /** The {@code variable} blocks by name, in file order. */
    public Map<String, HclBlock> variables() {
        return variables;
    }

    /** The evaluator of the module read on its own: variables take their defaults, module calls are unknown. */
    public Evaluator evaluator() {
        return evaluator;
    }

    /** A new evaluator of one instance of this module (locals are computed again: they may read the inputs). */
    public Evaluator evaluator(ModuleBinding binding) {
        return new Evaluator(locals, variables, binding);
    }
}
