package io.ccmlint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;

/** The JSON reader: a tree with spans inside the file, or a located {@link ParseProblem}; nothing else. */
class JsonReaderFuzzTest {
    private static final JsonTreeReader READER = new JsonTreeReader();

    @FuzzTest(maxDuration = "10m")
    void readJson(byte[] data) {
        SourceFile file = FuzzSupport.decode("fuzz.json", data);
        if (file == null) {
            return;
        }
        try {
            FuzzSupport.checkTree(READER.read(file));
        } catch (ParseProblem p) {
            FuzzSupport.checkSpan(p.span());
        }
        // a region of the file, as for JSON inside a Terraform heredoc
        int n = file.text().length();
        if (n > 2) {
            try {
                Node region = READER.read(file, 1, n - 1);
                FuzzSupport.checkTree(region);
            } catch (ParseProblem p) {
                FuzzSupport.checkSpan(p.span());
            }
        }
    }
}
