/**
 * Sprig's functions and Helm's pure functions ({@code toYaml}, {@code fromYaml}, {@code toJson}...)
 * for the Go template engine ({@link io.ccmlint.core.helm.template}), one small class per family;
 * {@link io.ccmlint.core.helm.functions.HelmFunctions#registry()} gathers them as Helm's engine does
 * (Sprig without {@code env} and {@code expandenv}, then Helm's own on top).
 *
 * <p>Where Helm's output depends on time or randomness ({@code now}, {@code randAlphaNum},
 * {@code uuidv4}, {@code shuffle}) these functions are deterministic so that a lint run is
 * reproducible: see {@link io.ccmlint.core.helm.functions.SprigNondeterministic}.
 */
package io.ccmlint.core.helm.functions;
