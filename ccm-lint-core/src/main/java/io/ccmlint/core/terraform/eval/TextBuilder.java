package io.ccmlint.core.terraform.eval;

import io.ccmlint.core.source.Span;
import io.ccmlint.core.terraform.eval.Value.Partial;
import io.ccmlint.core.terraform.eval.Value.Str;
import io.ccmlint.core.terraform.eval.Value.Unknown;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Str} or a {@link Partial}: adjacent known text merged, holes kept. */
final class TextBuilder {
    private final Span span;
    private final List<Value> parts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Span textSpan;
    private boolean holes;

    TextBuilder(Span span) {
        this.span = span;
    }

    void text(String s, Span from) {
        if (s.isEmpty()) {
            return;
        }
        text.append(s);
        Span here = from.file() == span.file() ? from : span; // text read through a local of another file
        textSpan = textSpan == null ? here : textSpan.union(here);
    }

    boolean value(Value v) {
        if (v instanceof Partial p) {
            for (Value part : p.parts()) {
                if (part instanceof Str s) {
                    text(s.value(), s.span());
                } else {
                    hole((Unknown) part);
                }
            }
            return true;
        }
        if (v instanceof Unknown u) {
            hole(u);
            return true;
        }
        String s = ValueOps.asString(v);
        if (s == null) {
            return false; // null, a collection, or a number too large to print
        }
        text(s, v.span());
        return true;
    }

    void hole(Unknown u) {
        flush();
        parts.add(u);
        holes = true;
    }

    private void flush() {
        if (text.length() > 0) {
            parts.add(new Str(text.toString(), textSpan));
            text.setLength(0);
            textSpan = null;
        }
    }

    Value build() {
        if (!holes) {
            return new Str(text.toString(), span);
        }
        flush();
        return new Partial(parts, span);
    }
}
