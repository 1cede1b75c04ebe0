package io.ccmlint.cli.lsp;

import io.ccmlint.core.docs.RulePages;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** A finding as the editor shows it: range, severity, rule ID with its page, related places. */
final class FindingDiagnostics {
    static final String SOURCE = "ccm-lint";

    private FindingDiagnostics() {
    }

    static Diagnostic of(Finding f, String docsBaseUrl) {
        Diagnostic d = new Diagnostic(Positions.range(f.span()), f.message(), severity(f), SOURCE);
        d.setCode(Either.forLeft(f.ruleId()));
        RulePages.url(docsBaseUrl, f.rule()).ifPresent(url -> d.setCodeDescription(new DiagnosticCodeDescription(url)));
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (RuleContext.Related r : f.related()) {
            related.add(new DiagnosticRelatedInformation(
                    new Location(OpenDocuments.uri(r.span().file().path()), Positions.range(r.span())), r.message()));
        }
        if (!related.isEmpty()) {
            d.setRelatedInformation(related);
        }
        return d;
    }

    private static DiagnosticSeverity severity(Finding f) {
        return switch (f.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            default -> DiagnosticSeverity.Information;
        };
    }
}
