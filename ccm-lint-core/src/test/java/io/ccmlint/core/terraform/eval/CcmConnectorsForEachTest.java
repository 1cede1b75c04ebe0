package io.ccmlint.core.terraform.eval;

import static io.ccmlint.core.terraform.eval.EvalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The Terraform of Harness's guide to creating CCM connectors with Code Repository and IaCM: CCM connectors for_each'd over accounts listed in locals. */
class CcmConnectorsForEachTest {
    /** Read from the example the README lints, so the test and the example cannot drift apart. */
    static final Path MAIN_TF = Path.of("..", "examples", "terraform", "ccm-connectors", "main.tf");

    HclFile file;
    Evaluator ev;
    HclBlock connector;
    List<EachContext> instances;

    @BeforeEach
    void setUp() throws IOException {
        file = parse("main.tf", Files.readString(MAIN_TF));
        ev = TerraformModule.of(List.of(file)).evaluator();
        connector = file.body().blocks("resource").get(0);
        instances = ev.forEach(attr(connector, "for_each")).orElseThrow();
    }

    static HclExpression attr(HclBlock block, String name) {
        return block.body().attribute(name).orElseThrow().value();
    }

    HclExpression crossAccount(String name) {
        return attr(connector.body().blocks("cross_account_access").get(0), name);
    }

    @Test
    void forEachGivesTheFourAccountsInSortedOrder() {
        assertThat(instances).extracting(i -> str(i.key()))
                .containsExactly("000000000005", "000000000006", "000000000007", "000000000008");
        assertThat(instances).allSatisfy(i -> assertThat(i.value()).isEqualTo(i.key()));
        // each key keeps the span where the account id is written in locals {}
        Value first = instances.get(0).key();
        assertThat(first.span().text()).isEqualTo("\"000000000005\"");
        assertThat(first.span().startLine()).isEqualTo(22);
    }

    @Test
    void identifierAndNamePerInstance() {
        List<String> ids = instances.stream().map(i -> str(ev.eval(attr(connector, "identifier"), i))).toList();
        assertThat(ids).containsExactly("aws000000000005", "aws000000000006", "aws000000000007", "aws000000000008");
        Value v = ev.eval(attr(connector, "name"), instances.get(0));
        assertThat(v).isEqualTo(new Value.Str("aws000000000005", attr(connector, "name").span()));
    }

    @Test
    void accountIdIsKnown() {
        assertThat(instances).allSatisfy(i -> assertThat(str(ev.eval(attr(connector, "account_id"), i)))
                .isEqualTo(str(i.key())));
    }

    @Test
    void roleArnIsFullyKnownPerInstance() {
        assertThat(str(ev.eval(crossAccount("role_arn"), instances.get(2))))
                .isEqualTo("arn:aws:iam::000000000007:role/HarnessCERole");
        assertThat(instances).allSatisfy(i -> assertThat(ev.eval(crossAccount("role_arn"), i))
                .isInstanceOf(Value.Str.class));
    }

    @Test
    void externalIdIsKnownPrefixAndOneHole() {
        for (EachContext i : instances) {
            Value.Partial p = partial(ev.eval(crossAccount("external_id"), i));
            assertThat(p.knownPrefix()).isEqualTo("harness:891928451355:");
            assertThat(p.parts()).hasSize(2);
            assertThat(str(p.parts().get(0))).isEqualTo("harness:891928451355:");
            Value.Unknown hole = unknown(p.parts().get(1));
            assertThat(hole.expression()).isEqualTo("data.harness_platform_current_account.current.id");
            assertThat(hole.reference()).isEqualTo("data.harness_platform_current_account.current.id");
            assertThat(hole.span().text()).isEqualTo("data.harness_platform_current_account.current.id");
            assertThat(p.withHoles()).isEqualTo("harness:891928451355:${data.harness_platform_current_account.current.id}");
            assertThat(p.span()).isEqualTo(crossAccount("external_id").span());
        }
    }

    @Test
    void withoutEachTheKeyIsAHole() {
        Value.Partial p = partial(ev.eval(crossAccount("role_arn")));
        assertThat(p.withHoles()).isEqualTo("arn:aws:iam::${each.key}:role/HarnessCERole");
        assertThat(unknown(p.parts().get(1)).reference()).isEqualTo("each.key");
        assertThat(unknown(ev.eval(attr(connector, "account_id"))).expression()).isEqualTo("trimspace(each.key)");
    }

    @Test
    void featuresAreAKnownList() {
        assertThat(strings(ev.eval(attr(connector, "features_enabled"))))
                .containsExactly("OPTIMIZATION", "VISIBILITY", "GOVERNANCE");
    }

    @Test
    void theForEachValueIsASet() {
        Value set = ev.eval(attr(connector, "for_each"));
        assertThat(ev.isSet((Value.Seq) set)).isTrue();
        assertThat(ev.local("aws-prod")).hasValueSatisfying(v -> assertThat(strings(v))
                .containsExactly("000000000007", "000000000008"));
    }
}
