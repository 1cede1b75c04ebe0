package io.ccmlint.rules.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.aws.catalog.IamAction;
import io.ccmlint.core.aws.catalog.IamCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CCM103's shortcut agrees, on every action of the catalog, with what it replaces; the levels it names are the model's. */
class WildcardResourceWriteRuleTest {
    private static List<IamAction> everyAction() {
        IamCatalog catalog = IamCatalog.get();
        List<IamAction> all = new ArrayList<>();
        catalog.prefixes().forEach(p -> all.addAll(catalog.service(p).orElseThrow().actions()));
        return all;
    }

    @Test
    void ownRuleActionsAreTheTwoByTheirFullNames() {
        List<IamAction> own = new ArrayList<>();
        for (IamAction a : everyAction()) {
            boolean byName = Set.of("iam:PassRole", "sts:AssumeRole").contains(a.fullName());
            assertThat(WildcardResourceWriteRule.ownRule(a)).as(a.fullName()).isEqualTo(byName);
            if (byName) {
                own.add(a);
            }
        }
        assertThat(own).hasSize(2);
    }

    /** The level CCM103 names for a write action ({@link IamAction#level}) is one of the two its message knows. */
    @Test
    void aWriteActionsLevelIsWriteOrPermissionsManagement() {
        int writes = 0;
        int permissions = 0;
        for (IamAction a : everyAction()) {
            if (a.writes()) {
                assertThat(a.level()).as(a.fullName()).isIn(io.ccmlint.core.aws.catalog.AccessLevel.WRITE,
                        io.ccmlint.core.aws.catalog.AccessLevel.PERMISSIONS_MANAGEMENT);
                writes++;
                permissions += a.level() == io.ccmlint.core.aws.catalog.AccessLevel.PERMISSIONS_MANAGEMENT ? 1 : 0;
            }
        }
        assertThat(writes).isGreaterThan(1000);
        assertThat(permissions).isBetween(100, writes - 100);
    }
}
