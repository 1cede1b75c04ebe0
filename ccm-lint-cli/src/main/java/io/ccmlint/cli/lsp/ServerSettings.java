package io.ccmlint.cli.lsp;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What {@code ccm-lint lsp} was started with: the same options as {@code check} (a configuration
 * file, else the nearest {@code .ccm-lint.yml}; a baseline; strict), a debounce delay for typing,
 * the clock that dates a suppression's {@code until=}, and whether the server watches the
 * workspace folders itself when the editor cannot ({@code --no-watch}: never).
 */
public record ServerSettings(Path config, Path baseline, boolean strict, long debounceMillis, Clock clock,
                             boolean watchFolders) {
    public ServerSettings(Path config, Path baseline, boolean strict, long debounceMillis, Clock clock) {
        this(config, baseline, strict, debounceMillis, clock, true);
    }

    public static ServerSettings defaults() {
        return new ServerSettings(null, null, false, 300, Clock.systemDefaultZone());
    }
}
