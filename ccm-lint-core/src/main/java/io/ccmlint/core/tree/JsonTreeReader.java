package io.ccmlint.core.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.ScalarStyle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a located tree from JSON text with Jackson's streaming parser. Works on a whole file or
 * on a region of one (JSON inside a Terraform heredoc): spans are always offsets into the file.
 * Duplicate keys are an error, as IAM itself rejects them.
 */
public final class JsonTreeReader {
    private final JsonFactory factory;
    private final ParseLimits limits;
    /**
     * Short string values recur in policy after policy; keys are already interned by Jackson. Null:
     * none (trees read to be checked and dropped at once).
     */
    private final StringPool pool;

    public JsonTreeReader(ParseLimits limits) {
        this(limits, new StringPool());
    }

    /** A reader that keeps no copy of the strings it reads: for trees that are dropped as soon as they are checked. */
    public static JsonTreeReader unpooled(ParseLimits limits) {
        return new JsonTreeReader(limits, null);
    }

    private JsonTreeReader(ParseLimits limits, StringPool pool) {
        this.pool = pool;
        this.limits = limits;
        this.factory = factory(limits);
    }

    /**
     * Jackson's parser factory with the reader's limits (public: the read-path benchmark times the
     * same parser). Its parsers over text are {@link OffsetJsonParser}s, which give token offsets
     * without allocating.
     */
    public static JsonFactory factory(ParseLimits limits) {
        return new OffsetJsonFactory(new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxDocumentLength())
                        .maxNumberLength(1000)
                        .maxNameLength(50_000)
                        .build()));
    }

    public JsonTreeReader() {
        this(ParseLimits.DEFAULT);
    }

    private String pooled(String s) {
        return pool == null ? s : pool.of(s);
    }

    public Node read(SourceFile file) throws ParseProblem {
        return read(file, 0, file.text().length());
    }

    /** Parses {@code file.text()[start, end)} as one JSON document. */
    public Node read(SourceFile file, int start, int end) throws ParseProblem {
        String text = file.text().substring(start, end);
        try (OffsetJsonParser p = (OffsetJsonParser) factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ParseProblem(file.span(end, end), "the file is empty: expected a JSON value");
            }
            Node root;
            try {
                root = new Builder(file, text, start, p, this).value(first);
            } catch (StreamConstraintsException e) {
                // the exception carries no location: point at the token that broke the limit
                int at = start + (int) Math.max(0, p.currentOffset() - 1);
                throw new ParseProblem(file.span(at, at), plainLimitMessage(e));
            }
            JsonToken extra = p.nextToken();
            if (extra != null) {
                int at = start + (int) p.tokenStartOffset();
                throw new ParseProblem(file.span(at, at), "unexpected content after the end of the JSON document");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw problem(file, start, e, plainLimitMessage(e));
        } catch (JsonProcessingException e) {
            throw problem(file, start, e, plainMessage(e));
        } catch (IOException e) {
            throw new ParseProblem(file.span(start, start), "cannot read JSON: " + e.getMessage());
        }
    }

    private static ParseProblem problem(SourceFile file, int base, JsonProcessingException e, String message) {
        JsonLocation loc = e.getLocation();
        int at = base;
        if (loc != null && loc.getCharOffset() >= 0) {
            at = (int) Math.min(file.text().length(), base + loc.getCharOffset());
            // Jackson reports an illegal control character just after it: point at the character itself
            if (at > base && file.text().charAt(at - 1) < 0x20 && message.contains("control character")) {
                at--;
            }
        }
        return new ParseProblem(file.span(at, at), message);
    }

    private String plainLimitMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return "JSON nested deeper than " + limits.maxNestingDepth() + " levels";
        }
        if (m.contains("String value length")) {
            return "a JSON string is longer than " + limits.maxStringLength() + " characters";
        }
        if (m.contains("Document length")) {
            return "the JSON document is longer than " + limits.maxDocumentLength() + " characters";
        }
        return "JSON exceeds a reader limit: " + m;
    }

    /** Jackson's messages, reduced to their first sentence and without Java hints. */
    static String plainMessage(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        int cut = m.indexOf('\n');
        if (cut > 0) {
            m = m.substring(0, cut);
        }
        m = m.replaceAll(" ?\\([^()\\[]*\\[Source: .*?; line: \\d+, column: \\d+]\\)", "") // Jackson's own location, with Java names
                .replaceAll(": enable `[A-Za-z.]+_[A-Z_]+` to allow", "")
                .replaceAll(" \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
                .replaceAll("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "(control character $1)")
                .replaceAll(" ?\\(for [^)]*\\)", "")
                .replaceAll("\\('(.)' \\(code \\d+\\)\\)", "'$1'")
                .replaceAll(" \\(code \\d+\\)", "")
                .replace("Unexpected character", "unexpected character")
                .replace("Unexpected end-of-input", "unexpected end of file")
                .replace("was expecting", "expected")
                .replace(": expected comma to separate Object entries", ": expected ',' or '}' between object entries")
                .replace(": expected comma to separate Array entries", ": expected ',' or ']' between array entries")
                .replace("Unrecognized token", "unrecognized token");
        return "invalid JSON: " + m.trim();
    }

    /** One parse: turns the token stream into nodes. */
    private static final class Builder {
        private final SourceFile file;
        private final String text;
        private final int base;
        private final OffsetJsonParser p;
        private final JsonTreeReader reader;

        Builder(SourceFile file, String text, int base, OffsetJsonParser p, JsonTreeReader reader) {
            this.reader = reader;
            this.file = file;
            this.text = text;
            this.base = base;
            this.p = p;
        }

        private int tokenStart() {
            return (int) p.tokenStartOffset();
        }

        Node value(JsonToken token) throws IOException, ParseProblem {
            int start = tokenStart();
            switch (token) {
                case START_OBJECT:
                    return object(start);
                case START_ARRAY:
                    return array(start);
                case VALUE_STRING: {
                    String text = p.getText(); // reads the string to its closing quote: the parser is just past it
                    return ScalarNode.known(span(start, (int) p.currentOffset()), ScalarStyle.JSON_STRING,
                            reader.pooled(text));
                }
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    try {
                        return ScalarNode.known(span(start, bareEnd(start)), ScalarStyle.JSON_BARE, p.getDecimalValue());
                    } catch (NumberFormatException e) { // 1e11111111111111: valid syntax, but no BigDecimal holds it
                        throw new ParseProblem(span(start, bareEnd(start)), "invalid JSON: the number is out of range");
                    }
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return ScalarNode.known(span(start, bareEnd(start)), ScalarStyle.JSON_BARE, token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return ScalarNode.known(span(start, bareEnd(start)), ScalarStyle.JSON_BARE, null);
                default:
                    throw new ParseProblem(span(start, start), "unexpected token " + token);
            }
        }

        private Node object(int start) throws IOException, ParseProblem {
            List<MapNode.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                int keyStart = tokenStart();
                String key = p.currentName();
                Span keySpan = span(keyStart, stringEnd(keyStart));
                if (!seen.add(key)) {
                    throw new ParseProblem(keySpan, "duplicate key \"" + key + "\" in the same JSON object");
                }
                Node value = value(p.nextToken());
                entries.add(new MapNode.Entry(io.ccmlint.core.value.Scalar.known(key, keySpan, ScalarStyle.JSON_STRING), value));
            }
            int end = tokenStart() + 1; // END_OBJECT
            return new MapNode(span(start, end), Syntax.JSON, true, entries);
        }

        private Node array(int start) throws IOException, ParseProblem {
            List<Node> items = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                items.add(value(t));
            }
            int end = tokenStart() + 1;
            return new ListNode(span(start, end), Syntax.JSON, true, items);
        }

        /** Offset just past the closing quote of the string starting at {@code start} (a key: the parser is past its value's start). */
        private int stringEnd(int start) {
            int i = start + 1;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == '"') {
                    return i + 1;
                } else {
                    i++;
                }
            }
            return n;
        }

        /** Offset just past a number or literal. */
        private int bareEnd(int start) {
            int i = start;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (c == ',' || c == '}' || c == ']' || c == ':' || Character.isWhitespace(c)) {
                    break;
                }
                i++;
            }
            return i;
        }

        private Span span(int start, int end) {
            return file.span(base + start, base + end);
        }
    }
}
