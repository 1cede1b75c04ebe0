package io.ccmlint.maven;

import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.report.TextReporter;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's IAM policies, trust policies, Kubernetes manifests, Harness pipelines and
 * connectors and Terraform, writes the reports, and fails the build on findings at or above
 * {@code failOnSeverity}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractCcmLintMojo {
    /** Fail when a finding is at least this severe: error, warning or info. */
    @Parameter(property = "ccm-lint.failOnSeverity", defaultValue = "error")
    String failOnSeverity;

    /** Fail the build on findings at or above {@code failOnSeverity}; false only reports them. */
    @Parameter(property = "ccm-lint.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** Reports to write into {@code outputDirectory}: sarif, checkstyle, junit, json, text, github. */
    @Parameter(property = "ccm-lint.outputFormats", defaultValue = "sarif,checkstyle")
    List<String> outputFormats;

    /** Where the reports go: {@code ccm-lint.sarif}, {@code ccm-lint-result.xml} (Checkstyle XML), ... */
    @Parameter(property = "ccm-lint.outputDirectory", defaultValue = "${project.build.directory}/ccm-lint")
    File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("ccm-lint: skipped");
            return;
        }
        Severity threshold = severity(failOnSeverity, "failOnSeverity");
        RuleRegistry registry = rules();
        LintResult result;
        LintConfig config;
        try {
            Linter linter = linter(registry);
            config = linter.config();
            List<Path> files = files(config);
            result = linter.lint(files);
        } catch (ConfigException e) {
            throw new MojoExecutionException("ccm-lint: " + e.getMessage(), e);
        }
        log(result);
        writeReports(result, registry, config.docsBaseUrl(), outputFormats, outputDirectory);
        if (!result.internalErrors().isEmpty()) {
            throw new MojoExecutionException("ccm-lint: internal error: " + result.internalErrors().get(0));
        }
        if (failOnViolation && result.failsAt(threshold)) {
            List<Finding> failing = result.findings().stream().filter(f -> f.severity().atLeast(threshold)).toList();
            StringBuilder msg = new StringBuilder("ccm-lint: ").append(failing.size()).append(failing.size() == 1 ? " finding" : " findings")
                    .append(" at or above ").append(threshold.label()).append(" (").append(TextReporter.summary(result)).append("):");
            failing.stream().limit(20).forEach(f -> msg.append("\n  ").append(TextReporter.line(f)));
            if (failing.size() > 20) {
                msg.append("\n  ... and ").append(failing.size() - 20).append(" more (see ").append(outputDirectory).append(")");
            }
            throw new MojoFailureException(msg.toString());
        }
    }
}
