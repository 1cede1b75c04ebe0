package io.ccmlint.core.suppress;

/** Where a suppression was written; SARIF calls the first {@code inSource} and the others {@code external}. */
public enum SuppressionSource {
    /** A {@code # ccm-lint:disable...} comment in the file. */
    INLINE("inSource"),
    /** A {@code suppressions:} entry of {@code .ccm-lint.yml}. */
    CONFIG("external"),
    /** An entry of the {@code --baseline} file. */
    BASELINE("external");

    private final String sarifKind;

    SuppressionSource(String sarifKind) {
        this.sarifKind = sarifKind;
    }

    public String sarifKind() {
        return sarifKind;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
