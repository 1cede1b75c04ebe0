package io.ccmlint.core.model.principal;

/** The IAM identities that policies are attached to. */
public enum PrincipalKind {
    ROLE("role"), USER("user"), GROUP("group");

    private final String word;

    PrincipalKind(String word) {
        this.word = word;
    }

    /** The word for messages: role, user, group. */
    public String word() {
        return word;
    }
}
