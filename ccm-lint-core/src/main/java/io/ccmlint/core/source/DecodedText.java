package io.ccmlint.core.source;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Text decoded from source text (a YAML string's value, an HCL string or heredoc after its escapes
 * and interpolations), with where each of its characters is written in the file: a document read
 * from the decoded text (policy JSON in a string) gets spans in the file, through the escapes.
 */
public final class DecodedText {
    private final SourceFile file;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final BitSet computed;

    private DecodedText(SourceFile file, String text, int[] starts, int[] ends, BitSet computed) {
        this.file = file;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.computed = computed;
    }

    /** The decoded text. */
    public String text() {
        return text;
    }

    public SourceFile file() {
        return file;
    }

    /** Where {@code [start, end)} of the decoded text is written: from its first character's source to its last's. */
    public Span span(int start, int end) {
        if (end > start) {
            return file.span(starts[start], ends[end - 1]);
        }
        int at = start < text.length() ? starts[start] : text.isEmpty() ? 0 : ends[text.length() - 1];
        return file.span(at, at);
    }

    /**
     * True when some character of {@code [start, end)} is not written as itself but computed (an
     * interpolation's value or hole): that text cannot be rewritten as a literal in place.
     */
    public boolean computed(int start, int end) {
        int next = computed.nextSetBit(start);
        return next >= 0 && next < end;
    }

    public static Builder builder(SourceFile file) {
        return new Builder(file);
    }

    /**
     * How a source text escapes characters: {@link #decode} reads one escape at {@code at} into
     * {@code out} and returns how many source characters it takes, or 0 when none starts there. An
     * escape may decode to nothing (a YAML escaped line break).
     */
    @FunctionalInterface
    public interface Escapes {
        Escapes NONE = (raw, at, end, out) -> 0;

        int decode(String raw, int at, int end, StringBuilder out);

        /** A hex escape at {@code at} (a backslash, a letter, then {@code digits} hex digits): its length, or 0. */
        static int hex(String raw, int at, int end, int digits, StringBuilder out) {
            int from = at + 2;
            if (from + digits > end) {
                return 0;
            }
            try {
                out.appendCodePoint(Integer.parseInt(raw.substring(from, from + digits), 16));
                return 2 + digits;
            } catch (IllegalArgumentException e) {
                return 0;
            }
        }
    }

    /** Builds a decoded text piece by piece. */
    public static final class Builder {
        private final SourceFile file;
        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private final BitSet computed = new BitSet();

        private Builder(SourceFile file) {
            this.file = file;
        }

        /** One character that an expression at {@code [sourceStart, sourceEnd)} computes (an interpolation). */
        public Builder appendComputed(char c, int sourceStart, int sourceEnd) {
            computed.set(text.length());
            return append(c, sourceStart, sourceEnd);
        }

        /** One decoded character written at {@code [sourceStart, sourceEnd)}. */
        public Builder append(char c, int sourceStart, int sourceEnd) {
            int i = text.length();
            if (i == starts.length) {
                starts = Arrays.copyOf(starts, i * 2);
                ends = Arrays.copyOf(ends, i * 2);
            }
            text.append(c);
            starts[i] = sourceStart;
            ends[i] = sourceEnd;
            return this;
        }

        /**
         * {@code decoded}, the value of the source text {@code [rawStart, rawEnd)}, each character
         * mapped to where it is written. The two are aligned character by character: escapes are
         * read with {@code escapes}; source whitespace that the value does not hold (indentation,
         * folded line breaks) is skipped. False when they cannot be aligned: the caller then has no
         * exact places and keeps to the outer value's.
         */
        public boolean appendAligned(String decoded, int rawStart, int rawEnd, Escapes escapes) {
            String raw = file.text();
            StringBuilder escaped = new StringBuilder();
            int i = 0;
            int j = rawStart;
            int lastSkipped = -1;
            while (i < decoded.length()) {
                if (j >= rawEnd) {
                    return false;
                }
                escaped.setLength(0);
                int n = escapes.decode(raw, j, rawEnd, escaped);
                if (n > 0) {
                    if (!decoded.startsWith(escaped.toString(), i)) {
                        return false;
                    }
                    for (int k = 0; k < escaped.length(); k++) {
                        append(decoded.charAt(i++), j, j + n);
                    }
                    j += n;
                    continue;
                }
                char c = decoded.charAt(i);
                char r = raw.charAt(j);
                if (r == c) {
                    append(c, j, j + 1);
                    i++;
                    j++;
                    lastSkipped = -1;
                } else if (Character.isWhitespace(r)) {
                    lastSkipped = j++; // indentation, or a line break the value folds
                } else if (Character.isWhitespace(c) && lastSkipped >= 0) {
                    append(c, lastSkipped, lastSkipped + 1); // a folded line break: the space it became
                    i++;
                } else {
                    return false;
                }
            }
            return true;
        }

        public int length() {
            return text.length();
        }

        /**
         * Marks the characters from {@code from} to the end so far as computed (see
         * {@link DecodedText#computed}): text written once in the source that a template may
         * render several times, or not at all, is not rewritten in place.
         */
        public Builder markComputed(int from) {
            if (from < text.length()) {
                computed.set(from, text.length());
            }
            return this;
        }

        public DecodedText build() {
            int n = text.length();
            return new DecodedText(file, text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n),
                    (BitSet) computed.clone());
        }
    }
}
