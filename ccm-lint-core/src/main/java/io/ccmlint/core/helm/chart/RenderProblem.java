package io.ccmlint.core.helm.chart;

import io.ccmlint.core.helm.template.TemplateError;
import io.ccmlint.core.source.Span;

/**
 * Why a chart did not render: the message as {@code helm template} prints it after "Error: ", where
 * (a template position, a values line, Chart.yaml...; null when no file is to blame), and the
 * template engine's error when a template failed.
 */
public record RenderProblem(String message, Span span, TemplateError templateError) {
}
