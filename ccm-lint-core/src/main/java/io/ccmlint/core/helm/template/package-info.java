/**
 * Go's {@code text/template} in Java, as Helm runs it: lexer and parser to a located tree
 * ({@link io.ccmlint.core.helm.template.Parser}), execution ({@link io.ccmlint.core.helm.template.TemplateSet})
 * with Go's truthiness, comparison and {@code fmt} printing, the builtin functions, and a function
 * registry ({@link io.ccmlint.core.helm.template.Functions}) where Sprig and Helm's own functions plug in.
 *
 * <p>Values are what Helm's values become in Go: {@code Map<String, Object>} (map[string]interface {}),
 * {@code List<Object>} ([]interface {}), {@code String}, {@code Boolean}, {@code Long} (Go's int),
 * {@code Double} (float64), {@link io.ccmlint.core.helm.template.GoInt} (the other integer types, int64
 * above all), {@link io.ccmlint.core.helm.template.GoComplex}, {@link io.ccmlint.core.helm.template.GoObject}
 * (struct-like values with fields and methods) and {@code null} (nil).
 *
 * <p>Nothing here throws on bad input: parse and execution problems come back as a located
 * {@link io.ccmlint.core.helm.template.TemplateError} worded as Go words it, and every execution is
 * bounded ({@link io.ccmlint.core.helm.template.RenderLimits}).
 */
package io.ccmlint.core.helm.template;
