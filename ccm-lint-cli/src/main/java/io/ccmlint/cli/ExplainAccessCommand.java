package io.ccmlint.cli;

import io.ccmlint.core.aws.ManagedPolicies;
import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.engine.LintResult;
import io.ccmlint.core.engine.LinterFactory;
import io.ccmlint.core.engine.LinterOptions;
import io.ccmlint.core.iam.access.Access;
import io.ccmlint.core.iam.access.AccessMap;
import io.ccmlint.core.iam.access.EffectivePermissions;
import io.ccmlint.core.iam.access.Verdict;
import io.ccmlint.core.iam.access.GrantedBy;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.source.Span;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code ccm-lint explain-access PRINCIPAL [ACTION [RESOURCE]]}: what a principal may do with all its
 * policies together, or the decision on one action and the statements that make it, so a user can
 * see why CCM111, CCM112 or CCM113 reported what it did.
 */
final class ExplainAccessCommand extends Subcommand {
    ExplainAccessCommand() {
        super("explain-access", "Show a principal's effective permissions, or the decision on one action and the"
                + " statements behind it.",
                List.of(Argument.one("PRINCIPAL", "A glob against the AWS name, the ARN or the address (aws_iam_role.x,"
                                + " module.m.aws_iam_role.x, a CloudFormation logical ID)."),
                        Argument.optional("ACTION", "An action, e.g. iam:PassRole."),
                        Argument.optional("RESOURCE", "A resource ARN or pattern (default: *, any resource).")));
    }

    @Override
    Options options() {
        return new Options()
                .addOption(Args.valued("C", "in", "PATH", "Files and folders to read (default: the current folder)."))
                .addOption(Args.valued("config", "FILE", "Configuration file (default: the nearest .ccm-lint.yml)."));
    }

    @Override
    int run(CommandLine line, PrintWriter out, PrintWriter err) throws UsageError {
        List<String> given = Args.positionals(line, this);
        String principal = given.get(0);
        String action = given.size() > 1 ? given.get(1) : null;
        String resource = given.size() > 2 ? given.get(2) : "*";
        List<Path> paths = Args.paths(line, "in");
        Path config = Args.path(line, "config");
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        LintResult read;
        try {
            LintOptions lint = new LintOptions(); // the configuration found as check finds it
            lint.paths = roots;
            lint.config = config;
            LinterOptions options = lint.options().runRules(false).build();
            read = LinterFactory.create(options).lint(roots);
        } catch (ConfigException e) {
            err.println("ccm-lint: " + e.getMessage());
            return Main.USAGE;
        }
        Access access = Access.of(read.workspace());
        List<IamPrincipal> matched = access.matching(principal);
        if (matched.isEmpty()) {
            err.println("ccm-lint: no role, user or group matches '" + principal + "' (" + access.principals().size()
                    + " principals read below " + String.join(", ", roots.stream().map(Path::toString).toList()) + ")");
            return Main.USAGE;
        }
        for (IamPrincipal p : matched) {
            EffectivePermissions perms = access.of(p);
            if (action == null) {
                permissions(out, perms);
            } else {
                decision(out, perms, action, resource);
            }
            out.println();
        }
        out.flush();
        return Main.CLEAN;
    }

    private static void permissions(PrintWriter out, EffectivePermissions perms) {
        IamPrincipal p = perms.principal();
        out.println(p.describe() + (p.awsName() == null ? "" : " (AWS name " + p.awsName() + ")") + ", " + at(p.span()));
        out.println("  policies:");
        for (PolicyAttachment a : p.policies()) {
            String what = !a.readable() ? a.reference().display() + " (cannot be read here: what it grants is unknown)"
                    : ManagedPolicies.get().holds(a.policy().span()) ? a.policy().name() + " (AWS managed)"
                    : a.policy().name() + " (" + at(a.policy().span()) + ")";
            out.println("    " + what + (a.viaGroup() == null ? "" : " through group " + a.viaGroup())
                    + (a.attachedAt() == null ? "" : ", attached at " + at(a.attachedAt())));
        }
        if (p.boundary() != null) {
            out.println("  permissions boundary: " + (p.boundary().readable() ? p.boundary().policy().name()
                    : p.boundary().reference().display() + " (cannot be read here)"));
        }
        AccessMap map = perms.access();
        out.println("  allowed (" + map.actionCount() + " catalog actions):");
        if (map.resources().isEmpty()) {
            out.println("    nothing");
        }
        for (String r : map.resources()) {
            out.println("    on \"" + r + "\": " + map.describe(r));
            String conditional = map.describeConditional(r);
            if (!conditional.isEmpty()) {
                out.println("      only under a condition: " + conditional);
            }
        }
    }

    private static void decision(PrintWriter out, EffectivePermissions perms, String action, String resource) {
        Verdict v = perms.verdict(action, resource);
        out.println(perms.principal().describe() + ": " + action + " on \"" + resource + "\": "
                + v.level().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + (v.why().isEmpty() ? "" : " (" + v.why() + ")"));
        for (GrantedBy g : v.allowing()) {
            out.println("  " + (v.level() == Verdict.Level.DENIED ? "allowed, then blocked" : "allowed") + " by " + statement(g));
        }
        for (GrantedBy g : v.denying()) {
            out.println("  denied by " + statement(g));
        }
        if (!v.resources().isEmpty() && !v.resources().equals(List.of(resource))) {
            out.println("  on: " + String.join(", ", v.resources().stream().map(r -> "\"" + r + "\"").toList()));
        }
    }

    private static String statement(GrantedBy g) {
        return g.describe() + " at " + at(g.location());
    }

    private static String at(Span s) {
        return s == null ? "(no location)" : s.file().displayPath() + ":" + s.startLine() + ":" + s.startColumn();
    }
}
