package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.integer;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.functions.Fn.variadic;
import static io.ccmlint.core.helm.template.GoType.ANY;
import static io.ccmlint.core.helm.template.GoType.FLOAT64;
import static io.ccmlint.core.helm.template.GoType.INT;
import static io.ccmlint.core.helm.template.GoType.INT64;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.TemplateFunction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Sprig's arithmetic (functions.go, numeric.go): the integer functions convert every argument with
 * cast.ToInt64 (a float is truncated, a bad string is 0) and return int64, as Sprig does; the -f
 * functions compute in decimal and return float64.
 */
final class SprigNumbers {
    private SprigNumbers() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("add1", fixed(INT64, (c, a) -> GoConv.int64(GoConv.toInt64(a.get(0)) + 1), ANY));
        m.put("add", variadic(INT64, ANY, (c, a) -> {
            long s = 0;
            for (Object o : a) {
                s += GoConv.toInt64(o);
            }
            return GoConv.int64(s);
        }));
        m.put("sub", fixed(INT64, (c, a) -> GoConv.int64(GoConv.toInt64(a.get(0)) - GoConv.toInt64(a.get(1))), ANY, ANY));
        m.put("div", fixed(INT64, (c, a) -> GoConv.int64(divide(GoConv.toInt64(a.get(0)), GoConv.toInt64(a.get(1)), false)), ANY, ANY));
        m.put("mod", fixed(INT64, (c, a) -> GoConv.int64(divide(GoConv.toInt64(a.get(0)), GoConv.toInt64(a.get(1)), true)), ANY, ANY));
        m.put("mul", variadic(INT64, ANY, (c, a) -> {
            long v = GoConv.toInt64(a.get(0));
            for (Object o : a.subList(1, a.size())) {
                v *= GoConv.toInt64(o);
            }
            return GoConv.int64(v);
        }, ANY));
        m.put("max", variadic(INT64, ANY, (c, a) -> GoConv.int64(a.stream().mapToLong(GoConv::toInt64).max().getAsLong()), ANY));
        m.put("biggest", m.get("max"));
        m.put("min", variadic(INT64, ANY, (c, a) -> GoConv.int64(a.stream().mapToLong(GoConv::toInt64).min().getAsLong()), ANY));
        m.put("maxf", variadic(FLOAT64, ANY, (c, a) -> a.stream().mapToDouble(GoConv::toFloat64).reduce(Math::max).getAsDouble(), ANY));
        m.put("minf", variadic(FLOAT64, ANY, (c, a) -> a.stream().mapToDouble(GoConv::toFloat64).reduce(Math::min).getAsDouble(), ANY));
        m.put("floor", fixed(FLOAT64, (c, a) -> Math.floor(GoConv.toFloat64(a.get(0))), ANY));
        m.put("ceil", fixed(FLOAT64, (c, a) -> Math.ceil(GoConv.toFloat64(a.get(0))), ANY));
        m.put("round", variadic(FLOAT64, FLOAT64, (c, a) -> round(GoConv.toFloat64(a.get(0)), integer(a, 1),
                a.size() > 2 ? (Double) a.get(2) : 0.5), ANY, INT));
        m.put("int", fixed(INT, (c, a) -> GoConv.toInt64(a.get(0)), ANY));
        m.put("int64", fixed(INT64, (c, a) -> GoConv.int64(GoConv.toInt64(a.get(0))), ANY));
        m.put("float64", fixed(FLOAT64, (c, a) -> GoConv.toFloat64(a.get(0)), ANY));
        m.put("atoi", fixed(INT, (c, a) -> atoi(str(a, 0)), STRING));
        m.put("toDecimal", fixed(INT64, (c, a) -> {
            try {
                return GoConv.int64(Long.parseLong(GoConv.strval(a.get(0)), 8));
            } catch (NumberFormatException e) {
                return GoConv.int64(0);
            }
        }, ANY));
        m.put("add1f", fixed(FLOAT64, (c, a) -> decimal(a.get(0), List.of(1L), BigDecimal::add), ANY));
        m.put("addf", variadic(FLOAT64, ANY, (c, a) -> decimal(0.0, a, BigDecimal::add)));
        m.put("subf", variadic(FLOAT64, ANY, (c, a) -> decimal(a.get(0), a.subList(1, a.size()), BigDecimal::subtract), ANY));
        m.put("mulf", variadic(FLOAT64, ANY, (c, a) -> decimal(a.get(0), a.subList(1, a.size()), BigDecimal::multiply), ANY));
        m.put("divf", variadic(FLOAT64, ANY, (c, a) -> decimal(a.get(0), a.subList(1, a.size()),
                (x, y) -> x.divide(y, 16, RoundingMode.HALF_UP)), ANY));
    }

    /** Go's integer division truncates; by zero it panics. */
    private static long divide(long a, long b, boolean remainder) {
        if (b == 0) {
            throw new IllegalStateException("runtime error: integer divide by zero");
        }
        return remainder ? a % b : a / b;
    }

    private static long atoi(String s) {
        if (!s.matches("[+-]?[0-9]+")) {
            return 0;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Sprig's round: up when the fraction at that precision is at least roundOn. */
    static double round(double val, long places, double roundOn) {
        double pow = Math.pow(10, places);
        double digit = pow * val;
        double frac = digit - (digit < 0 ? Math.ceil(digit) : Math.floor(digit));
        double r = frac >= roundOn ? Math.ceil(digit) : Math.floor(digit);
        return r / pow;
    }

    private static double decimal(Object first, List<Object> rest, BinaryOperator<BigDecimal> op) {
        BigDecimal r = exact(GoConv.toFloat64(first));
        for (Object o : rest) {
            r = op.apply(r, exact(GoConv.toFloat64(o)));
        }
        return r.doubleValue();
    }

    /** shopspring's NewFromFloat: the shortest decimal that reads back as the float. */
    private static BigDecimal exact(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalStateException("Cannot create a Decimal from " + d);
        }
        return new BigDecimal(Double.toString(d));
    }
}
