package io.ccmlint.maven;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.engine.FixRunner;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies fixes in place (safe ones; unsafe ones too with {@code unsafe}), each file written
 * atomically with every other byte kept, then logs what is left. Never fails the build for
 * findings: {@code check} does that.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractCcmLintMojo {
    /** Also apply unsafe fixes (they change behaviour, e.g. narrow access). */
    @Parameter(property = "ccm-lint.unsafe", defaultValue = "false")
    boolean unsafe;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("ccm-lint: skipped");
            return;
        }
        RuleRegistry registry = rules();
        FixRunner.Outcome outcome;
        try {
            Linter linter = linter(registry);
            List<Path> files = files(linter.config());
            outcome = FixRunner.fix(linter, files, unsafe);
        } catch (ConfigException e) {
            throw new MojoExecutionException("ccm-lint: " + e.getMessage(), e);
        }
        outcome.filesChanged().forEach(f -> getLog().info("ccm-lint: fixed " + f));
        getLog().info("ccm-lint: " + outcome.summary());
        log(outcome.after());
        if (!outcome.writeErrors().isEmpty()) {
            throw new MojoExecutionException("ccm-lint: " + String.join("; ", outcome.writeErrors()));
        }
    }
}
