package io.ccmlint.core.source;

import java.util.Objects;

/**
 * A range {@code [start, end)} of UTF-16 offsets in a {@link SourceFile}'s text. Lines and columns
 * are derived (1-based, columns in UTF-16 units).
 */
public record Span(SourceFile file, int start, int end) implements Comparable<Span> {
    public Span {
        Objects.requireNonNull(file, "file");
        if (start < 0 || end < start || end > file.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + file
                    + " of length " + file.length());
        }
    }

    public int startLine() {
        return file.line(start);
    }

    public int startColumn() {
        return file.column(start);
    }

    public int endLine() {
        return file.line(end);
    }

    public int endColumn() {
        return file.column(end);
    }

    public int length() {
        return end - start;
    }

    public String text() {
        return file.text().substring(start, end);
    }

    public int startByte() {
        return file.byteOffset(start);
    }

    public int endByte() {
        return file.byteOffset(end);
    }

    /** The smallest span covering both (same file). */
    public Span union(Span other) {
        if (other.file != file) {
            throw new IllegalArgumentException("spans of different files");
        }
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    public boolean contains(Span other) {
        return other.file == file && other.start >= start && other.end <= end;
    }

    /** An empty span at this span's start. */
    public Span atStart() {
        return new Span(file, start, start);
    }

    /** An empty span at this span's end. */
    public Span atEnd() {
        return new Span(file, end, end);
    }

    @Override
    public int compareTo(Span o) {
        int c = file.displayPath().compareTo(o.file.displayPath());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && s.file == file && s.start == start && s.end == end;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * System.identityHashCode(file) + start) + end;
    }

    @Override
    public String toString() {
        return file.displayPath() + ":" + startLine() + ":" + startColumn();
    }
}
