package io.ccmlint.core.helm.template;

import java.util.List;
import java.util.Map;

/**
 * The comparison builtins (eq, ne, lt, le, gt, ge) with Go's basic-kind rules: only values of the
 * same kind compare (an int never equals a float64 — an error, not false), signed and unsigned
 * integers compare by value, nil equals only nil, and maps and lists are not comparable.
 */
final class GoCompare {
    private enum Kind { INVALID, BOOL, COMPLEX, INT, FLOAT, STRING, UINT }

    private GoCompare() {
    }

    private static Kind basicKind(Object v) {
        if (v instanceof Boolean) {
            return Kind.BOOL;
        }
        if (v instanceof Long) {
            return Kind.INT;
        }
        if (v instanceof GoInt) {
            return ((GoInt) v).signed() ? Kind.INT : Kind.UINT;
        }
        if (v instanceof Double) {
            return Kind.FLOAT;
        }
        if (v instanceof GoComplex) {
            return Kind.COMPLEX;
        }
        if (v instanceof String) {
            return Kind.STRING;
        }
        return Kind.INVALID;
    }

    private static long intOf(Object v) {
        return v instanceof Long ? (Long) v : ((GoInt) v).bits();
    }

    static boolean eq(Object arg1, List<Object> others) throws FunctionException {
        arg1 = GoValues.unbox(arg1);
        if (others.isEmpty()) {
            throw new FunctionException("missing argument for comparison");
        }
        Kind k1 = basicKind(arg1);
        for (Object o : others) {
            Object arg = GoValues.unbox(o);
            Kind k2 = basicKind(arg);
            boolean truth = false;
            if (k1 != k2) {
                if (k1 == Kind.INT && k2 == Kind.UINT) {
                    truth = intOf(arg1) >= 0 && intOf(arg1) == intOf(arg);
                } else if (k1 == Kind.UINT && k2 == Kind.INT) {
                    truth = intOf(arg) >= 0 && intOf(arg1) == intOf(arg);
                } else if (arg1 != null && arg != null) {
                    throw incompatible(arg1, arg);
                }
            } else {
                switch (k1) {
                    case BOOL:
                    case COMPLEX:
                    case STRING:
                        truth = arg1.equals(arg);
                        break;
                    case FLOAT:
                        truth = (double) (Double) arg1 == (Double) arg; // NaN != NaN, 0 == -0
                        break;
                    case INT:
                    case UINT:
                        truth = intOf(arg1) == intOf(arg);
                        break;
                    default:
                        truth = eqOther(arg1, arg);
                }
            }
            if (truth) {
                return true;
            }
        }
        return false;
    }

    /** Neither is a basic kind: nil against nil or a map/list, or two maps/lists (not comparable). */
    private static boolean eqOther(Object arg1, Object arg) throws FunctionException {
        if (arg1 != null && arg != null && kindClass(arg1) != kindClass(arg)) {
            throw new FunctionException("non-comparable types " + GoFmt.sprintf("%s", List.of(arg1)) + ": "
                    + GoValues.typeName(arg1) + ", " + GoValues.typeName(arg) + ": " + GoFmt.sprint(List.of(arg)));
        }
        if (arg1 == null || arg == null) {
            return arg1 == null && arg == null;
        }
        if (arg instanceof Map || arg instanceof List) {
            throw new FunctionException("non-comparable type " + GoFmt.sprintf("%s", List.of(arg)) + ": "
                    + GoValues.typeName(arg));
        }
        return arg1 == arg || arg1.equals(arg);
    }

    private static Class<?> kindClass(Object v) {
        return v instanceof Map ? Map.class : v instanceof List ? List.class : v.getClass();
    }

    private static FunctionException incompatible(Object a, Object b) {
        return new FunctionException("incompatible types for comparison: " + GoValues.typeName(a) + " and "
                + GoValues.typeName(b));
    }

    static boolean lt(Object a1, Object a2) throws FunctionException {
        Object arg1 = GoValues.unbox(a1);
        Kind k1 = basicKind(arg1);
        if (k1 == Kind.INVALID) {
            throw new FunctionException("invalid type for comparison");
        }
        Object arg2 = GoValues.unbox(a2);
        Kind k2 = basicKind(arg2);
        if (k2 == Kind.INVALID) {
            throw new FunctionException("invalid type for comparison");
        }
        if (k1 != k2) {
            if (k1 == Kind.INT && k2 == Kind.UINT) {
                return intOf(arg1) < 0 || Long.compareUnsigned(intOf(arg1), intOf(arg2)) < 0;
            }
            if (k1 == Kind.UINT && k2 == Kind.INT) {
                return intOf(arg2) >= 0 && Long.compareUnsigned(intOf(arg1), intOf(arg2)) < 0;
            }
            throw incompatible(arg1, arg2);
        }
        switch (k1) {
            case BOOL:
            case COMPLEX:
                throw new FunctionException("invalid type for comparison");
            case FLOAT:
                return (Double) arg1 < (Double) arg2;
            case INT:
                return intOf(arg1) < intOf(arg2);
            case UINT:
                return Long.compareUnsigned(intOf(arg1), intOf(arg2)) < 0;
            default:
                return GoValues.KEY_ORDER.compare((String) arg1, (String) arg2) < 0;
        }
    }

    static boolean le(Object a, Object b) throws FunctionException {
        return lt(a, b) || eq(a, java.util.Collections.singletonList(b));
    }

    static boolean gt(Object a, Object b) throws FunctionException {
        return !le(a, b);
    }

    static boolean ge(Object a, Object b) throws FunctionException {
        return !lt(a, b);
    }
}
