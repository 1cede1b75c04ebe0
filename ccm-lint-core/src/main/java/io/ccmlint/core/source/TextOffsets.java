package io.ccmlint.core.source;

/**
 * Converts code-point indexes (what SnakeYAML Engine reports) into UTF-16 offsets. Costs nothing
 * for text without characters outside the Basic Multilingual Plane.
 */
public final class TextOffsets {
    private final String text;
    private final int[] surrogatePairStarts; // code-point index of every supplementary character, ascending

    public TextOffsets(String text) {
        this.text = text;
        if (text.codePointCount(0, text.length()) == text.length()) { // no pair (no loop at all for Latin-1 text)
            surrogatePairStarts = new int[0];
            return;
        }
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                count++;
                i++;
            }
        }
        surrogatePairStarts = new int[count];
        int cp = 0;
        int k = 0;
        for (int i = 0; i < text.length(); i++, cp++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                surrogatePairStarts[k++] = cp;
                i++;
            }
        }
    }

    /** UTF-16 offset of a code-point index. */
    public int toCharOffset(int codePointIndex) {
        if (surrogatePairStarts.length == 0) {
            return Math.min(codePointIndex, text.length());
        }
        int before = 0;
        int lo = 0;
        int hi = surrogatePairStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (surrogatePairStarts[mid] < codePointIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        before = lo;
        return Math.min(codePointIndex + before, text.length());
    }
}
