package io.ccmlint.core.rule;

/**
 * What a rule's findings depend on, declared with {@link RuleInfo#scope()}: the engine re-uses a
 * {@link #FILE} rule's findings on a file checked on its own while that file's text is unchanged,
 * and runs a {@link #WORKSPACE} rule again whenever anything in the workspace changed (the
 * language server's re-lints). A wrong {@code FILE} makes an editor show stale findings, so it is
 * declared only where the rule plainly reads nothing else.
 */
public enum Scope {
    /**
     * Each model is checked on its own: what the rule reports about a file's models depends on
     * those models alone (and the configuration). It never asks the workspace anything across
     * files: not {@link io.ccmlint.core.workspace.Workspace#derived}, not {@code roleArns()},
     * {@code roles()}, {@code connectors()}, {@code rolesOf}, {@code kubernetes()}, nor another
     * file's models.
     */
    FILE,
    /** May read across files (the safe default). */
    WORKSPACE;

    /** The scope a rule's class declares; {@link #WORKSPACE} for a rule without {@link RuleInfo}. */
    public static Scope of(Rule rule) {
        RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
        return info == null ? WORKSPACE : info.scope();
    }
}
