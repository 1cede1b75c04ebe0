package io.ccmlint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ccmlint.core.hcl.HclParseResult;
import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.hcl.HclSyntaxError;
import io.ccmlint.core.source.SourceFile;

/** The HCL parser never throws: a tree (kept even with errors) whose spans stay inside the file, and located errors. */
class HclParserFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void parseHcl(byte[] data) {
        SourceFile file = FuzzSupport.decode("fuzz.tf", data);
        if (file == null) {
            return;
        }
        HclParseResult r = HclParser.parse(file);
        FuzzSupport.checkHcl(r.file());
        for (HclSyntaxError e : r.errors()) {
            FuzzSupport.checkSpan(e.span());
            if (e.message() == null || e.message().isBlank()) {
                throw new AssertionError("an error without a message at " + e.span());
            }
        }
    }
}
