package io.ccmlint.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleArnMentionsTest {
    @Test
    void literalRoleArnsAreFoundByRoleName() {
        RoleArnMentions m = RoleArnMentions.merge(List.of(
                RoleArnMentions.scan("role: arn:aws:iam::123456789012:role/team/Deployer\n"),
                RoleArnMentions.scan("\"arn:aws-us-gov:iam::210987654321:role/Deployer\""),
                RoleArnMentions.scan("\"Resource\": \"arn:aws:iam::*:role/Deployer\""))); // no account: not a literal ARN
        assertThat(m.arnsOf("Deployer")).containsExactly("arn:aws-us-gov:iam::210987654321:role/Deployer",
                "arn:aws:iam::123456789012:role/team/Deployer");
        assertThat(m.arnsOf("Other")).isEmpty();
        assertThat(m.passedToEcs()).isEmpty();
    }

    @Test
    void ecsTaskDefinitionsPassTheirRoles() {
        RoleArnMentions m = RoleArnMentions.merge(List.of(RoleArnMentions.scan(
                "{\"taskRoleArn\": \"arn:aws:iam::123456789012:role/App\",\n"
                        + " \"executionRoleArn\": \"arn:aws:iam::123456789012:role/Exec\"}"),
                RoleArnMentions.scan("execution_role_arn = \"arn:aws:iam::123456789012:role/TfExec\"")));
        assertThat(m.passedToEcs()).containsExactly("arn:aws:iam::123456789012:role/App",
                "arn:aws:iam::123456789012:role/Exec", "arn:aws:iam::123456789012:role/TfExec");
    }

    @Test
    void partitionsAreRoleArnsPartitions() {
        RoleArnMentions m = RoleArnMentions.merge(List.of(RoleArnMentions.scan(
                "a: arn:aws-cn:iam::123456789012:role/R\nb: arn:aws-iso-b:iam::123456789012:role/R\n"
                        + "c: arn:aws-bogus:iam::123456789012:role/R\n")));
        assertThat(m.arnsOf("R")).containsExactly("arn:aws-cn:iam::123456789012:role/R",
                "arn:aws-iso-b:iam::123456789012:role/R");
    }

    @Test
    void textWithoutRoleArnsAddsNothing() {
        assertThat(RoleArnMentions.scan("{\"Action\": \"s3:GetObject\"}")).isSameAs(RoleArnMentions.Part.NONE);
    }
}
