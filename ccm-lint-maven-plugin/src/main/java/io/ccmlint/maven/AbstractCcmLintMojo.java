package io.ccmlint.maven;

import io.ccmlint.core.Version;
import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.config.Glob;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.FileCollector;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.report.ReportContext;
import io.ccmlint.core.report.Reporter;
import io.ccmlint.core.report.TextReporter;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.workspace.Paths;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code check} and {@code fix} share: which files, which configuration, which rules (the
 * built-in ones and those of any jar added as a {@code <dependency>} of the plugin), and how
 * findings are shown. A thin adapter: the lint itself is ccm-lint-core's {@link Linter}.
 */
abstract class AbstractCcmLintMojo extends AbstractMojo {
    /** File name of each report format in {@link #outputDirectory}. */
    static final Map<String, String> REPORT_FILES = Map.of(
            "sarif", "ccm-lint.sarif",
            "checkstyle", "ccm-lint-result.xml",
            "junit", "TEST-ccm-lint.xml",
            "json", "ccm-lint.json",
            "text", "ccm-lint.txt",
            "github", "ccm-lint-github.txt");

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Folders to lint (default: the project's base directory, without the folders of its modules). */
    @Parameter
    List<File> sourceDirectories;

    /**
     * Patterns of the files to lint, relative to each source directory, with {@code .gitignore}
     * semantics as in {@code .ccm-lint.yml}'s {@code include:} (default: every file ccm-lint reads).
     * A file must match them and the configuration's {@code include:}.
     */
    @Parameter
    List<String> includes;

    /**
     * Patterns of the files and folders never read, relative to each source directory, with
     * {@code .gitignore} semantics, on top of the configuration's {@code exclude:}, {@code .gitignore}
     * and the folders always skipped ({@code .git}, {@code target}, {@code node_modules}, {@code .terraform}).
     */
    @Parameter
    List<String> excludes;

    /**
     * The {@code .ccm-lint.yml} to use. Default: the nearest {@code .ccm-lint.yml} (or {@code .yaml})
     * in the project's base directory or its parents, up to the top of the build or a repository
     * root (a folder with {@code .git}); the built-in defaults when there is none.
     */
    @Parameter(property = "ccm-lint.configLocation")
    File configLocation;

    /** A baseline written by {@code ccm-lint check --write-baseline}: its findings are hidden, only new ones count. */
    @Parameter(property = "ccm-lint.baseline")
    File baseline;

    /** Ignore every suppression and the baseline (an audit run). */
    @Parameter(property = "ccm-lint.strict", defaultValue = "false")
    boolean strict;

    /** Log every finding (as errors, warnings or infos by severity). */
    @Parameter(property = "ccm-lint.consoleOutput", defaultValue = "true")
    boolean consoleOutput;

    /** Skip ccm-lint. */
    @Parameter(property = "ccm-lint.skip", defaultValue = "false")
    boolean skip;

    /** Files read in parallel (default: the number of processors). */
    @Parameter(property = "ccm-lint.jobs")
    Integer jobs;

    /** Registry of the rules: the plugin's class realm holds the built-in rules and the plugin's dependencies. */
    RuleRegistry rules() {
        return RuleRegistry.discover(getClass().getClassLoader());
    }

    /**
     * The files this project lints, in path order: core's collection ({@code .gitignore}, the
     * configuration's {@code include:}/{@code exclude:}, the folders always skipped) below the source
     * directories, with {@link #includes}/{@link #excludes} and the modules' folders on top.
     */
    List<Path> files(LintConfig config) throws ConfigException {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<Path> dirs = new ArrayList<>();
        List<Glob> exclude = new ArrayList<>();
        if (sourceDirectories == null || sourceDirectories.isEmpty()) {
            dirs.add(base);
            for (String module : project.getModules()) { // each module lints its own files
                Path m = base.resolve(module).normalize();
                Path dir = Files.isDirectory(m) ? m : m.getParent();
                if (dir != null && dir.startsWith(base) && !dir.equals(base)) {
                    exclude.add(Glob.compile("/" + Paths.relative(base, dir)));
                }
            }
        } else {
            sourceDirectories.stream().map(d -> d.toPath()).filter(Files::isDirectory).forEach(dirs::add);
        }
        if (excludes != null) {
            excludes.stream().filter(e -> !e.isBlank()).map(Glob::compile).forEach(exclude::add);
        }
        List<Glob> include = includes == null ? List.of()
                : includes.stream().filter(i -> !i.isBlank()).map(Glob::compile).toList();
        return FileCollector.collect(dirs, config, new FileCollector.Filter(include, exclude));
    }

    /** Paths in findings and reports are relative to the top of the build, as in a multi-module repository. */
    Path displayBase() {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        String top = session == null ? null : session.getExecutionRootDirectory();
        if (top != null) {
            Path t = Path.of(top).toAbsolutePath().normalize();
            if (base.startsWith(t)) {
                return t;
            }
        }
        return base;
    }

    /**
     * The configuration: {@link #configLocation}, else the nearest one from the project's folder
     * upwards, up to the top of the build or a repository root.
     */
    ConfigLookup configLookup() {
        return configLocation != null ? ConfigLookup.file(configLocation.toPath())
                : ConfigLookup.nearest(List.of(project.getBasedir().toPath()), displayBase());
    }

    /** The linter: the command line's, with the project's configuration and paths relative to the top of the build. */
    Linter linter(RuleRegistry registry) throws ConfigException {
        return LinterFactory.create(LinterOptions.builder(registry)
                .config(configLookup())
                .jobs(jobs)
                .displayBase(displayBase())
                .strict(strict)
                .baseline(baseline == null ? null : baseline.toPath())
                .build());
    }

    /** Logs each finding at the level of its severity, then the summary line. */
    void log(LintResult result) {
        if (consoleOutput) {
            for (Finding f : result.findings()) {
                String line = TextReporter.line(f);
                switch (f.severity()) {
                    case ERROR -> getLog().error(line);
                    case WARNING -> getLog().warn(line);
                    default -> getLog().info(line);
                }
            }
        }
        result.internalErrors().forEach(e -> getLog().error("ccm-lint: internal error: " + e));
        getLog().info("ccm-lint: " + TextReporter.summary(result));
    }

    /** Writes one report per format into {@code directory}; rule pages are linked under {@code docsBaseUrl} (null: default). */
    void writeReports(LintResult result, RuleRegistry registry, String docsBaseUrl, List<String> formats, File directory)
            throws MojoExecutionException {
        if (formats == null || formats.isEmpty()) {
            return;
        }
        ReportContext ctx = new ReportContext(Version.get(), registry.all().stream().map(Rule::metadata).toList(),
                displayBase(), false, docsBaseUrl);
        for (String format : formats) {
            String f = format.trim().toLowerCase(Locale.ROOT);
            if (!REPORT_FILES.containsKey(f)) {
                throw new MojoExecutionException("ccm-lint: unknown output format '" + format + "' (expected one of "
                        + String.join(", ", Reporter.FORMATS) + ")");
            }
            Path out = directory.toPath().resolve(REPORT_FILES.get(f));
            try {
                Files.createDirectories(directory.toPath());
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    Reporter.forFormat(f).write(result, ctx, w);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("ccm-lint: cannot write " + out + ": " + e.getMessage(), e);
            }
            getLog().debug("ccm-lint: wrote " + out);
        }
    }

    static Severity severity(String name, String parameter) throws MojoExecutionException {
        try {
            return Severity.parse(name);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("ccm-lint: " + parameter + ": " + e.getMessage());
        }
    }
}
