package io.ccmlint.cli;

import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleMetadata;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ccm-lint rules}: the rules on the class path. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules: ID, slug, default severity, fix, title.")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-8s %-30s %-8s %-12s %s%n", "ID", "SLUG", "SEVERITY", "FIX", "TITLE");
        for (Rule r : RuleRegistry.discover(Thread.currentThread().getContextClassLoader()).all()) {
            RuleMetadata m = r.metadata();
            out.printf("%-8s %-30s %-8s %-12s %s%n", m.id(), m.slug(), m.defaultSeverity().label(),
                    FixKind.label(m.fixes()), m.title());
        }
        var managed = io.ccmlint.core.aws.ManagedPolicies.get();
        out.println();
        out.println("AWS managed policies known offline: " + managed.arns().size() + " (" + managed.source()
                + ", data of " + managed.dataDate() + ")");
        var catalog = io.ccmlint.core.aws.catalog.IamCatalog.get();
        out.println("IAM action catalog: " + catalog.prefixes().size() + " service prefixes (" + catalog.source()
                + ", data of " + catalog.dataDate() + ")");
        out.flush();
        return Main.CLEAN;
    }
}
