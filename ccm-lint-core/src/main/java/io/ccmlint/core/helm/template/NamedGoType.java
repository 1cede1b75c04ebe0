package io.ccmlint.core.helm.template;

/**
 * A list or map whose Go type is not the usual []interface {} / map[string]interface {} (a TOML
 * array of tables is a []map[string]interface {}): {@code %T} and typeOf show this name; it behaves
 * as a list or map otherwise.
 */
public interface NamedGoType {
    String goTypeName();
}
