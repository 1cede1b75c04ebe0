package io.ccmlint.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Which configuration a run uses: one already loaded, a file the user named, or the nearest
 * {@code .ccm-lint.yml}. Front ends differ only in where the search starts and stops (the command
 * line: its first PATH, then the working directory; the Maven plugin: the project, up to the top
 * of the build), so that is all they say.
 */
public sealed interface ConfigLookup {
    LintConfig load() throws ConfigException;

    static ConfigLookup given(LintConfig config) {
        return new Given(config);
    }

    /** A file named by the user ({@code --config}, {@code configLocation}); it must exist. */
    static ConfigLookup file(Path file) {
        return new File(file);
    }

    /**
     * The nearest config file upwards from each start in turn (a start that does not exist is
     * skipped), each search ending at a repository root or after {@code stopAt} (null: only at a
     * repository root); none found: the built-in defaults, based at the first start's folder.
     */
    static ConfigLookup nearest(List<Path> starts, Path stopAt) {
        return new Nearest(starts, stopAt);
    }

    record Given(LintConfig config) implements ConfigLookup {
        public Given {
            Objects.requireNonNull(config);
        }

        @Override
        public LintConfig load() {
            return config;
        }
    }

    record File(Path file) implements ConfigLookup {
        @Override
        public LintConfig load() throws ConfigException {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("config file not found: " + file);
            }
            return ConfigLoader.load(file);
        }
    }

    record Nearest(List<Path> starts, Path stopAt) implements ConfigLookup {
        public Nearest {
            if (starts.isEmpty()) {
                throw new IllegalArgumentException("a config search needs a start");
            }
            starts = List.copyOf(starts);
        }

        @Override
        public LintConfig load() throws ConfigException {
            for (Path start : starts) {
                Path found = Files.exists(start) ? ConfigLoader.find(start, stopAt) : null;
                if (found != null) {
                    return ConfigLoader.load(found);
                }
            }
            Path first = starts.get(0).toAbsolutePath().normalize();
            return LintConfig.defaults(Files.isDirectory(first) ? first : first.getParent());
        }
    }
}
