package io.ccmlint.bench;

import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.fix.Fix;
import io.ccmlint.core.iam.access.Access;
import io.ccmlint.core.iam.access.AccessDiff;
import io.ccmlint.core.iam.access.EffectivePermissions;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.workspace.Workspace;
import io.ccmlint.rules.iam.PrivilegeEscalationRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Effective permissions (issue #20) for the 1,594 AWS managed policies, each attached to one role.
 * The roles are read as {@code check} reads them: {@link IamRolesCorpus} writes its Terraform into a
 * temporary folder and a linter without rules reads it ({@link LinterOptions.Builder#runRules}); the
 * benchmarks start from that workspace's principals (the managed policies' documents already parsed,
 * as they are once a run has read its files).
 *
 * <ul>
 *   <li>{@code effectivePermissions}: a new {@link Access} over all principals, then each one's
 *       compact form ({@link EffectivePermissions#access()}): every statement turned into grants and
 *       the per-resource action sets. Cold per operation (a new {@code Access}); the catalog and its
 *       action index are loaded once per JVM, and the index's memo of action patterns is kept;
 *   <li>{@code privilegeEscalation}: CCM111 itself ({@link PrivilegeEscalationRule}) on a new
 *       workspace of the same roles, so its {@code Access} is cold too: includes the above;
 *   <li>{@code passRoleVerdict}: {@code verdict("iam:PassRole", "*")} for every principal of an
 *       {@code Access} already computed;
 *   <li>{@code accessDiffUnchanged}: what CCM112 does per principal of a pull request that did not
 *       change it: {@link AccessDiff#between} two revisions' permissions, both computed;
 *   <li>{@code firstUse} / {@code firstUseOfOne} (single shot, a new JVM per fork): the first
 *       {@code effectivePermissions} of a JVM, for all principals and for one, i.e. with the
 *       one-time cost of loading the IAM catalog and numbering its actions.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class EffectivePermissionsBenchmark {
    private Path folder;
    private Workspace read;
    private List<IamPrincipal> principals;

    @Setup(Level.Trial)
    public void readRoles() {
        readRoles(IamRolesCorpus.arns());
    }

    /** One role per ARN, read from Terraform as {@code check} reads it. */
    void readRoles(List<String> arns) {
        try {
            folder = Files.createTempDirectory("ccm-lint-bench-iam");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IamRolesCorpus.write(folder, arns, 0);
        read = readWithoutRules(folder);
        principals = read.principals();
        if (principals.size() != arns.size()) {
            throw new IllegalStateException(principals.size() + " principals read from " + folder + ", expected " + arns.size());
        }
        System.err.println(folder + ": " + principals.size() + " roles, " + principals.stream()
                .mapToLong(p -> p.policies().stream().filter(a -> a.readable()).count()).sum() + " readable attachments");
    }

    @TearDown(Level.Trial)
    public void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public Access effectivePermissions(Blackhole bh) {
        Access access = Access.over(principals);
        for (IamPrincipal p : principals) {
            bh.consume(access.of(p).access());
        }
        return access;
    }

    @Benchmark
    public int privilegeEscalation() {
        Counting context = new Counting(freshWorkspace());
        ESCALATION.check(context);
        return context.findings;
    }

    @Benchmark
    public void passRoleVerdict(Computed c, Blackhole bh) {
        for (IamPrincipal p : principals) {
            bh.consume(c.now.of(p).verdict("iam:PassRole", "*"));
        }
    }

    @Benchmark
    public void accessDiffUnchanged(Computed c, Blackhole bh) {
        for (IamPrincipal p : principals) {
            bh.consume(AccessDiff.between(c.now.of(p), c.before.of(p)));
        }
    }

    /**
     * Every principal's permissions computed, twice (two revisions of an unchanged repository): the
     * state of the benchmarks that read them. A state of its own, so that the single-shot benchmarks
     * never load the catalog before they measure.
     */
    @State(Scope.Benchmark)
    public static class Computed {
        Access now;
        Access before;

        @Setup(Level.Trial)
        public void compute(EffectivePermissionsBenchmark roles) {
            now = Access.over(roles.principals);
            before = Access.over(roles.principals);
            for (IamPrincipal p : roles.principals) {
                now.of(p).access();
                before.of(p).access();
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    public Access firstUse(Blackhole bh) {
        return effectivePermissions(bh);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    public Object firstUseOfOne() {
        IamPrincipal first = principals.get(0);
        return Access.over(List.of(first)).of(first).access();
    }

    private static final Rule ESCALATION = new PrivilegeEscalationRule();

    /** A workspace of the same roles with nothing derived yet: its {@code Access} is computed anew. */
    Workspace freshWorkspace() {
        Workspace.Builder b = Workspace.builder(read.config()).roleArns(read.roleArns());
        for (Role r : read.roles()) {
            b.roles().add(r);
        }
        return b.build();
    }

    List<IamPrincipal> principals() {
        return principals;
    }

    /** The workspace of {@code folder} as {@code check --no-rules} builds it. */
    static Workspace readWithoutRules(Path folder) {
        try {
            LinterOptions options = LinterOptions.builder(RuleRegistry.of(List.of()))
                    .config(ConfigLookup.given(LintConfig.defaults(folder)))
                    .runRules(false)
                    .build();
            LintResult result = LinterFactory.create(options).lint(List.of(folder));
            return result.workspace();
        } catch (io.ccmlint.core.config.ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A rule context that counts what is reported. */
    static final class Counting implements RuleContext {
        private final Workspace ws;
        private final List<Finding> reported = new ArrayList<>();
        int findings;

        Counting(Workspace ws) {
            this.ws = ws;
        }

        @Override
        public Workspace workspace() {
            return ws;
        }

        @Override
        public void report(Span span, String message, Fix fix) {
            report(finding(span, message).fix(fix));
        }

        @Override
        public synchronized void report(Finding.Builder finding) {
            reported.add(finding.build());
            findings++;
        }

        @Override
        public Finding.Builder finding(Span span, String message) {
            return new Finding.Builder(ESCALATION.metadata(), ESCALATION.metadata().defaultSeverity(), span, message);
        }

        List<Finding> reported() {
            return reported;
        }
    }
}
