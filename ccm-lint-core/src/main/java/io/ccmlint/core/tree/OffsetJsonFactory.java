package io.ccmlint.core.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.Reader;

/**
 * A {@link JsonFactory} whose parsers over text are {@link OffsetJsonParser}s. It replaces the two
 * hooks {@code createParser(String)} ends in: a char buffer (text up to 32K chars) and a Reader
 * (longer text); both repeat Jackson 2.22's own bodies but for the class they make.
 */
final class OffsetJsonFactory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    OffsetJsonFactory(JsonFactoryBuilder settings) {
        super(settings);
    }

    @Override
    protected JsonParser _createParser(Reader r, IOContext ctxt) {
        return new OffsetJsonParser(ctxt, _parserFeatures, r, _objectCodec, _rootCharSymbols.makeChild());
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
            throws java.io.IOException {
        _streamReadConstraints.validateDocumentLength(len);
        return new OffsetJsonParser(ctxt, _parserFeatures, _objectCodec, _rootCharSymbols.makeChild(),
                data, offset, offset + len, recyclable);
    }
}
