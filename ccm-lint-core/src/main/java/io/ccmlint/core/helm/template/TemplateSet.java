package io.ccmlint.core.helm.template;

import io.ccmlint.core.source.SourceFile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A set of named templates sharing functions and options, as Go's *template.Template with its
 * associated templates: each {@link #parse} adds a file's template and the ones it defines (a later
 * definition replaces an earlier one, an empty body never replaces a template), and
 * {@link #execute} runs one of them. Neither throws on bad input.
 */
public final class TemplateSet {
    private final String name;
    private final Functions functions;
    private final MissingKey missingKey;
    private final Map<String, Tree> templates = new LinkedHashMap<>();

    /**
     * @param name the set's own name, shown by Go in "no template ... associated with template NAME"
     *             (Helm's is "gotpl")
     */
    public TemplateSet(String name, Functions functions, MissingKey missingKey) {
        this.name = name;
        this.functions = functions;
        this.missingKey = missingKey;
    }

    /** Go's defaults: the builtins only, missing map keys give no value. */
    public TemplateSet() {
        this("", Functions.builtins(), MissingKey.INVALID);
    }

    public String name() {
        return name;
    }

    public Functions functions() {
        return functions;
    }

    public MissingKey missingKey() {
        return missingKey;
    }

    /**
     * Parses {@code source} as the template {@code templateName} and adds it and its definitions.
     * On error nothing is added and the located error is returned.
     */
    public Optional<TemplateError> parse(String templateName, SourceFile source) {
        Map<String, Tree> trees;
        try {
            trees = Parser.parse(templateName, source, functions::has, false);
        } catch (Parser.Failure f) {
            String message = f.getMessage();
            String detail = message.substring(message.indexOf(": ", "template: ".length()) + 2);
            return Optional.of(new TemplateError(TemplateError.Kind.PARSE, message, detail, templateName, f.span, null));
        } catch (StackOverflowError e) {
            return Optional.of(new TemplateError(TemplateError.Kind.LIMIT, "template: " + templateName
                    + ": template nested too deeply to parse", "template nested too deeply to parse", templateName,
                    source.span(0, 0), null));
        }
        trees.forEach((n, tree) -> {
            Tree old = templates.get(n);
            if (old == null || !tree.isEmpty()) {
                templates.put(n, tree);
            }
        });
        return Optional.empty();
    }

    /**
     * A new set with the same functions, options and templates; parsing into it leaves this one
     * unchanged (Helm's {@code tpl} parses its text into such a clone).
     */
    public TemplateSet copy() {
        TemplateSet c = new TemplateSet(name, functions, missingKey);
        c.templates.putAll(templates);
        return c;
    }

    public Optional<Tree> lookup(String templateName) {
        return Optional.ofNullable(templates.get(templateName));
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(templates.keySet());
    }

    /** Runs the named template with {@code data} as dot, within {@code limits}. */
    public RenderResult execute(String templateName, Object data, RenderLimits limits) {
        return execute(templateName, data, limits, null);
    }

    /**
     * {@link #execute(String, Object, RenderLimits)}, recording into {@code trace} (when not null)
     * what wrote each part of the output.
     */
    public RenderResult execute(String templateName, Object data, RenderLimits limits, RenderTrace trace) {
        Tree tree = templates.get(templateName);
        if (tree == null) {
            String message = "template: no template " + GoStrconv.quote(templateName, false)
                    + " associated with template " + GoStrconv.quote(name, false);
            return new RenderResult("", Optional.of(new TemplateError(TemplateError.Kind.EXEC, message, message,
                    templateName, null, null)));
        }
        Executor executor = new Executor(this, new Executor.Budget(limits, trace), tree, 0, true);
        try {
            return new RenderResult(executor.run(data), Optional.empty());
        } catch (Executor.Failure f) {
            return new RenderResult(executor.output(), Optional.of(f.error));
        } catch (StackOverflowError e) {
            String message = "template: " + templateName + ": template nested too deeply to execute";
            return new RenderResult(executor.output(), Optional.of(new TemplateError(TemplateError.Kind.LIMIT, message,
                    "template nested too deeply to execute", templateName, tree.root().span(), null)));
        }
    }

    public RenderResult execute(String templateName, Object data) {
        return execute(templateName, data, RenderLimits.DEFAULT);
    }
}
