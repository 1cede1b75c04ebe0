package io.ccmlint.core.hcl;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;

import java.util.List;

/**
 * A parsed {@code .tf} file: its top-level body and the spans of all comments (kept for inline
 * suppressions such as {@code # ccm-lint:disable=...}).
 */
public record HclFile(SourceFile source, HclBody body, List<Span> comments, Span span) implements HclNode {
    public HclFile {
        comments = List.copyOf(comments);
    }

    @Override
    public List<HclBody> children() {
        return List.of(body);
    }
}
