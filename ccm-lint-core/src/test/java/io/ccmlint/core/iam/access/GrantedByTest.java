package io.ccmlint.core.iam.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A statement behind a verdict is a set element: equal ones hash alike, whatever instance holds them. */
class GrantedByTest {
    private static PolicyDocument read(SourceFile file) throws Exception {
        return PolicyReader.read("p.json", file, (MapNode) new JsonTreeReader().read(file), PolicyEditor.NONE);
    }

    @Test
    void equalStatementsReadTwiceAreOneElementAndOthersAreNot() throws Exception {
        SourceFile file = SourceFile.of("p.json", ("{'Version':'2012-10-17','Statement':["
                + "{'Sid':'A','Effect':'Allow','Action':'s3:GetObject','Resource':'*'},"
                + "{'Sid':'B','Effect':'Allow','Action':'s3:GetObject','Resource':'*'}]}").replace('\'', '"'));
        PolicyDocument once = read(file);
        PolicyDocument again = read(file);
        assertThat(again).isNotSameAs(once).isEqualTo(once);
        PolicyAttachment a = PolicyAttachment.inline(once);
        PolicyAttachment b = PolicyAttachment.inline(again);

        GrantedBy first = new GrantedBy(once.statements().get(0), a);
        GrantedBy sameAgain = new GrantedBy(again.statements().get(0), b);
        assertThat(sameAgain).isEqualTo(first);
        assertThat(sameAgain.hashCode()).isEqualTo(first.hashCode());

        Set<GrantedBy> set = new LinkedHashSet<>(List.of(first, sameAgain, new GrantedBy(once.statements().get(1), a),
                new GrantedBy(once.statements().get(0), a.through("group"))));
        assertThat(set).hasSize(3);
        assertThat(new GrantedBy(once.statements().get(0), null)).isNotEqualTo(first);
    }
}
