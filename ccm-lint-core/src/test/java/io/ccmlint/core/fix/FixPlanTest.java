package io.ccmlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.FixKind;
import io.ccmlint.core.rule.RuleDoc;
import io.ccmlint.core.rule.RuleMetadata;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FixPlanTest {
    private static final RuleMetadata RULE = new RuleMetadata("CCM999", "test-rule", "A test rule", Severity.ERROR,
            Set.of(FixKind.SAFE), List.of(), RuleDoc.NONE);

    private final SourceFile file = SourceFile.of("p.json", "0123456789abcdefghij");

    private TextEdit edit(int start, int end, String replacement) {
        return new TextEdit(file.span(start, end), replacement);
    }

    private static Finding finding(Fix fix) {
        return new Finding.Builder(RULE, Severity.ERROR, fix.edits().get(0).span(), fix.description()).fix(fix).build();
    }

    private static Finding safe(String name, TextEdit... edits) {
        return finding(Fix.safe(name, List.of(edits)));
    }

    private String newText(FixPlan plan) {
        return plan.newTexts().get(file);
    }

    @Test
    void appliesNonOverlappingFixesAndKeepsTheRest() {
        Finding a = safe("a", edit(2, 5, "X"));
        Finding b = safe("b", edit(5, 7, "YY"), edit(10, 10, "+"));
        FixPlan plan = FixPlan.of(List.of(a, b), false, f -> true);
        assertThat(plan.applied()).containsExactly(a, b);
        assertThat(plan.skipped()).isEmpty();
        assertThat(plan.isEmpty()).isFalse();
        assertThat(newText(plan)).isEqualTo("01XYY789+abcdefghij");
    }

    @Test
    void overlappingFixIsSkippedAndTheEarlierOneWins() {
        Finding a = safe("a", edit(2, 5, "X"));
        Finding b = safe("b", edit(4, 6, "Y"));
        Finding c = safe("c", edit(8, 9, "Z"));
        FixPlan plan = FixPlan.of(List.of(a, b, c), false, f -> true);
        assertThat(plan.applied()).containsExactly(a, c);
        assertThat(plan.skipped()).containsExactly(b);
        assertThat(newText(plan)).isEqualTo("01X567Z9abcdefghij");
    }

    @Test
    void aFixIsAllOrNothing() {
        Finding a = safe("a", edit(2, 3, "X"));
        Finding b = safe("b", edit(15, 16, "never"), edit(2, 2, "clash")); // second edit collides with a
        FixPlan plan = FixPlan.of(List.of(a, b), false, f -> true);
        assertThat(plan.skipped()).containsExactly(b);
        assertThat(newText(plan)).isEqualTo("01X3456789abcdefghij");
    }

    @Test
    void insertionsAtTheSamePointOverlap() {
        Finding a = safe("a", edit(3, 3, "<"));
        Finding b = safe("b", edit(3, 3, ">"));
        FixPlan plan = FixPlan.of(List.of(a, b), false, f -> true);
        assertThat(plan.applied()).containsExactly(a);
        assertThat(plan.skipped()).containsExactly(b);
        assertThat(newText(plan)).isEqualTo("012<3456789abcdefghij");
    }

    @Test
    void insertionInsideAReplacedRangeOverlapsButAtItsEndDoesNot() {
        Finding replace = safe("r", edit(2, 5, "X"));
        Finding inside = safe("i", edit(3, 3, "!"));
        Finding atEnd = safe("e", edit(5, 5, "@"));
        Finding atStart = safe("s", edit(2, 2, "#"));
        FixPlan plan = FixPlan.of(List.of(replace, inside, atEnd, atStart), false, f -> true);
        assertThat(plan.applied()).containsExactly(replace, atEnd);
        assertThat(plan.skipped()).containsExactly(inside, atStart);
        assertThat(newText(plan)).isEqualTo("01X@56789abcdefghij");
    }

    @Test
    void adjacentReplacementsDoNotOverlap() {
        assertThat(edit(2, 5, "").overlaps(edit(5, 7, ""))).isFalse();
        assertThat(edit(5, 7, "").overlaps(edit(2, 5, ""))).isFalse();
        assertThat(edit(2, 6, "").overlaps(edit(5, 7, ""))).isTrue();
        assertThat(edit(5, 7, "").overlaps(edit(2, 6, ""))).isTrue();
        assertThat(edit(2, 9, "").overlaps(edit(4, 5, ""))).isTrue();
        SourceFile other = SourceFile.of("q.json", "0123456789");
        assertThat(edit(2, 5, "").overlaps(new TextEdit(other.span(2, 5), ""))).isFalse();
    }

    @Test
    void aFixWhoseOwnEditsOverlapIsSkipped() {
        Finding self = safe("self", edit(2, 6, "A"), edit(4, 8, "B"));
        Finding sameInsert = safe("twice", edit(10, 10, "a"), edit(10, 10, "b"));
        Finding fine = safe("fine", edit(0, 1, "Z"));
        FixPlan plan = FixPlan.of(List.of(self, sameInsert, fine), false, f -> true);
        assertThat(plan.applied()).containsExactly(fine);
        assertThat(plan.skipped()).containsExactly(self, sameInsert);
        assertThat(newText(plan)).isEqualTo("Z123456789abcdefghij");
    }

    @Test
    void unsafeFixesOnlyWhenAsked() {
        Finding unsafe = finding(Fix.unsafe("u", List.of(edit(0, 1, "U"))));
        Finding safe = safe("s", edit(1, 2, "S"));
        Finding noFix = new Finding.Builder(RULE, Severity.ERROR, file.span(3, 4), "no fix").build();

        FixPlan defaults = FixPlan.of(List.of(unsafe, safe, noFix), false, f -> true);
        assertThat(defaults.applied()).containsExactly(safe);
        assertThat(defaults.skipped()).isEmpty();
        assertThat(newText(defaults)).isEqualTo("0S23456789abcdefghij");

        FixPlan all = FixPlan.of(List.of(unsafe, safe, noFix), true, f -> true);
        assertThat(all.applied()).containsExactly(unsafe, safe);
        assertThat(newText(all)).isEqualTo("US23456789abcdefghij");
    }

    @Test
    void filterChoosesFindings() {
        Finding a = safe("a", edit(0, 1, "A"));
        Finding b = safe("b", edit(1, 2, "B"));
        FixPlan plan = FixPlan.of(List.of(a, b), false, f -> f.message().equals("b"));
        assertThat(plan.applied()).containsExactly(b);
        assertThat(newText(plan)).isEqualTo("0B23456789abcdefghij");
        assertThat(FixPlan.of(List.of(a, b), false, f -> false).isEmpty()).isTrue();
        assertThat(FixPlan.of(List.of(a, b), false, f -> false).newTexts()).isEmpty();
    }

    @Test
    void fixesAcrossFilesComeInPathOrder() {
        SourceFile z = SourceFile.of("z.json", "zzz");
        SourceFile a = SourceFile.of("a.json", "aaa");
        Finding both = finding(Fix.safe("both", List.of(new TextEdit(z.span(0, 1), "Z"), new TextEdit(a.span(2, 3), "A"))));
        Map<SourceFile, String> texts = FixPlan.of(List.of(both), false, f -> true).newTexts();
        assertThat(texts.keySet()).containsExactly(a, z);
        assertThat(texts.get(a)).isEqualTo("aaA");
        assertThat(texts.get(z)).isEqualTo("Zzz");
    }

    @Test
    void applyRejectsOverlappingEditsAndSortsTheRest() {
        assertThat(FixPlan.apply("abcdef", List.of(edit(4, 5, "E"), edit(0, 1, "A"), edit(2, 2, "+")))).isEqualTo("Ab+cdEf");
        assertThatThrownBy(() -> FixPlan.apply("abcdef", List.of(edit(0, 3, ""), edit(2, 4, ""))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fix.safe("empty", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void applyKeepsEveryCharacterOutsideTheEdits() {
        Random random = new Random(20260630L);
        String alphabet = "ab{}[]\":, \n\r\t\u00e9\u20ac\uD83D\uDE00";
        for (int round = 0; round < 500; round++) {
            StringBuilder t = new StringBuilder();
            int len = random.nextInt(200);
            for (int i = 0; i < len; i++) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = t.toString();
            SourceFile f = SourceFile.of("r.json", text);
            // random non-overlapping edits: pick sorted cut points, pair them up
            List<TextEdit> edits = new ArrayList<>();
            int at = 0;
            while (at <= text.length() && random.nextInt(4) != 0) {
                int start = at + random.nextInt(Math.max(1, (text.length() - at) / 3 + 1));
                if (start > text.length()) {
                    break;
                }
                int end = Math.min(text.length(), start + random.nextInt(6));
                if (end == start && !edits.isEmpty() && edits.get(edits.size() - 1).span().start() == start) {
                    end = Math.min(text.length(), start + 1);
                }
                edits.add(new TextEdit(f.span(start, end), "<" + random.nextInt(100) + ">"));
                at = end + 1;
            }
            List<TextEdit> shuffled = new ArrayList<>(edits);
            java.util.Collections.shuffle(shuffled, random);
            String out = FixPlan.apply(text, shuffled);

            // rebuild the expectation independently: untouched ranges, verbatim, between replacements
            StringBuilder expected = new StringBuilder();
            int pos = 0;
            int outPos = 0;
            edits.sort(Comparator.comparingInt(e -> e.span().start()));
            for (TextEdit e : edits) {
                String untouched = text.substring(pos, e.span().start());
                assertThat(out.substring(outPos, outPos + untouched.length())).isEqualTo(untouched);
                outPos += untouched.length() + e.replacement().length();
                expected.append(untouched).append(e.replacement());
                pos = e.span().end();
            }
            assertThat(out.substring(outPos)).isEqualTo(text.substring(pos));
            assertThat(out).isEqualTo(expected.append(text.substring(pos)).toString());
        }
    }

    @Test
    void planOfRandomFixesNeverChoosesOverlapsAndKeepsUntouchedText() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            String text = "x".repeat(10 + random.nextInt(60)).replace('x', (char) ('a' + random.nextInt(26)));
            SourceFile f = SourceFile.of("r.json", text);
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                List<TextEdit> edits = new ArrayList<>();
                for (int k = 0; k < 1 + random.nextInt(2); k++) {
                    int s = random.nextInt(text.length() + 1);
                    int e = Math.min(text.length(), s + random.nextInt(4));
                    edits.add(new TextEdit(f.span(s, e), "#"));
                }
                findings.add(finding(Fix.safe("f" + i, edits)));
            }
            FixPlan plan = FixPlan.of(findings, false, x -> true);
            assertThat(plan.applied().size() + plan.skipped().size()).isEqualTo(findings.size());
            List<TextEdit> chosen = plan.applied().stream().flatMap(x -> x.fix().edits().stream()).toList();
            for (int i = 0; i < chosen.size(); i++) {
                for (int j = i + 1; j < chosen.size(); j++) {
                    assertThat(chosen.get(i).overlaps(chosen.get(j))).isFalse();
                }
            }
            String out = plan.newTexts().getOrDefault(f, text);
            // every character not covered by a chosen edit survives, in order
            boolean[] covered = new boolean[text.length()];
            chosen.forEach(e -> java.util.Arrays.fill(covered, e.span().start(), e.span().end(), true));
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                if (!covered[i]) {
                    kept.append(text.charAt(i));
                }
            }
            assertThat(out.replace("#", "")).isEqualTo(kept.toString());
        }
    }
}
