package io.ccmlint.core.tree;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import java.io.Reader;

/**
 * Jackson's parser for text, with the two char offsets {@link JsonTreeReader} asks for at every
 * token, read from the parser's fields: {@code currentTokenLocation()} and {@code currentLocation()}
 * build a {@code JsonLocation} each time (a tenth of all bytes a policy-heavy run allocated), of
 * which only the char offset is used. Each method repeats how the matching Jackson 2.22 method
 * computes {@code getCharOffset()}; OffsetJsonParserTest holds them to it.
 */
final class OffsetJsonParser extends ReaderBasedJsonParser {
    OffsetJsonParser(IOContext ctxt, int features, Reader r, ObjectCodec codec, CharsToNameCanonicalizer names) {
        super(ctxt, features, r, codec, names);
    }

    OffsetJsonParser(IOContext ctxt, int features, ObjectCodec codec, CharsToNameCanonicalizer names,
            char[] buffer, int start, int end, boolean recyclable) {
        super(ctxt, features, null, codec, names, buffer, start, end, recyclable);
    }

    /** {@code currentTokenLocation().getCharOffset()}: a key's opening quote, or the token's first char. */
    long tokenStartOffset() {
        if (_currToken == JsonToken.FIELD_NAME) {
            return _currInputProcessed + _nameStartOffset - 1;
        }
        return _tokenInputTotal - 1;
    }

    /** {@code currentLocation().getCharOffset()}: how far the parser has read. */
    long currentOffset() {
        return _currInputProcessed + _inputPtr;
    }
}
