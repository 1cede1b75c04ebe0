package io.ccmlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.ConfigLookup;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .json} permission policy of its own is checked in a one-file workspace after the run's
 * workspace is built: it is not kept, yet its rules know what the whole run knows.
 */
class StandAloneFilesTest {
    @TempDir
    Path dir;

    private static final String PERMISSION = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
            + " \"Action\": \"sts:AssumeRole\", \"Resource\": \"*\"}]}";
    private static final String TRUST = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
            + " \"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:role/ArgoCD\"}, \"Action\": \"sts:AssumeRole\"}]}";

    /** Reports every policy with what the run knows across files: trust policies (a derived value) and Deployer's ARNs. */
    @RuleInfo(id = "TST901", slug = "what-i-know", title = "what a rule knows", severity = Severity.INFO)
    static final class WhatIKnow implements Rule {
        @Override
        public void check(RuleContext context) {
            Workspace ws = context.workspace();
            long trusts = ws.derived(WhatIKnow.class, whole -> whole.policies().stream().filter(PolicyDocument::isTrustPolicy).count());
            for (PolicyDocument p : ws.policies()) {
                context.report(p.span(), "trust policies " + trusts + ", Deployer " + ws.roleArns().arnsOf("Deployer")
                        + ", policies here " + ws.policies().size());
            }
        }
    }

    private LintResult lint(int jobs) throws Exception {
        return linter(jobs).lint(List.of(dir));
    }

    private Linter linter(int jobs) {
        return new Linter(RuleRegistry.of(List.of(new WhatIKnow())), LintConfig.defaults(dir), jobs, ParseLimits.DEFAULT, dir);
    }

    private static List<String> lines(LintResult r) {
        return r.findings().stream().map(f -> f.span().file().displayPath() + ":" + f.span().startLine() + " " + f.message()).toList();
    }

    @Test
    void aPermissionPolicyOfItsOwnKnowsWhatTheRunKnows() throws Exception {
        Files.writeString(dir.resolve("a-permission.json"), PERMISSION);
        Files.writeString(dir.resolve("Deployer.json"), TRUST);
        Files.writeString(dir.resolve("cluster.yaml"), "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa\n"
                + "  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/Deployer\n");
        Files.writeString(dir.resolve("z-broken.json"), "{\"Statement\": [}");
        LintResult r = lint(2);
        assertThat(lines(r)).containsExactly(
                "Deployer.json:1 trust policies 1, Deployer [arn:aws:iam::123456789012:role/Deployer], policies here 1",
                "a-permission.json:1 trust policies 1, Deployer [arn:aws:iam::123456789012:role/Deployer], policies here 1");
        // the run's workspace keeps the trust policy, not the permission policy checked on its own ...
        assertThat(r.workspace().policies()).extracting(p -> p.file().displayPath()).containsExactly("Deployer.json");
        // ... whose text only its findings still hold, as it is while the run's text budget lasts
        Finding onItsOwn = r.findings().get(1);
        assertThat(onItsOwn.span().file().isPacked()).isFalse();
        assertThat(onItsOwn.span().text()).isEqualTo(PERMISSION);
        // a file checked on its own that fails to parse is still a parse failure of the run
        assertThat(r.workspace().parseFailures()).extracting(f -> f.span().file().displayPath()).containsExactly("z-broken.json");
    }

    @Test
    void pastTheTextBudgetFindingsKeepTheirFilesCompressed() throws Exception {
        for (int i = 0; i < 10; i++) {
            Files.writeString(dir.resolve("p" + i + ".json"), PERMISSION);
        }
        Files.writeString(dir.resolve("Deployer.json"), TRUST);
        LintResult kept = lint(2);
        // room for three of the ten files: the first three checked keep their text, the others are packed
        LintResult packed = LinterFactory.create(LinterOptions.builder(RuleRegistry.of(List.of(new WhatIKnow())))
                .config(ConfigLookup.given(LintConfig.defaults(dir))).jobs(2).displayBase(dir)
                .textBudget(3L * PERMISSION.length()).build()).lint(List.of(dir));
        List<Finding> own = packed.findings().stream().filter(f -> f.span().file().displayPath().startsWith("p")).toList();
        assertThat(own).hasSize(10);
        assertThat(own.stream().filter(f -> !f.span().file().isPacked()).count()).isEqualTo(3);
        assertThat(own).allSatisfy(f -> assertThat(f.span().text()).isEqualTo(PERMISSION));
        assertThat(lines(packed)).isEqualTo(lines(kept));
        assertThat(kept.findings()).noneMatch(f -> f.span().file().isPacked());
    }

    @Test
    void theOutcomeDoesNotDependOnTheNumberOfThreads() throws Exception {
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve("p" + i + ".json"), PERMISSION);
        }
        Files.writeString(dir.resolve("Deployer.json"), TRUST);
        assertThat(lines(lint(1))).isEqualTo(lines(lint(4))).hasSize(41);
    }

    @Test
    void aFileThatMayHoldATrustPolicyIsKept() throws Exception {
        // "Principal" as a condition key's part does not count; as a key it does
        Files.writeString(dir.resolve("condition.json"), PERMISSION.replace("\"Resource\": \"*\"",
                "\"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"aws:PrincipalTag/team\": \"x\"}}"));
        Files.writeString(dir.resolve("escaped.json"), TRUST.replace("Principal", "Princip\\u0061l"));
        LintResult r = lint(2);
        assertThat(r.workspace().policies()).extracting(p -> p.file().displayPath()).containsExactly("escaped.json");
        assertThat(r.workspace().policies().get(0).isTrustPolicy()).isTrue();
        assertThat(lines(r)).hasSize(2);
    }

    @Test
    void aJsonFileThatIsNoPolicyIsLeftAsideAndAddsNothing() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\", \"role\": \"arn:aws:iam::123456789012:role/Deployer\"}");
        Files.writeString(dir.resolve("p.json"), PERMISSION);
        LintResult r = lint(2);
        assertThat(r.internalErrors()).isEmpty();
        assertThat(r.workspace().parseFailures()).isEmpty();
        // its text still counts for the role ARNs the run mentions
        assertThat(lines(r)).containsExactly(
                "p.json:1 trust policies 0, Deployer [arn:aws:iam::123456789012:role/Deployer], policies here 1");
    }
}
