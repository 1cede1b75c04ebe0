package io.ccmlint.cli;

import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleMetadata;
import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code ccm-lint rules}: the rules on the class path. */
final class RulesCommand extends Subcommand {
    RulesCommand() {
        super("rules", "List the rules: ID, slug, default severity, fix, title.",
                List.of());
    }

    @Override
    Options options() {
        return new Options();
    }

    @Override
    int run(CommandLine line, PrintWriter out, PrintWriter err) throws UsageError {
        Args.positionals(line, this);
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
