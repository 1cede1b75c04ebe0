package io.ccmlint.core.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
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

    /**
     * The lines of a text without their line breaks. A final line break ends the last line (it is
     * not an empty line of its own); a last line without one carries git's marker.
     */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>(Arrays.asList(s.split("\r?\n|\r", -1)));
        String last = out.remove(out.size() - 1);
        if (!last.isEmpty()) {
            out.add(last + "\n\\ No newline at end of file");
        }
        return out;
    }
}
