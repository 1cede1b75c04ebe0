package io.ccmlint.core.fuzz;

import io.ccmlint.core.cloudformation.CloudFormationSource;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.ValueSet;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.Template;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;

/**
 * What the CloudFormation fuzz targets check of one template besides "no exception": every CCM001
 * is a template problem or a limit with a message, every model it made (roles, policies, their
 * statements and values) is located inside the file.
 */
final class TemplateRuns {
    private static final LintConfig CONFIG = LintConfig.defaults(Path.of("."));
    /** Scenarios a template is split into at most (Scenarios.MAX), so forms of one role at most. */
    private static final int MAX_FORMS = 16;

    private TemplateRuns() {
    }

    /** Runs the source on {@code root} as a template (whatever its content says) and checks what it made. */
    static Workspace read(SourceFile file, Node root) {
        if (!(root instanceof MapNode)) {
            return null;
        }
        Workspace.Builder out = Workspace.builder(CONFIG);
        new CloudFormationSource().read(new ParsedFile(file, List.of(new ParsedFile.Document(FileKind.CLOUDFORMATION, root))), out);
        Workspace ws = out.build();
        for (ParseFailure f : ws.parseFailures()) {
            FuzzSupport.checkSpan(f.span());
            if (!f.message().startsWith("invalid CloudFormation template: ")
                    && !f.message().startsWith("CloudFormation template not fully evaluated: ")
                    && !f.message().startsWith("CloudFormation rejects this stack: ")) {
                throw new AssertionError("not a template problem: " + f.message());
            }
            if (f.message().length() > 500 || f.message().chars().anyMatch(Character::isISOControl)) {
                throw new AssertionError("not one short line: " + f.message());
            }
        }
        for (Role r : ws.roles()) {
            FuzzSupport.checkSpan(r.span());
            if (r.trustPolicy() != null) {
                check(r.trustPolicy());
            }
            r.policies().forEach(TemplateRuns::check);
            r.managedPolicyArns().forEach(TemplateRuns::check);
            r.unresolvedPolicies().forEach(TemplateRuns::check);
        }
        ws.policies().forEach(TemplateRuns::check);
        long names = ws.roles().stream().map(r -> r.name().replaceFirst(" \\(when .*", "")).distinct().count();
        if (ws.roles().size() > names * MAX_FORMS) {
            throw new AssertionError(ws.roles().size() + " role forms of " + names + " roles");
        }
        return ws;
    }

    private static void check(PolicyDocument p) {
        FuzzSupport.checkSpan(p.span());
        FuzzSupport.checkTree(p.tree());
        for (Statement s : p.statements()) {
            FuzzSupport.checkSpan(s.span());
            check(s.actions());
            check(s.resources());
        }
    }

    private static void check(ValueSet v) {
        if (v != null) {
            v.values().forEach(TemplateRuns::check);
        }
    }

    private static void check(Scalar s) {
        FuzzSupport.checkSpan(s.span());
        if (s.template() != null) {
            for (Template.Part part : s.template().parts()) {
                if (part instanceof Template.Hole h && h.span() != null) {
                    FuzzSupport.checkSpan(h.span());
                }
            }
        }
    }
}
