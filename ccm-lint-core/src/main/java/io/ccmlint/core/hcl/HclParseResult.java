package io.ccmlint.core.hcl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tree (always present, partial where the input is broken) and the syntax errors, in source
 * order. A file with one syntax error yields one error.
 */
public record HclParseResult(HclFile file, List<HclSyntaxError> errors) {
    public HclParseResult {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public HclBody body() {
        return file.body();
    }

    /**
     * The file without the top-level items that hold a syntax error: what the parser recovered
     * inside them is a guess, so a reader reports their errors and reads the rest of the file.
     */
    public HclFile withoutBrokenItems() {
        if (errors.isEmpty()) {
            return file;
        }
        List<HclBodyItem> items = file.body().items();
        Set<HclBodyItem> broken = new HashSet<>();
        for (HclSyntaxError e : errors) {
            HclBodyItem owner = null; // the last item starting at or before the error (a broken item's span may stop short of it)
            for (HclBodyItem item : items) {
                if (item.span().start() <= e.span().start()) {
                    owner = item;
                }
            }
            if (owner != null) {
                broken.add(owner);
            }
        }
        List<HclBodyItem> kept = items.stream().filter(i -> !broken.contains(i)).toList();
        return new HclFile(file.source(), new HclBody(kept, file.body().span()), file.comments(), file.span());
    }
}
