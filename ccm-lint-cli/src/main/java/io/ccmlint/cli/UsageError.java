package io.ccmlint.cli;

/** A command line that asks for something that cannot be: exit code 2, the message and a pointer to the help. */
final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message, null, false, false);
    }
}
