package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.hcl.HclNode;
import io.ccmlint.core.hcl.HclParseResult;
import io.ccmlint.core.hcl.HclParser;
import io.ccmlint.core.hcl.HclSyntaxError;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.terraform.eval.Evaluator;
import io.ccmlint.core.terraform.eval.TerraformModule;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.workspace.FileAccess;
import io.ccmlint.core.workspace.ParseFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One variable definitions file: HCL, or JSON when its name ends in {@code .json} (as Terraform decides). */
final class VariableDefinitionsFile {
    private VariableDefinitionsFile() {
    }

    static Map<String, Value> read(FileAccess access, Path path, String shown, ParseLimits limits,
                                   Consumer<ParseFailure> failures) {
        SourceFile file = load(access, path, shown, limits, failures);
        if (file == null) {
            return Map.of();
        }
        try {
            return path.getFileName().toString().endsWith(".json") ? json(file, limits, failures) : hcl(file, limits, failures);
        } catch (ParseProblem p) {
            failures.accept(new ParseFailure(p.span(), p.getMessage()));
        } catch (StackOverflowError e) {
            failures.accept(new ParseFailure(file.span(0, 0), "nested too deeply to read"));
        } catch (RuntimeException e) {
            // a bug in a reader: this file's finding, not a failed run
            failures.accept(new ParseFailure(file.span(0, 0),
                    "cannot read this file: internal error in ccm-lint (" + e.getClass().getSimpleName() + ")"));
        }
        return Map.of();
    }

    /** The file's text, or null after reporting why it cannot be read. */
    private static SourceFile load(FileAccess access, Path path, String shown, ParseLimits limits,
                                   Consumer<ParseFailure> failures) {
        SourceFile empty = SourceFile.of(path, shown, "");
        try {
            byte[] bytes = access.read(path, limits.maxDocumentLength());
            if (bytes == null) {
                failures.accept(new ParseFailure(empty.span(0, 0),
                        "file is larger than " + limits.maxDocumentLength() + " bytes (limits.maxFileSize); not read"));
                return null;
            }
            return SourceFile.decode(path, shown, bytes);
        } catch (SourceFile.MalformedInputException e) {
            SourceFile prefix = SourceFile.of(path, shown, e.decodedPrefix());
            int at = prefix.text().length();
            failures.accept(new ParseFailure(prefix.span(at, at),
                    "not valid UTF-8 text: invalid byte sequence at byte " + e.byteOffset()));
        } catch (IOException | SecurityException e) {
            failures.accept(new ParseFailure(empty.span(0, 0), "cannot read file: " + e.getMessage()));
        }
        return null;
    }

    /** Each top-level attribute is a variable's value; Terraform rejects blocks (it names the first). */
    private static Map<String, Value> hcl(SourceFile source, ParseLimits limits, Consumer<ParseFailure> failures) {
        HclParseResult parsed = HclParser.parse(source, limits.maxNestingDepth());
        for (HclSyntaxError e : parsed.errors()) {
            failures.accept(new ParseFailure(e.span(), "invalid HCL: " + e.message()));
        }
        HclFile file = parsed.withoutBrokenItems();
        List<HclBlock> blocks = file.body().blocks();
        if (!blocks.isEmpty()) {
            failures.accept(new ParseFailure(blocks.get(0).typeSpan(), "unexpected \"" + blocks.get(0).type()
                    + "\" block: a variable definitions file holds only attributes (name = value)"));
        }
        Map<String, Value> values = new LinkedHashMap<>();
        Evaluator evaluator = TerraformModule.of(file).evaluator();
        for (HclAttribute a : file.body().attributes()) {
            HclNode notLiteral = LiteralValues.firstReferenceOrCall(a.value());
            if (notLiteral != null) {
                // Terraform refuses the file; the value is not known, nor is it an earlier file's
                failures.accept(new ParseFailure(notLiteral.span(), LiteralValues.why(notLiteral)));
                values.put(a.name(), new Value.Unknown(a.value().sourceText(), null, a.value().span()));
            } else {
                values.put(a.name(), evaluator.eval(a.value()));
            }
        }
        return values;
    }

    /** An object of variable name to JSON value; {@code "//"} is a comment, as in all of Terraform's JSON. */
    private static Map<String, Value> json(SourceFile source, ParseLimits limits, Consumer<ParseFailure> failures)
            throws ParseProblem {
        Node root = new JsonTreeReader(limits).read(source);
        if (!(root instanceof MapNode m)) {
            failures.accept(new ParseFailure(root.span().atStart(),
                    "a JSON variable definitions file must hold an object (variable name: value)"));
            return Map.of();
        }
        Map<String, Value> values = new LinkedHashMap<>();
        for (MapNode.Entry e : m.entries()) {
            if (!e.key().equals("//")) {
                values.put(e.key(), LiteralValues.ofJson(e.value()));
            }
        }
        return values;
    }
}
