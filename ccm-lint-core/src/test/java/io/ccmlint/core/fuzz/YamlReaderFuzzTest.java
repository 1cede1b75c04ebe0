package io.ccmlint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.YamlTreeReader;

/** The YAML reader: trees with spans inside the file, or a located {@link ParseProblem}; nothing else. */
class YamlReaderFuzzTest {
    private static final YamlTreeReader READER = new YamlTreeReader();

    @FuzzTest(maxDuration = "10m")
    void readYaml(byte[] data) {
        SourceFile file = FuzzSupport.decode("fuzz.yaml", data);
        if (file == null) {
            return;
        }
        try {
            for (Node doc : READER.readAll(file)) {
                FuzzSupport.checkTree(doc);
            }
        } catch (ParseProblem p) {
            FuzzSupport.checkSpan(p.span());
        }
    }
}
