package io.ccmlint.core.tree;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.TextOffsets;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Builds located trees from YAML with SnakeYAML Engine's event parser ({@link YamlTreeBuilder}:
 * no object construction, so no custom types can ever be instantiated). Aliases are expanded; the
 * expansion is bounded by a node budget, nesting by a depth limit, and duplicate keys are an error.
 */
public final class YamlTreeReader {
    private final ParseLimits limits;
    /** A repeated key replaces the earlier one instead of being an error (see {@link #lastKeyWins}). */
    private final boolean lastKeyWins;
    private final StringPool strings;
    private static final CoreScalarTags TAGS = new CoreScalarTags();
    private static final int WINDOW = 256 * 1024;

    public YamlTreeReader(ParseLimits limits) {
        this(limits, false, new StringPool());
    }

    private YamlTreeReader(ParseLimits limits, boolean lastKeyWins, StringPool strings) {
        this.limits = limits;
        this.lastKeyWins = lastKeyWins;
        this.strings = strings;
    }

    /**
     * A reader for which a key repeated in one mapping replaces the earlier one, as Helm and the
     * Kubernetes client read a chart's rendered manifests (go-yaml v2 into a map: the last value
     * wins). A file someone writes keeps the strict reading: there a repeated key is a mistake.
     */
    public YamlTreeReader lastKeyWins() {
        return new YamlTreeReader(limits, true, strings);
    }

    public YamlTreeReader() {
        this(ParseLimits.DEFAULT);
    }

    /** All documents of the file, in order. Empty documents are skipped. */
    public List<Node> readAll(SourceFile file) throws ParseProblem {
        TextOffsets offsets = new TextOffsets(file.text());
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.displayPath())
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength()))
                .setUseMarks(true)
                // the parser's window: with the default 1 KB a long scalar is re-copied at every refill (a
                // 10 MB scalar took 30 s); one window for the whole text made two arrays of 6 bytes per
                // character (11 MB for Argo CD's install.yaml), large enough to be allocated in the old
                // generation and left there as garbage. 256 K characters: a 10 MB scalar in 0.36 s, a
                // manifest as fast as with one window
                .setBufferSize(Math.max(1024, Math.min(file.text().length() + 1, WINDOW)))
                .build(); // no schema: the parser resolves no tag; the builder's CoreScalarTags does (YAML 1.2 core)
        try {
            ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, file.text()));
            return new YamlTreeBuilder(file, offsets, limits, lastKeyWins, TAGS, strings,
                    parser).documents();
        } catch (MarkedYamlEngineException e) {
            int at = e.getProblemMark().map(m -> offsets.toCharOffset(m.getIndex())).orElse(0);
            throw new ParseProblem(file.span(at, at), plainMessage(e));
        } catch (ReaderException e) { // a control character: no mark, a position
            int at = offsets.toCharOffset(e.getPosition());
            throw new ParseProblem(file.span(at, at), String.format("invalid YAML: control character U+%04X is not allowed",
                    e.getCodePoint()));
        } catch (YamlEngineException e) {
            throw new ParseProblem(file.span(0, 0), "invalid YAML: " + firstLine(e.getMessage()));
        }
    }

    private static String plainMessage(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
        String context = e.getContext();
        String msg = context == null ? problem : context + ": " + problem;
        return "invalid YAML: " + firstLine(msg);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int cut = s.indexOf('\n');
        return (cut > 0 ? s.substring(0, cut) : s).trim();
    }
}
