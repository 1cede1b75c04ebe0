package io.ccmlint.core.helm.functions;

import io.ccmlint.core.helm.template.GoObject;
import io.ccmlint.core.helm.template.GoType;
import io.ccmlint.core.helm.template.Signature;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.Optional;

/**
 * A Go time.Time: seconds since the Unix epoch, nanoseconds within the second, and the zone it is
 * shown in. Printed as Go's Time.String ({@code 2026-01-01 00:00:00 +0000 UTC}); templates may call
 * the methods charts use ({@code .Format}, {@code .Unix}, {@code .UTC}, {@code .Year}).
 */
record GoTime(long unix, int nano, GoZone zone) implements GoObject {
    static final String STRING_LAYOUT = "2006-01-02 15:04:05.999999999 -0700 MST";
    static final String RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";
    /** Go's zero time, 0001-01-01 00:00:00 UTC, which toDate gives for text it cannot parse. */
    static final GoTime ZERO = new GoTime(-62135596800L, 0, GoZone.UTC);

    /** Nanoseconds from this time to the other, saturating as Time.Sub does. */
    long until(GoTime other) {
        try {
            return Math.addExact(Math.multiplyExact(other.unix - unix, GoDuration.SECOND), (long) other.nano - nano);
        } catch (ArithmeticException e) {
            return other.unix > unix ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    /** Time.Add. */
    GoTime plus(long nanos) {
        long total = nano + Math.floorMod(nanos, GoDuration.SECOND);
        long secs = unix + Math.floorDiv(nanos, GoDuration.SECOND) + total / GoDuration.SECOND;
        return new GoTime(secs, (int) (total % GoDuration.SECOND), zone);
    }

    String format(String layout) {
        return GoTimeLayout.format(this, layout);
    }

    @Override
    public String goTypeName() {
        return "time.Time";
    }

    @Override
    public Optional<TemplateFunction> method(String name) {
        switch (name) {
            case "Format":
                return Optional.of(TemplateFunction.of(Signature.of(GoType.STRING, GoType.STRING),
                        (c, a) -> format((String) a.get(0))));
            case "Unix":
                return Optional.of(TemplateFunction.of(Signature.of(GoType.INT64),
                        (c, a) -> io.ccmlint.core.helm.template.GoInt.int64(unix)));
            case "UTC":
                return Optional.of(TemplateFunction.of(Signature.of(GoType.TIME),
                        (c, a) -> new GoTime(unix, nano, GoZone.UTC)));
            case "Year":
                return Optional.of(TemplateFunction.of(Signature.of(GoType.INT),
                        (c, a) -> Long.valueOf(format("2006"))));
            default:
                return Optional.empty();
        }
    }

    @Override
    public String printed() {
        return format(STRING_LAYOUT);
    }
}
