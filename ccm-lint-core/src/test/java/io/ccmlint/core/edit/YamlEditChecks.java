package io.ccmlint.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.fix.FixPlan;
import io.ccmlint.core.fix.TextEdit;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.YamlTreeReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applying edits to YAML and JSON texts the way a fix is applied, and reading the result back. */
final class YamlEditChecks {
    private YamlEditChecks() {
    }

    /** The one document of a YAML (or, by name, JSON) text, as ccm-lint reads it. */
    static Node read(SourceFile f) {
        try {
            if (f.displayPath().endsWith(".json")) {
                return new JsonTreeReader().read(f);
            }
            List<Node> docs = new YamlTreeReader().readAll(f);
            assertThat(docs).hasSize(1);
            return docs.get(0);
        } catch (ParseProblem e) {
            throw new AssertionError(e.getMessage() + " at line " + e.span().startLine() + " in\n" + f.text(), e);
        }
    }

    /** The mapping at a path of keys and list indexes below the document's root. */
    static MapNode mapAt(SourceFile f, Object... path) {
        return (MapNode) Readers.at(read(f), path);
    }

    /**
     * Applies the edits, checks that the text outside them is untouched and that the result reads
     * back; returns it.
     */
    static String apply(SourceFile f, List<TextEdit> edits) {
        String text = f.text();
        String out = FixPlan.apply(text, edits);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(e -> e.span().start()));
        int pos = 0;
        int outPos = 0;
        for (TextEdit e : sorted) {
            String untouched = text.substring(pos, e.span().start());
            assertThat(out.substring(outPos, outPos + untouched.length())).isEqualTo(untouched);
            outPos += untouched.length() + e.replacement().length();
            pos = e.span().end();
        }
        assertThat(out.substring(outPos)).isEqualTo(text.substring(pos));
        read(SourceFile.of(f.displayPath(), out)); // throws when the result is not valid
        return out;
    }
}
