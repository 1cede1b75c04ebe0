package io.ccmlint.core.source;

import java.util.Arrays;

/**
 * A file's text with its line index and its UTF-8 byte-offset index, both built on first use: most
 * files of a large run (policies checked on their own and found clean) never need a line number.
 */
final class SourceText {
    private static final int[] ASCII = new int[0];

    private final String text;
    private final boolean bom;
    private volatile int[] lineStarts;
    private volatile int[] byteOffsetIndex;

    SourceText(String text, boolean bom) {
        this.text = text;
        this.bom = bom;
    }

    /** Built once; two threads asking at once both build the same index, and either one is kept. */
    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            starts = computeLineStarts(text);
            lineStarts = starts;
        }
        return starts;
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lineStarts().length;
    }

    int line(int offset) {
        int idx = Arrays.binarySearch(lineStarts(), clamp(offset));
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    int column(int offset) {
        int o = clamp(offset);
        return o - lineStarts()[line(o) - 1] + 1;
    }

    int lineStart(int line) {
        int[] starts = lineStarts();
        return starts[Math.max(1, Math.min(line, starts.length)) - 1];
    }

    int lineEnd(int line) {
        int[] starts = lineStarts();
        int next = line < starts.length ? starts[line] : text.length();
        int end = next;
        if (end > lineStart(line) && end <= text.length() && end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > lineStart(line) && end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    int offset(int line, int column) {
        return clamp(lineStart(line) + Math.max(0, column - 1));
    }

    int byteOffset(int offset) {
        int[] index = byteOffsetIndex;
        if (index == null) {
            index = buildByteIndex();
            byteOffsetIndex = index;
        }
        int o = clamp(offset);
        return index == ASCII ? o + (bom ? 3 : 0) : index[o];
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int n = text.length();
        if (text.indexOf('\r') < 0) { // only \n breaks lines: let indexOf find them
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
            return Arrays.copyOf(starts, count);
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private int[] buildByteIndex() {
        int n = text.length();
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return ASCII;
        }
        int[] index = new int[n + 1];
        int b = bom ? 3 : 0;
        for (int i = 0; i < n; i++) {
            index[i] = b;
            char c = text.charAt(i);
            if (c < 0x80) {
                b += 1;
            } else if (c < 0x800) {
                b += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                index[i + 1] = b; // the pair is one 4-byte sequence; an offset inside it maps to its start
                b += 4;
                i++;
            } else {
                b += 3;
            }
        }
        index[n] = b;
        return index;
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
