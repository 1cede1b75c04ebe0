package io.ccmlint.core.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.Arrays;
import java.util.List;

/** Unified diffs of fixed files (java-diff-utils), as {@code git diff} shows them. */
public final class Diffs {
    private Diffs() {
    }

    public static String unified(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> out = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a, patch, 3);
        return String.join("\n", out) + (out.isEmpty() ? "" : "\n");
    }

    private static List<String> lines(String s) {
        return Arrays.asList(s.split("\r?\n|\r", -1));
    }
}
