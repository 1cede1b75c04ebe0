package io.ccmlint.core.config;

/** A configuration that cannot be used: the run stops with exit code 2 and this one-line message. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
