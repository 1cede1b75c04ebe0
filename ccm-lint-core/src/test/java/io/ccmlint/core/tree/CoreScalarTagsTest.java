package io.ccmlint.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

class CoreScalarTagsTest {
    private final ScalarResolver core = new CoreSchema().getScalarResolver();
    private final CoreScalarTags fast = new CoreScalarTags();

    @Test
    void sameTagAsTheCoreSchemaForEveryFirstCharacter() {
        List<String> rests = List.of("", "ull", "ULL", "rue", "RUE", "alse", "0", "12", ".5", "e3", "inf", "nan", "<", "{X}", "x",
                "{ VAR:-d }", " ", "o17", "x1F", "es", "n", "ff", "o", "ype", "ormat", "ullable");
        int tagsOtherThanString = 0;
        for (char c = 0; c < 0x250; c++) {
            for (String rest : rests) {
                String v = c + rest;
                for (boolean implicit : new boolean[] {true, false}) {
                    Tag expected = core.resolve(v, implicit);
                    assertThat(fast.resolve(v, implicit)).as("%s (implicit %s)", v, implicit).isEqualTo(expected);
                    if (!Tag.STR.equals(expected)) {
                        tagsOtherThanString++;
                    }
                }
            }
        }
        for (String v : List.of("", "~", "null", "Null", "true", "FALSE", "-1", "+.inf", ".NaN", "0o17", "0x1F", "<<", "${HOME}", "True", "NULL")) {
            assertThat(fast.resolve(v, true)).as(v).isEqualTo(core.resolve(v, true)).isNotEqualTo(Tag.STR);
        }
        assertThat(tagsOtherThanString).isGreaterThan(20);
    }
}
