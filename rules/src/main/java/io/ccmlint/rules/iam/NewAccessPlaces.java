package io.ccmlint.rules.iam;

import io.ccmlint.core.iam.access.AccessDiff;
import io.ccmlint.core.iam.access.GrantedBy;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a principal's new access comes from, in the order a reviewer looks for it: a statement that
 * is new or changed since the base (in a changed file, with no statement of the same text in that
 * file at the base), else an attachment written in a changed file (a policy attached now), else a
 * granting statement in a changed file (changed by a value it reads), else the principal itself.
 */
final class NewAccessPlaces {
    /** Where to report, and why there in words. */
    record Place(Span span, String what) {
    }

    private final Workspace now;
    /** The statements of each file at the base, as text without blanks. */
    private final Map<Path, Set<String>> baseStatements = new HashMap<>();

    NewAccessPlaces(Workspace now, Workspace base) {
        this.now = now;
        for (PolicyDocument p : base.policies()) {
            if (p.file().path() == null) {
                continue;
            }
            Set<String> texts = baseStatements.computeIfAbsent(p.file().path().toAbsolutePath().normalize(), k -> new HashSet<>());
            for (Statement s : p.statements()) {
                texts.add(squeeze(s.span().text()));
            }
        }
    }

    Place of(IamPrincipal p, AccessDiff.NewAccess n) {
        for (GrantedBy g : n.grantedBy()) {
            Statement s = g.statement();
            if (changed(s.span()) && !existedAtBase(s)) {
                return new Place(s.span(), "a new or changed statement");
            }
        }
        for (GrantedBy g : n.grantedBy()) {
            if (g.via() != null && changed(g.via().attachedAt())) {
                return new Place(g.via().attachedAt(), "a new attachment");
            }
        }
        for (GrantedBy g : n.grantedBy()) {
            Span s = g.location();
            if (changed(s)) {
                return new Place(s, "a statement whose values changed");
            }
        }
        return limits(p);
    }

    /** Access gained without a new Allow: a Deny narrowed or removed, or the boundary changed. */
    private Place limits(IamPrincipal p) {
        for (PolicyAttachment a : p.policies()) {
            if (!a.readable() || !changed(a.policy().span())) {
                continue;
            }
            for (Statement s : a.policy().statements()) {
                if (s.isDeny() && !existedAtBase(s)) {
                    return new Place(s.span(), "a Deny narrowed since the base");
                }
            }
            if (a.policy().statements().stream().noneMatch(Statement::isDeny) || a.policy().statementKeySpan() != null) {
                Span at = a.policy().statementKeySpan() == null ? a.policy().span() : a.policy().statementKeySpan();
                return new Place(at, "a policy changed since the base: a Deny removed");
            }
        }
        if (p.boundary() != null && changed(p.boundary().attachedAt())) {
            return new Place(p.boundary().attachedAt(), "the permissions boundary changed");
        }
        return new Place(p.span(), "a change to what limits it: a Deny, a boundary or a group");
    }

    private boolean changed(Span s) {
        return s != null && s.file().path() != null && now.changedSinceBase(s.file());
    }

    private boolean existedAtBase(Statement s) {
        Set<String> texts = baseStatements.get(s.span().file().path().toAbsolutePath().normalize());
        return texts != null && texts.contains(squeeze(s.span().text()));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
