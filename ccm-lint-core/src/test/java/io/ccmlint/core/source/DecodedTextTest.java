package io.ccmlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.hcl.HclEscapes;
import org.junit.jupiter.api.Test;

class DecodedTextTest {
    @Test
    void eachDecodedCharacterKnowsItsSourceThroughEscapes() {
        SourceFile f = SourceFile.of("main.tf", "x = \"a\\\"b$${c}\\u00e9\"");
        DecodedText.Builder b = DecodedText.builder(f);
        assertThat(b.appendAligned("a\"b${c}\u00e9", 5, f.length() - 1, HclEscapes.QUOTED)).isTrue();
        DecodedText t = b.build();
        assertThat(t.text()).isEqualTo("a\"b${c}\u00e9");
        assertThat(t.span(1, 2).text()).isEqualTo("\\\"");
        assertThat(t.span(3, 5).text()).isEqualTo("$${");
        assertThat(t.span(7, 8).text()).isEqualTo("\\u00e9");
        assertThat(t.span(0, 8).text()).isEqualTo("a\\\"b$${c}\\u00e9");
        assertThat(t.span(2, 2).start()).isEqualTo(t.span(2, 3).start()); // an empty span sits before its character
    }

    @Test
    void textThatDoesNotAlignGivesNoMap() {
        SourceFile f = SourceFile.of("s.yaml", "v: \"a\\qb\"");
        assertThat(DecodedText.builder(f).appendAligned("axb", 4, f.length() - 1, DecodedText.Escapes.NONE)).isFalse();
    }

    @Test
    void computedCharactersAreTold() {
        SourceFile f = SourceFile.of("main.tf", "\"${local.a}-b\"");
        DecodedText.Builder b = DecodedText.builder(f);
        "xy".chars().forEach(c -> b.appendComputed((char) c, 1, 11));
        b.appendAligned("-b", 11, 13, HclEscapes.QUOTED);
        DecodedText t = b.build();
        assertThat(t.computed(0, 4)).isTrue();
        assertThat(t.computed(2, 4)).isFalse();
        assertThat(t.span(0, 2).text()).isEqualTo("${local.a}");
        assertThat(t.span(2, 4).text()).isEqualTo("-b");
    }
}
