package io.ccmlint.rules.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap tests {@link Placeholders#find} runs before each regular expression never skip a match. */
class PlaceholdersTest {
    private static final List<String> PIECES = List.of("YOUR_", "YOUR", "PUT_", "REPLACE", "REPLACE_", "ME", "CHANGE", "CHANGE_",
            "X", "XX", "x", "_", "$", "${", "{", "}", "<", ">", "a", "z", "Z", "A", "9", "(", " ", "-", ":", "ns", "br", "?P", "\\k",
            "\u00e9", "\n", "<my", "id>", "$ns", "${NS");

    private static List<String> texts() {
        List<String> out = new ArrayList<>(List.of("", "YOUR_ACCOUNT_ID", "REPLACEME", "CHANGE_ME", "XXXX", "XXX", "<namespace>",
                "${AWS_ACCOUNT_ID}", "${aws:username}", "$cluster_name", "$(date)", "$", "${", "${A", "$a", "a$", "<br>"));
        Random random = new Random(308);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(7);
            for (int i = 0; i < length; i++) {
                b.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            out.add(b.toString());
        }
        return out;
    }

    private static void neverSkipsAMatch(Pattern regex, Predicate<String> guard) {
        int matched = 0;
        int skipped = 0;
        for (String t : texts()) {
            boolean found = regex.matcher(t).find();
            if (!guard.test(t)) {
                assertThat(found).as("%s skipped, but %s matches in \"%s\"", regex, regex, t).isFalse();
                skipped++;
            }
            matched += found ? 1 : 0;
        }
        assertThat(matched).as("some texts match").isGreaterThan(500);
        assertThat(skipped).as("the test skips some").isGreaterThan(1000);
    }

    @Test
    void theWordsAreSearchedWhereverTheyCouldMatch() {
        neverSkipsAMatch(Placeholders.WORDS, Placeholders::mayHoldWord);
    }

    @Test
    void angleBracketsAreSearchedWhereverTheyCouldMatch() {
        neverSkipsAMatch(Placeholders.ANGLE, t -> t.indexOf('<') >= 0);
    }

    @Test
    void shellVariablesAreSearchedWhereverTheyCouldMatch() {
        neverSkipsAMatch(Placeholders.SHELL, Placeholders::mayHoldShell);
    }
}
