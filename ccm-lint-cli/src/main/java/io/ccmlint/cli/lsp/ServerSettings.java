package io.ccmlint.cli.lsp;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What {@code ccm-lint lsp} was started with: the same options as {@code check} (a configuration
 * file, else the nearest {@code .ccm-lint.yml}; a baseline; strict), a debounce delay for typing,
 * and the clock that dates a suppression's {@code until=}.
 */
public record ServerSettings(Path config, Path baseline, boolean strict, long debounceMillis, Clock clock) {
    public static ServerSettings defaults() {
        return new ServerSettings(null, null, false, 300, Clock.systemDefaultZone());
    }
}
