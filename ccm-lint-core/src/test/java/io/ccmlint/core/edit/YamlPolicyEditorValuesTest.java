package io.ccmlint.core.edit;

import static io.ccmlint.core.edit.YamlEditChecks.mapAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.model.policy.Condition;
import io.ccmlint.core.model.policy.Effect;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.policy.StatementSpec;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.value.Scalar;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value, however YAML would misread it written plain, reads back exactly after an edit, in
 * every layout of policy: the edited text parses, and the model holds the new values.
 */
class YamlPolicyEditorValuesTest {
    /** Strings YAML reads as something else, or not at all, when written bare. */
    static final List<String> TRICKY = List.of("*", "-", "- x", "? x", ": x", "a: b", "a #b", "#x", "x#y", "'q'",
            "\"d\"", "null", "~", "true", "Yes", "off", "0x1F", "1e3", ".5", "+1", "@at", "`tick", "%pct", "!bang", "&amp",
            "*star", "|pipe", ">gt", "[a]", "{b}", "a,b", " lead", "trail ", "tab\tin", "line\nbreak", "ünï ✓", "😀", "",
            "<<", "=", "2012-10-17", "arn:aws:s3:::b/${aws:username}/*", "back\\slash", "it's", "x:", "k:v");

    private static final String BASE = "Effect: Allow, Action: s3:GetObject, Resource: \"*\"";

    static Stream<String[]> layouts() {
        return Stream.of(
                new String[] {"block", "Version: \"2012-10-17\"\nStatement:\n  - Effect: Allow\n    Action: s3:GetObject\n"
                        + "    Resource: '*'   # all\n\n# end\n"},
                new String[] {"unindented", "Statement:\n- Effect: Allow\n  Action:\n  - s3:GetObject\n  Resource: \"*\"\n"},
                new String[] {"flow items", "Statement:\n  - {" + BASE + "}\n"},
                new String[] {"flow", "{Version: \"2012-10-17\", Statement: [{" + BASE + "}]}\n"},
                new String[] {"json", "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}"},
                new String[] {"single", "Statement:\n  Effect: Allow\n  Action: s3:GetObject\n  Resource: \"*\"\n"},
                new String[] {"crlf", "Statement:\r\n  - Effect: Allow\r\n    Action: s3:GetObject\r\n    Resource: \"*\"\r\n"});
    }

    private static PolicyDocument read(SourceFile f) {
        MapNode root = mapAt(f);
        return PolicyReader.read("p", f, root, new YamlPolicyEditor(f, root));
    }

    private static List<String> known(List<Scalar> values) {
        return values.stream().map(Scalar::known).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void addedStatementsReadBackExactly(String layout, String text) {
        SourceFile f = SourceFile.of("p.yaml", text);
        for (String value : TRICKY) {
            StatementSpec spec = new StatementSpec(value, Effect.DENY, List.of(value, "s3:" + value), List.of(value));
            String out = YamlEditChecks.apply(f, read(f).editor().addStatement(spec).orElseThrow());
            List<Statement> all = read(SourceFile.of("o.yaml", out)).statements();
            Statement added = all.get(all.size() - 1);
            assertThat(all).as(out).hasSize(2);
            assertThat(added.sid().known()).as(out).isEqualTo(value);
            assertThat(added.isDeny()).isTrue();
            assertThat(known(added.actions().values())).as(out).containsExactly(value, "s3:" + value);
            assertThat(known(added.resources().values())).as(out).containsExactly(value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void conditionsReadBackExactly(String layout, String text) {
        SourceFile f = SourceFile.of("p.yaml", text);
        for (String value : TRICKY) {
            if (value.isEmpty()) {
                continue; // an empty key is no condition key
            }
            PolicyDocument doc = read(f);
            String once = YamlEditChecks.apply(f, doc.editor()
                    .addConditionValues(doc.statements().get(0), "StringEquals", value, List.of(value)).orElseThrow());
            SourceFile g = SourceFile.of("o.yaml", once);
            PolicyDocument again = read(g);
            String twice = YamlEditChecks.apply(g, again.editor()
                    .addConditionValues(again.statements().get(0), "StringEquals", value, List.of("other " + value))
                    .orElseThrow(() -> new AssertionError("no edit for " + value + " in\n" + once)));
            List<Condition> conditions = read(SourceFile.of("t.yaml", twice)).statements().get(0).conditions();
            assertThat(conditions).as(twice).hasSize(1);
            assertThat(conditions.get(0).key().known()).as(twice).isEqualTo(value);
            assertThat(known(conditions.get(0).values())).as(twice).containsExactly(value, "other " + value);
        }
    }
}
