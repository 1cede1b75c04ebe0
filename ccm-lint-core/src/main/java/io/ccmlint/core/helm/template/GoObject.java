package io.ccmlint.core.helm.template;

import java.util.Optional;

/**
 * A struct-like Go value: named fields and methods, as Helm's {@code .Files} or {@code .Capabilities}
 * are. Templates reach them with {@code .Name}; a method is called with the arguments that follow.
 * Plain data (maps, lists, scalars) needs none of this.
 */
public interface GoObject {
    /** The Go type name shown in errors and by {@code %T}. */
    String goTypeName();

    /** The field's value; empty when the type has no such field. */
    default Optional<Object> field(String name) {
        return Optional.empty();
    }

    /** The method of that name; empty when there is none. */
    default Optional<TemplateFunction> method(String name) {
        return Optional.empty();
    }

    /** How {@code fmt} prints the value ({@code %v}, {@code %s}, printing an action). */
    String printed();
}
