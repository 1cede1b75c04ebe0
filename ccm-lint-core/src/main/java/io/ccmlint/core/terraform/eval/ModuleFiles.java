package io.ccmlint.core.terraform.eval;

import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.source.SourceFile;

/**
 * What {@code path.module}, {@code path.root}, {@code path.cwd}, {@code file()} and
 * {@code templatefile()} see in one module instance. The evaluator only asks; where files may be
 * read from, how large they may be and how they are decoded is the implementation's business
 * (see {@code io.ccmlint.core.terraform.TerraformFiles}). {@link #NONE} knows no path and reads
 * nothing: a module read on its own.
 */
public interface ModuleFiles {
    /** Knows nothing: every {@code path.*} and every file is unknown. */
    ModuleFiles NONE = new ModuleFiles() {
        @Override
        public String path(String name) {
            return null;
        }

        @Override
        public SourceFile read(String path) {
            return null;
        }

        @Override
        public HclExpression.Template template(SourceFile file) {
            return null;
        }
    };

    /**
     * The value of {@code path.<name>} ({@code module}, {@code root}, {@code cwd}) as Terraform
     * gives it, or null when not known.
     */
    String path(String name);

    /**
     * The text of the file {@code path} names, as {@code file()} is given it (relative paths are
     * relative to the root module's folder, Terraform's working directory); null when it cannot or
     * may not be read (missing, not a regular file, outside the folders it may be read from, too
     * large, not UTF-8).
     */
    SourceFile read(String path);

    /** {@code file} (one {@link #read} gave) parsed as a template; null when it has syntax errors. */
    HclExpression.Template template(SourceFile file);

    /**
     * Told of each string {@code templatefile} rendered ({@code result}, a {@link Value.Str} or
     * {@link Value.Partial}) from {@code template} with {@code vars}, so that wherever the value
     * flows (a local, a module's variable) what reads it can render it again with places in the
     * template. Nothing by default.
     */
    default void rendered(Value result, HclExpression.Template template, java.util.Map<String, Value> vars) {
    }
}
