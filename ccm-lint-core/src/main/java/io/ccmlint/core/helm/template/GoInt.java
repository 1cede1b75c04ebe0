package io.ccmlint.core.helm.template;

/**
 * A Go integer of a sized or unsigned type (int64, uint8, ...). Go's plain {@code int} is a {@code Long};
 * this record keeps the type name where Go shows it ({@code %T}, errors) and compares unsigned values
 * as Go does. Unsigned values are stored as their 64 bits.
 */
public record GoInt(Kind kind, long bits) {
    /** The integer types other than int. */
    public enum Kind {
        INT8("int8", 8, true), INT16("int16", 16, true), INT32("int32", 32, true), INT64("int64", 64, true),
        UINT("uint", 64, false), UINT8("uint8", 8, false), UINT16("uint16", 16, false), UINT32("uint32", 32, false),
        UINT64("uint64", 64, false), UINTPTR("uintptr", 64, false);

        private final String goName;
        private final int size;
        private final boolean signed;

        Kind(String goName, int size, boolean signed) {
            this.goName = goName;
            this.size = size;
            this.signed = signed;
        }

        public String goName() {
            return goName;
        }

        public boolean signed() {
            return signed;
        }

        /** The value wrapped to this type's size, as a Go conversion does. */
        long wrap(long v) {
            if (size == 64) {
                return v;
            }
            long shift = 64 - size;
            return signed ? (v << shift) >> shift : (v << shift) >>> shift;
        }
    }

    public GoInt {
        bits = kind.wrap(bits);
    }

    public static GoInt int64(long v) {
        return new GoInt(Kind.INT64, v);
    }

    public boolean signed() {
        return kind.signed();
    }

    /** The same type holding another value (range over an integer yields values of its type). */
    GoInt with(long v) {
        return new GoInt(kind, v);
    }

    @Override
    public String toString() {
        return signed() ? Long.toString(bits) : Long.toUnsignedString(bits);
    }
}
