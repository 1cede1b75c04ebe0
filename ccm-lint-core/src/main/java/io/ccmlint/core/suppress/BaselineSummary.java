package io.ccmlint.core.suppress;

/** What the baseline did in a run: the file, how many findings it hid, how many of its entries matched nothing. */
public record BaselineSummary(String file, int hidden, int stale) {
}
