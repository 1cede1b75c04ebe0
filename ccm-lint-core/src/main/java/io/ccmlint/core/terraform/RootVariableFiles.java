package io.ccmlint.core.terraform;

import io.ccmlint.core.config.Glob;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.FileAccess;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.Paths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a root module's variables from its variable definitions files, in Terraform's
 * order (each file overriding earlier ones per variable): {@code terraform.tfvars},
 * {@code terraform.tfvars.json}, the {@code *.auto.tfvars} and {@code *.auto.tfvars.json} files in
 * lexical order of name, then the files of {@code terraform.varFiles} that lie in the folder, as
 * {@code -var-file} options in the configuration's order. {@code TF_VAR_*} and {@code -var} are a
 * run's, not the repository's: not read. A variable no file sets is absent.
 *
 * <p>Values keep their spans in the file that writes them: that is where a user changes them. A
 * file that cannot be read is a located {@link ParseFailure}; the other files still apply.
 */
public final class RootVariableFiles {
    /** The values by variable name, and why files (or parts of them) could not be read. */
    public record Result(Map<String, Value> values, List<ParseFailure> failures) {
        public Result {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            failures = List.copyOf(failures);
        }
    }

    private static final String TFVARS = "terraform.tfvars";
    private static final String TFVARS_JSON = "terraform.tfvars.json";

    private RootVariableFiles() {
    }

    /**
     * @param folder the root module's folder
     * @param shownFolder how the run shows that folder (the parent of its {@code .tf} files' shown
     *     path); null or empty for the working directory
     */
    public static Result read(Path folder, String shownFolder, LintConfig config, ParseLimits limits) {
        return read(FileAccess.DISK, folder, shownFolder, config, limits);
    }

    /** {@link #read(Path, String, LintConfig, ParseLimits)} through {@code access} (a pull request's base, see {@link FileAccess}). */
    public static Result read(FileAccess access, Path folder, String shownFolder, LintConfig config, ParseLimits limits) {
        List<Path> files = filesIn(access, folder);
        Map<String, Value> values = new LinkedHashMap<>();
        List<ParseFailure> failures = new ArrayList<>();
        Map<Path, Map<String, Value>> read = new HashMap<>(); // a file named twice is read (and reported) once
        for (Path file : inOrder(files, config)) {
            Map<String, Value> own = read.get(file);
            if (own == null) {
                own = VariableDefinitionsFile.read(access, file, shown(shownFolder, file), limits, failures::add);
                read.put(file, own);
            }
            values.putAll(own);
        }
        return new Result(values, failures);
    }

    /**
     * The files that apply, in order. Like {@code -var-file} given twice, a file matched by two globs
     * applies twice (so the later place counts when another file lies between).
     */
    private static List<Path> inOrder(List<Path> files, LintConfig config) {
        List<Path> out = new ArrayList<>();
        for (String automatic : List.of(TFVARS, TFVARS_JSON)) {
            files.stream().filter(f -> name(f).equals(automatic)).forEach(out::add);
        }
        files.stream().filter(f -> name(f).endsWith(".auto.tfvars") || name(f).endsWith(".auto.tfvars.json")).forEach(out::add);
        for (Glob glob : config.terraform().varFiles()) {
            // a glob names files, not folders: "env" does not make every file below env/ a variables file
            files.stream().filter(f -> glob.matchesExactly(Paths.relative(config.baseDir(), f))).forEach(out::add);
        }
        return out;
    }

    /** The folder's regular files, sorted by name (as Terraform lists a folder); none when it cannot be listed. */
    private static List<Path> filesIn(FileAccess access, Path folder) {
        // nor could its .tf files be read when it cannot be listed: that is reported where they are
        return access.list(folder).stream().filter(access::isFile).map(p -> p.toAbsolutePath().normalize())
                .sorted((a, b) -> name(a).compareTo(name(b))).toList();
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    private static String shown(String shownFolder, Path file) {
        if (shownFolder == null || shownFolder.isEmpty()) {
            return name(file);
        }
        return shownFolder.endsWith("/") ? shownFolder + name(file) : shownFolder + "/" + name(file);
    }
}
