package io.ccmlint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.model.principal.PrincipalKind;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terraform roles, users and groups become principals with every policy that applies to them,
 * each located where a reviewer sees it attached: the policy_arn, the list entry, the membership.
 */
class TerraformPrincipalsTest {
    @TempDir
    Path dir;

    private Workspace workspace() throws Exception {
        Workspace ws = new Linter(RuleRegistry.of(List.of()), LintConfig.defaults(dir), 1, ParseLimits.DEFAULT, dir)
                .lint(List.of(dir)).workspace();
        assertThat(ws.parseFailures()).isEmpty();
        return ws;
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    private static IamPrincipal principal(Workspace ws, String address) {
        return ws.principals().stream().filter(p -> p.address().equals(address)).findFirst().orElseThrow();
    }

    /** "line text" of a span, or "-" for none: where an attachment is written. */
    private static String at(Span span) {
        return span == null ? "-" : span.startLine() + " " + span.text();
    }

    /** One attachment in a line: document name (or ? and what it is attached by), where, through which group. */
    private static String describe(PolicyAttachment a) {
        String what = a.readable() ? a.policy().name() : "? " + a.reference().span().text();
        return what + " @ " + at(a.attachedAt()) + (a.viaGroup() == null ? "" : " via " + a.viaGroup() + " @ " + at(a.membershipAt()));
    }

    private static final String POLICIES = """
            resource "aws_iam_policy" "ops" {
              name   = "ops"
              policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
            }
            resource "aws_iam_policy" "boundary" {
              name   = "boundary"
              policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] })
            }
            data "aws_iam_policy_document" "own" {
              statement {
                actions   = ["sqs:SendMessage"]
                resources = ["*"]
              }
            }
            """;

    @Test
    void usersAndGroupsHaveTheirOwnAndTheirGroupsPoliciesEachWhereItIsAttached() throws Exception {
        write("policies.tf", POLICIES);
        write("main.tf", """
                resource "aws_iam_group" "admins" {
                  name = "admins"
                }
                resource "aws_iam_group_policy" "g" {
                  group  = aws_iam_group.admins.name
                  policy = <<-EOF
                    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}]}
                  EOF
                }
                resource "aws_iam_group_policy_attachment" "g" {
                  group      = aws_iam_group.admins.name
                  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
                }
                resource "aws_iam_user" "alice" {
                  name                 = "alice"
                  permissions_boundary = aws_iam_policy.boundary.arn
                }
                resource "aws_iam_user_policy" "a" {
                  user   = aws_iam_user.alice.name
                  policy = data.aws_iam_policy_document.own.json
                }
                resource "aws_iam_user_policy_attachment" "a" {
                  user       = aws_iam_user.alice.name
                  policy_arn = aws_iam_policy.ops.arn
                }
                resource "aws_iam_user_group_membership" "alice" {
                  user   = aws_iam_user.alice.name
                  groups = [aws_iam_group.admins.name, "elsewhere"]
                }
                resource "aws_iam_user" "bob" {
                  name                 = "bob"
                  permissions_boundary = "arn:aws:iam::123456789012:policy/not-here"
                }
                resource "aws_iam_group_membership" "team" {
                  name  = "team"
                  group = "admins"
                  users = [aws_iam_user.bob.name]
                }
                resource "aws_iam_policy_attachment" "shared" {
                  name       = "shared"
                  policy_arn = aws_iam_policy.ops.arn
                  users      = ["bob"]
                  groups     = [aws_iam_group.admins.name]
                }
                """);
        Workspace ws = workspace();
        assertThat(ws.principals()).extracting(IamPrincipal::kind, IamPrincipal::address, IamPrincipal::awsName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PrincipalKind.USER, "aws_iam_user.alice", "alice"),
                org.assertj.core.groups.Tuple.tuple(PrincipalKind.USER, "aws_iam_user.bob", "bob"),
                org.assertj.core.groups.Tuple.tuple(PrincipalKind.GROUP, "aws_iam_group.admins", "admins"));
        IamPrincipal admins = principal(ws, "aws_iam_group.admins");
        assertThat(admins.policies()).extracting(TerraformPrincipalsTest::describe).containsExactly(
                "aws_iam_group_policy.g @ 5 aws_iam_group.admins.name",
                "arn:aws:iam::aws:policy/ReadOnlyAccess @ 12 \"arn:aws:iam::aws:policy/ReadOnlyAccess\"",
                "aws_iam_policy.ops @ 43 aws_iam_group.admins.name");
        assertThat(admins.span().text()).isEqualTo("resource \"aws_iam_group\" \"admins\"");
        assertThat(admins.boundary()).isNull();
        assertThat(admins.role()).isNull();

        IamPrincipal alice = principal(ws, "aws_iam_user.alice");
        String viaAdmins = " via aws_iam_group.admins @ 28 aws_iam_group.admins.name";
        assertThat(alice.policies()).extracting(TerraformPrincipalsTest::describe).containsExactly(
                "data.aws_iam_policy_document.own @ 19 aws_iam_user.alice.name",
                "aws_iam_policy.ops @ 24 aws_iam_policy.ops.arn",
                "aws_iam_group_policy.g @ 5 aws_iam_group.admins.name" + viaAdmins,
                "arn:aws:iam::aws:policy/ReadOnlyAccess @ 12 \"arn:aws:iam::aws:policy/ReadOnlyAccess\"" + viaAdmins,
                "aws_iam_policy.ops @ 43 aws_iam_group.admins.name" + viaAdmins,
                "? \"elsewhere\" @ 28 \"elsewhere\" via elsewhere @ 28 \"elsewhere\"");
        assertThat(alice.hasUnreadablePolicies()).as("a group not defined here may grant anything").isTrue();
        assertThat(alice.documents().get(0).statements().get(0).actions().values().get(0).known()).isEqualTo("sqs:SendMessage");
        assertThat(alice.boundary().policy().name()).isEqualTo("aws_iam_policy.boundary");
        assertThat(at(alice.boundary().attachedAt())).isEqualTo("16 aws_iam_policy.boundary.arn");
        assertThat(alice.arn()).as("a Terraform user's ARN is not written").isNull();

        IamPrincipal bob = principal(ws, "aws_iam_user.bob");
        assertThat(bob.policies()).extracting(TerraformPrincipalsTest::describe).containsExactly(
                "aws_iam_policy.ops @ 42 \"bob\"",
                "aws_iam_group_policy.g @ 5 aws_iam_group.admins.name via aws_iam_group.admins @ 37 aws_iam_user.bob.name",
                "arn:aws:iam::aws:policy/ReadOnlyAccess @ 12 \"arn:aws:iam::aws:policy/ReadOnlyAccess\""
                        + " via aws_iam_group.admins @ 37 aws_iam_user.bob.name",
                "aws_iam_policy.ops @ 43 aws_iam_group.admins.name via aws_iam_group.admins @ 37 aws_iam_user.bob.name");
        assertThat(bob.boundary().readable()).as("a customer policy of another workspace").isFalse();
        assertThat(bob.boundary().reference().known()).isEqualTo("arn:aws:iam::123456789012:policy/not-here");
        assertThat(ws.roles()).isEmpty();
    }

    @Test
    void aRolesAttachmentsAreLocatedAndItsBoundaryResolved() throws Exception {
        write("policies.tf", POLICIES);
        write("main.tf", """
                resource "aws_iam_role" "r" {
                  name                 = "deployer"
                  assume_role_policy   = "{}"
                  permissions_boundary = aws_iam_policy.boundary.arn
                  managed_policy_arns  = ["arn:aws:iam::aws:policy/ReadOnlyAccess", aws_iam_policy.ops.arn]
                  inline_policy {
                    name   = "own"
                    policy = data.aws_iam_policy_document.own.json
                  }
                  inline_policy {
                    name   = "from-a-file"
                    policy = file("${path.module}/policy.json")
                  }
                }
                resource "aws_iam_role_policy" "rp" {
                  role   = aws_iam_role.r.id
                  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "ec2:*", Resource = "*" }] })
                }
                resource "aws_iam_role_policy_attachment" "each" {
                  for_each   = toset(["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", "arn:aws:iam::123456789012:policy/x"])
                  role       = aws_iam_role.r.name
                  policy_arn = each.value
                }
                resource "aws_iam_policy_attachment" "shared" {
                  name       = "shared"
                  policy_arn = aws_iam_policy.ops.arn
                  roles      = [aws_iam_role.r.name]
                }
                resource "aws_iam_role" "plain" {
                  name               = "plain"
                  assume_role_policy = "{}"
                  permissions_boundary = "arn:aws:iam::aws:policy/PowerUserAccess"
                }
                """);
        write("connector.yaml", """
                connector:
                  name: c
                  identifier: c
                  type: Aws
                  spec:
                    credential:
                      type: Irsa
                      crossAccountAccess:
                        crossAccountRoleArn: arn:aws:iam::123456789012:role/deployer
                """);
        Workspace ws = workspace();
        IamPrincipal r = principal(ws, "aws_iam_role.r");
        assertThat(r.kind()).isEqualTo(PrincipalKind.ROLE);
        assertThat(r.policies()).extracting(TerraformPrincipalsTest::describe).containsExactly(
                "data.aws_iam_policy_document.own @ -",
                "? file(\"${path.module}/policy.json\") @ -",
                "aws_iam_role_policy.rp @ 16 aws_iam_role.r.id",
                "arn:aws:iam::aws:policy/ReadOnlyAccess @ 5 \"arn:aws:iam::aws:policy/ReadOnlyAccess\"",
                "aws_iam_policy.ops @ 5 aws_iam_policy.ops.arn",
                // toset orders its strings, as Terraform does
                "? \"arn:aws:iam::123456789012:policy/x\" @ 20 \"arn:aws:iam::123456789012:policy/x\"",
                "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess @ 20 \"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\"");
        // the shared attachment attaches ops again: the role has it once, the role model lists both places
        assertThat(r.role().attachments()).extracting(TerraformPrincipalsTest::describe)
                .contains("aws_iam_policy.ops @ 27 aws_iam_role.r.name");
        assertThat(r.boundary().policy().name()).isEqualTo("aws_iam_policy.boundary");
        assertThat(at(r.boundary().attachedAt())).isEqualTo("4 aws_iam_policy.boundary.arn");
        assertThat(r.arn()).as("written literally once in the run").isEqualTo("arn:aws:iam::123456789012:role/deployer");
        Role role = r.role();
        assertThat(role.permissionsBoundary().span().text()).isEqualTo("aws_iam_policy.boundary.arn");
        assertThat(role.policies()).extracting(p -> p.name()).containsExactly("data.aws_iam_policy_document.own",
                "aws_iam_role_policy.rp", "aws_iam_policy.ops", "aws_iam_policy.ops");
        assertThat(role.managedPolicyArns()).extracting(s -> s.known()).containsExactly(
                "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
        assertThat(role.unresolvedPolicies()).extracting(s -> s.span().text()).containsExactly(
                "file(\"${path.module}/policy.json\")", "\"arn:aws:iam::123456789012:policy/x\"");

        IamPrincipal plain = principal(ws, "aws_iam_role.plain");
        assertThat(plain.boundary().policy().name()).as("an AWS managed boundary, from the bundled copies")
                .isEqualTo("arn:aws:iam::aws:policy/PowerUserAccess");
        assertThat(plain.arn()).as("no ARN of it written").isNull();
    }

    @Test
    void aModuleInstancesUsersAndGroupsKeepTheirAddressAndTheRootsAttachment() throws Exception {
        write("live/main.tf", """
                resource "aws_iam_policy" "root" {
                  name   = "root"
                  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
                }
                module "team" {
                  for_each   = { a = "alice", b = "bob" }
                  source     = "../team"
                  user_name  = each.value
                  policy_arn = aws_iam_policy.root.arn
                }
                """);
        write("team/main.tf", """
                variable "user_name" {
                  default = "nobody"
                }
                variable "policy_arn" {
                }
                resource "aws_iam_user" "this" {
                  name = var.user_name
                }
                resource "aws_iam_group" "this" {
                  name = "${var.user_name}-group"
                }
                resource "aws_iam_group_policy_attachment" "this" {
                  group      = aws_iam_group.this.name
                  policy_arn = var.policy_arn
                }
                resource "aws_iam_user_group_membership" "this" {
                  user   = aws_iam_user.this.name
                  groups = [aws_iam_group.this.name]
                }
                variable "boundary" {
                  default = null
                }
                resource "aws_iam_user" "optional_boundary" {
                  name                 = "${var.user_name}-bot"
                  permissions_boundary = var.boundary
                }
                """);
        Workspace ws = workspace();
        IamPrincipal b = principal(ws, "module.team[\"b\"].aws_iam_user.this");
        assertThat(b.awsName()).isEqualTo("bob");
        assertThat(b.policies()).extracting(TerraformPrincipalsTest::describe).containsExactly(
                "aws_iam_policy.root @ 9 aws_iam_policy.root.arn via module.team[\"b\"].aws_iam_group.this"
                        + " @ 18 aws_iam_group.this.name");
        assertThat(b.policies().get(0).attachedAt().file().displayPath()).endsWith("live/main.tf");
        assertThat(principal(ws, "module.team[\"a\"].aws_iam_group.this").awsName()).isEqualTo("alice-group");
        assertThat(principal(ws, "module.team[\"a\"].aws_iam_user.optional_boundary").boundary())
                .as("a boundary variable left null sets none").isNull();
        IamPrincipal alone = principal(ws, "aws_iam_user.this");
        assertThat(alone.awsName()).as("the module folder on its own").isEqualTo("nobody");
        assertThat(alone.policies()).extracting(TerraformPrincipalsTest::describe).containsExactly(
                "? var.policy_arn @ 14 var.policy_arn via aws_iam_group.this @ 18 aws_iam_group.this.name");
    }
}
