package io.ccmlint.core.cloudformation;

import io.ccmlint.core.source.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** What CloudFormation would reject a template for, once per place (every scenario evaluates the same text). */
final class TemplateProblems {
    private final Map<Span, String> problems = new LinkedHashMap<>();

    synchronized void add(Span at, String message) {
        problems.putIfAbsent(at, message);
    }

    void forEach(BiConsumer<Span, String> each) {
        problems.forEach(each);
    }
}
