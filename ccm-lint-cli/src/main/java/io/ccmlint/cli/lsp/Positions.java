package io.ccmlint.cli.lsp;

import io.ccmlint.core.source.Span;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** LSP positions are 0-based lines and UTF-16 characters; a {@link Span}'s columns are 1-based UTF-16 units. */
final class Positions {
    private Positions() {
    }

    static Range range(Span s) {
        return new Range(new Position(s.startLine() - 1, s.startColumn() - 1), new Position(s.endLine() - 1, s.endColumn() - 1));
    }

    static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    /** True when the ranges share a point (an empty range touching the other counts). */
    static boolean meet(Range a, Range b) {
        return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
    }

    static boolean contains(Range r, Position p) {
        return compare(r.getStart(), p) <= 0 && compare(p, r.getEnd()) <= 0;
    }
}
