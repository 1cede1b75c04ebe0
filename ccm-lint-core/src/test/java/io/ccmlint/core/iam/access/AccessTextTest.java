package io.ccmlint.core.iam.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.aws.catalog.IamCatalog;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sets of actions in words: a whole service is named without reading its actions, and reads as it did when every name was read. */
class AccessTextTest {
    /** The wording as it was made from the eager numbering, name by name. */
    private static String byEveryName(EagerActionIndex index, BitSet actions) {
        if (actions.cardinality() == index.size()) {
            return "* (all " + index.size() + " actions)";
        }
        List<String> parts = new ArrayList<>();
        for (int i = actions.nextSetBit(0); i >= 0; ) {
            String service = index.serviceOf(i);
            List<String> names = new ArrayList<>();
            int j = i;
            for (; j >= 0 && index.serviceOf(j).equals(service); j = actions.nextSetBit(j + 1)) {
                String n = index.name(j);
                names.add(n.substring(n.indexOf(':') + 1));
            }
            int total = index.serviceSize(service);
            if (names.size() == total && total > 1) {
                parts.add(service + ":* (" + total + " actions)");
            } else if (names.size() == 1) {
                parts.add(service + ":" + names.get(0));
            } else {
                parts.add(service + ": " + names.size() + " actions (" + String.join(", ", names.subList(0, Math.min(3, names.size())))
                        + (names.size() > 3 ? ", ..." : "") + ")");
            }
            i = j;
        }
        return String.join(", ", parts);
    }

    @Test
    void readsAsWhenEveryNameWasRead() {
        EagerActionIndex eager = new EagerActionIndex(IamCatalog.get());
        List<BitSet> sets = new ArrayList<>();
        for (String p : List.of("s3:*", "iam:PassRole", "s3:Get*", "ec2:Describe*", "*:Get*", "*", "sts:AssumeRole", "lambda:*")) {
            sets.add(eager.matching(p));
        }
        BitSet notIam = (BitSet) eager.matching("iam:*").clone(); // NotAction iam:*
        notIam.flip(0, eager.size());
        sets.add(notIam);
        BitSet mixed = (BitSet) eager.matching("s3:*").clone(); // a whole service, part of one, one action
        mixed.or(eager.matching("ec2:Describe*"));
        mixed.or(eager.matching("iam:PassRole"));
        sets.add(mixed);
        BitSet allButOne = (BitSet) eager.matching("lambda:*").clone(); // one short of the whole service
        allButOne.clear(allButOne.nextSetBit(0));
        sets.add(allButOne);
        BitSet firstAndLast = new BitSet(); // the edges of the numbering
        firstAndLast.set(0);
        firstAndLast.set(eager.size() - 1);
        sets.add(firstAndLast);
        for (BitSet s : sets) {
            assertThat(AccessText.actions(s, Set.of())).isEqualTo(byEveryName(eager, s));
        }
        assertThat(AccessText.actions(mixed, Set.of())).contains("s3:* (").contains("iam:PassRole").contains("ec2: ");
        assertThat(AccessText.actions(new BitSet(), Set.of("newsvc:do"))).isEqualTo("newsvc:do (not in the action catalog)");
    }
}
