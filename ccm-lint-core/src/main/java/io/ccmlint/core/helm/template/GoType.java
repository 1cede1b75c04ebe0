package io.ccmlint.core.helm.template;

import java.util.List;
import java.util.Map;

/**
 * The Go type of a function parameter or result, for Go's assignability rules: an argument must be of
 * exactly that type (an int is no int64), nil only goes where Go allows it, and constants in the
 * template are read the way the parameter wants them ({@code 3} as an int, an int64 or a float64).
 */
public enum GoType {
    /** interface {}: anything, nil included. */
    ANY("interface {}"),
    /** reflect.Value: the raw value, nil and "no value" kept apart (the builtins use it). */
    VALUE("reflect.Value"),
    STRING("string"),
    BOOL("bool"),
    /** Go's int: a {@code Long}. */
    INT("int"),
    /** int64: a {@link GoInt} of kind INT64. */
    INT64("int64"),
    FLOAT64("float64"),
    /** []interface {}: a {@code List}. */
    LIST("[]interface {}"),
    /** map[string]interface {}: a {@code Map}. */
    MAP("map[string]interface {}"),
    /** time.Time: a {@link GoObject} of that type name (Sprig's date functions). */
    TIME("time.Time");

    private final String goName;

    GoType(String goName) {
        this.goName = goName;
    }

    public String goName() {
        return goName;
    }

    /** Whether nil may be passed (Go's canBeNil). */
    boolean canBeNil() {
        return this == ANY || this == VALUE || this == LIST || this == MAP;
    }

    /** The nil of this type, as a function receives it. */
    Object zero() {
        switch (this) {
            case LIST: return List.of();
            case MAP: return Map.of();
            default: return null;
        }
    }

    /** Whether a (concrete, non-nil) value has exactly this type. */
    boolean accepts(Object v) {
        switch (this) {
            case ANY:
            case VALUE:
                return true;
            case STRING: return v instanceof String;
            case BOOL: return v instanceof Boolean;
            case INT: return v instanceof Long;
            case INT64: return v instanceof GoInt && ((GoInt) v).kind() == GoInt.Kind.INT64;
            case FLOAT64: return v instanceof Double;
            // a named Go type built on a map or slice (.Files, .Capabilities.APIVersions) is no map[string]interface {}
            case LIST: return v instanceof List && !(v instanceof GoObject);
            case MAP: return v instanceof Map && !(v instanceof GoObject);
            case TIME: return v instanceof GoObject && "time.Time".equals(((GoObject) v).goTypeName());
            default: return false;
        }
    }
}
