package io.ccmlint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.workspace.ParseFailure;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Module calls are evaluated with their arguments: instances, addresses, outputs, downloads, bounds. */
class ModuleTreeTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws Exception {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    private Workspace workspace() throws Exception {
        return workspace(LintConfig.defaults(dir));
    }

    private Workspace workspace(LintConfig config) throws Exception {
        return new Linter(RuleRegistry.of(List.of()), config, 2, ParseLimits.DEFAULT, dir).lint(List.of(dir)).workspace();
    }

    /** A module making one role named by a variable, trusted by Harness's CCM account with an external ID. */
    private static final String ROLE_MODULE = """
            variable "role_name" {
              type    = string
              default = "HarnessDefault"
            }
            variable "external_id" {
              type = string
            }

            resource "aws_iam_role" "this" {
              name = var.role_name
              assume_role_policy = jsonencode({
                Version = "2012-10-17"
                Statement = [{
                  Effect    = "Allow"
                  Principal = { AWS = "arn:aws:iam::891928451355:root" }
                  Action    = "sts:AssumeRole"
                  Condition = { StringEquals = { "sts:ExternalId" = var.external_id } }
                }]
              })
            }

            output "role_arn" {
              value = aws_iam_role.this.arn
            }

            output "role_name" {
              value = aws_iam_role.this.name
            }
            """;

    private static String connector(String roleArn) {
        return """
                resource "harness_platform_connector_awscc" "ccm" {
                  identifier = "ccm"
                  name       = "ccm"
                  account_id = "123456789012"
                  features_enabled = ["VISIBILITY"]
                  cross_account_access {
                    role_arn    = %s
                    external_id = "harness:891928451355:abc"
                  }
                }
                """.formatted(roleArn);
    }

    private static Role role(Workspace ws, String name) {
        return ws.roles().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + ws.roles().stream().map(Role::name).toList()));
    }

    private static Scalar externalIdInTrust(Role r) {
        return r.trustPolicy().statements().get(0).conditions().get(0).values().get(0);
    }

    @Test
    void argumentsFlowInAndOutputsFlowBackToTheConnector() throws Exception {
        write("live/main.tf", """
                module "ccm" {
                  source      = "../modules/role"
                  role_name   = "HarnessCERole"
                  external_id = "harness:891928451355:abc"
                }
                """ + connector("module.ccm.role_arn"));
        write("modules/role/main.tf", ROLE_MODULE);
        Workspace ws = workspace();
        Role instance = role(ws, "module.ccm.aws_iam_role.this");
        assertThat(instance.awsName()).isEqualTo("HarnessCERole");
        assertThat(instance.span().file().displayPath()).isEqualTo("modules/role/main.tf");
        Scalar externalId = externalIdInTrust(instance);
        assertThat(externalId.known()).isEqualTo("harness:891928451355:abc");
        assertThat(externalId.span().file().displayPath()).as("where the user changes it: the argument")
                .isEqualTo("live/main.tf");
        assertThat(externalId.span().startLine()).isEqualTo(4);
        HarnessConnector c = ws.connectors().get(0);
        assertThat(ws.rolesOf(c)).extracting(Role::name).containsExactly("module.ccm.aws_iam_role.this");
        Scalar arn = c.roleArns().get(0).arn();
        assertThat(arn.span().file().displayPath() + ":" + arn.span().startLine() + " " + arn.span().text())
                .as("an output unknown in the module is located where the caller reads it")
                .isEqualTo("live/main.tf:12 module.ccm.role_arn");
        assertThat(arn.reference()).isEqualTo("module.ccm.aws_iam_role.this.arn");
        assertThat(ws.connectorRoles()).extracting(Role::name).contains("module.ccm.aws_iam_role.this");
        // the module folder on its own: the default applies, the variable without one stays unknown
        Role alone = role(ws, "aws_iam_role.this");
        assertThat(alone.awsName()).isEqualTo("HarnessDefault");
        assertThat(externalIdInTrust(alone).isKnown()).isFalse();
        assertThat(ws.notes()).isEmpty();
        assertThat(ws.relocation(instance.span().file())).as("a linted module is reported where it is").isNull();
    }

    @Test
    void forEachAndCountMakeOneInstancePerKeyAndIndex() throws Exception {
        write("main.tf", """
                module "irsa" {
                  for_each    = { a = "RoleA", b = "RoleB" }
                  source      = "./role"
                  role_name   = each.value
                  external_id = "harness:891928451355:${each.key}"
                }
                module "counted" {
                  count       = 2
                  source      = "./role"
                  role_name   = "Counted${count.index}"
                  external_id = "x"
                }
                """ + connector("module.irsa[\"b\"].role_arn"));
        write("role/main.tf", ROLE_MODULE);
        Workspace ws = workspace();
        assertThat(role(ws, "module.irsa[\"a\"].aws_iam_role.this").awsName()).isEqualTo("RoleA");
        Role b = role(ws, "module.irsa[\"b\"].aws_iam_role.this");
        assertThat(externalIdInTrust(b).known()).isEqualTo("harness:891928451355:b");
        assertThat(role(ws, "module.counted[1].aws_iam_role.this").awsName()).isEqualTo("Counted1");
        assertThat(ws.rolesOf(ws.connectors().get(0))).extracting(Role::name)
                .containsExactly("module.irsa[\"b\"].aws_iam_role.this");
    }

    @Test
    void nestedModulesPassOutputsUpAndKeepTheFullAddress() throws Exception {
        write("main.tf", """
                module "outer" {
                  source = "./outer"
                  name   = "Nested"
                }
                """ + connector("module.outer.arn"));
        write("outer/main.tf", """
                variable "name" {}
                module "inner" {
                  source      = "../role"
                  role_name   = "${var.name}Role"
                  external_id = "e"
                }
                output "arn" {
                  value = module.inner.role_arn
                }
                """);
        write("role/main.tf", ROLE_MODULE);
        Workspace ws = workspace();
        Role inner = role(ws, "module.outer.module.inner.aws_iam_role.this");
        assertThat(inner.awsName()).isEqualTo("NestedRole");
        assertThat(ws.rolesOf(ws.connectors().get(0))).extracting(Role::name)
                .containsExactly("module.outer.module.inner.aws_iam_role.this");
    }

    @Test
    void aRootModuleAttachesAPolicyToARoleItsModuleMakes() throws Exception {
        write("main.tf", """
                module "ccm" {
                  source      = "./role"
                  external_id = "e"
                }
                resource "aws_iam_policy" "extra" {
                  name = "extra"
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{ Effect = "Allow", Action = "ec2:DescribeRegions", Resource = "*" }]
                  })
                }
                resource "aws_iam_role_policy_attachment" "extra" {
                  role       = module.ccm.role_name
                  policy_arn = aws_iam_policy.extra.arn
                }
                """);
        write("role/main.tf", ROLE_MODULE);
        Workspace ws = workspace();
        Role instance = role(ws, "module.ccm.aws_iam_role.this");
        assertThat(instance.policies()).extracting(PolicyDocument::name).containsExactly("aws_iam_policy.extra");
        assertThat(role(ws, "aws_iam_role.this").policies()).as("not the module on its own").isEmpty();
    }

    @Test
    void downloadedModulesResolveThroughTheManifestAndReportAtTheCall() throws Exception {
        write("main.tf", """
                module "ccm" {
                  source      = "harness-community/harness-ccm/aws"
                  version     = "0.1.0"
                  external_id = "harness:891928451355:abc"
                }
                """ + connector("module.ccm.role_arn"));
        write(".terraform/modules/ccm/main.tf", ROLE_MODULE);
        write(".terraform/modules/modules.json", """
                {"Modules":[{"Key":"","Source":"","Dir":"."},
                 {"Key":"ccm","Source":"registry.terraform.io/harness-community/harness-ccm/aws","Version":"0.1.0",
                  "Dir":".terraform/modules/ccm"}]}
                """);
        Workspace ws = workspace();
        Role instance = role(ws, "module.ccm.aws_iam_role.this");
        assertThat(ws.rolesOf(ws.connectors().get(0))).extracting(Role::name).containsExactly(instance.name());
        assertThat(ws.relocation(instance.span().file()).at(instance.span()).text()).isEqualTo("module \"ccm\"");
        assertThat(ws.roles()).as("a downloaded module is not linted on its own").hasSize(1);
        assertThat(ws.notes()).isEmpty();
        assertThat(ModuleCalls.of(ws).get(0).variables()).containsOnlyKeys("role_name", "external_id");
    }

    @Test
    void withoutTheManifestARemoteModuleIsUnknownAndTheSummarySaysSo() throws Exception {
        write("main.tf", """
                module "ccm" {
                  source = "harness-community/harness-ccm/aws"
                }
                module "unknown_count" {
                  count  = length(var.accounts)
                  source = "./role"
                  external_id = "e"
                }
                variable "accounts" {}
                """ + connector("module.ccm.role_arn"));
        write("role/main.tf", ROLE_MODULE);
        Workspace ws = workspace();
        assertThat(ws.rolesOf(ws.connectors().get(0))).isEmpty();
        Scalar arn = ws.connectors().get(0).roleArns().get(0).arn();
        assertThat(arn.isKnown()).isFalse();
        assertThat(arn.reference()).isEqualTo("module.ccm.role_arn");
        assertThat(ws.notes()).containsExactly("2 Terraform module calls not followed (what they give is unknown):"
                + " 1 not downloaded (a registry or git source: run `terraform init` in the root module),"
                + " 1 with a count or for_each not known statically");
        assertThat(ws.roles()).extracting(Role::name).containsExactly("aws_iam_role.this");
    }

    @Test
    @Timeout(60)
    void aCycleOfModulesIsReportedAndNotFollowed() throws Exception {
        write("a/main.tf", "module \"b\" {\n  source = \"../b\"\n}\n");
        write("b/main.tf", "module \"a\" {\n  source = \"../a\"\n}\n");
        write("self/main.tf", "module \"me\" {\n  source = \"./\"\n}\n");
        Workspace ws = workspace();
        assertThat(ws.parseFailures()).extracting(ParseFailure::message)
                .allMatch(m -> m.startsWith("Terraform module call cycle:"))
                .hasSize(3);
        assertThat(ws.parseFailures()).extracting(f -> f.span().file().displayPath() + ":" + f.span().text())
                .containsExactlyInAnyOrder("a/main.tf:\"../b\"", "b/main.tf:\"../a\"", "self/main.tf:\"./\"");
    }

    @Test
    @Timeout(60)
    void aThousandInstancesAreEvaluatedAndMoreThanTheBoundAreNot() throws Exception {
        String keys = IntStream.range(0, 1000).mapToObj(i -> "\"" + i + "\"").collect(Collectors.joining(", "));
        write("main.tf", """
                module "many" {
                  for_each    = toset([%s])
                  source      = "./role"
                  role_name   = "R${each.key}"
                  external_id = "e"
                }
                """.formatted(keys));
        write("role/main.tf", ROLE_MODULE);
        write("big/main.tf", """
                module "too_many" {
                  count       = 5000
                  source      = "../role"
                  external_id = "e"
                }
                module "too_many_again" {
                  count       = 3000
                  source      = "../role"
                  external_id = "e"
                }
                """);
        // 60 blocks called 1,000 times: within the instance bound, past the bound on their blocks
        write("wide/module/main.tf", IntStream.range(0, 60).mapToObj(i -> "resource \"aws_iam_policy\" \"p" + i + "\" {}\n")
                .collect(Collectors.joining()));
        write("wide/main.tf", "module \"wide\" {\n  count  = 1000\n  source = \"./module\"\n}\n");
        Workspace ws = workspace();
        assertThat(ws.roles().stream().filter(r -> r.name().startsWith("module.many[")).count()).isEqualTo(1000);
        assertThat(role(ws, "module.many[\"999\"].aws_iam_role.this").awsName()).isEqualTo("R999");
        assertThat(ws.roles()).noneMatch(r -> r.name().startsWith("module.too_many"));
        assertThat(ws.parseFailures()).extracting(f -> f.span().file().displayPath() + ": " + f.message()).containsExactlyInAnyOrder(
                "big/main.tf: Terraform modules not fully evaluated: module \"too_many\" would take this root module past "
                        + ModuleTree.MAX_INSTANCES + " module instances or " + ModuleTree.MAX_BLOCKS + " blocks in them;"
                        + " its outputs are unknown, and so are those of the later calls past the bound",
                "wide/main.tf: Terraform modules not fully evaluated: module \"wide\" would take this root module past "
                        + ModuleTree.MAX_INSTANCES + " module instances or " + ModuleTree.MAX_BLOCKS + " blocks in them;"
                        + " its outputs are unknown, and so are those of the later calls past the bound");
        assertThat(ws.notes()).containsExactly("1 Terraform module call not followed (what they give is unknown):"
                + " 1 past the bound of module instances of their root module");
    }

    @Test
    @Timeout(60)
    void aModuleTwentyLevelsDeepIsBounded() throws Exception {
        for (int i = 0; i < 20; i++) {
            write("m" + i + "/main.tf", "variable \"n\" { default = 0 }\nmodule \"next\" {\n  source = \"../m" + (i + 1)
                    + "\"\n  n = var.n + 1\n}\noutput \"depth\" {\n  value = module.next.depth\n}\n");
        }
        write("m20/main.tf", "variable \"n\" {}\noutput \"depth\" {\n  value = var.n\n}\n");
        Workspace ws = workspace();
        List<String> failures = ws.parseFailures().stream().map(f -> f.span().file().displayPath() + ": " + f.message())
                .collect(Collectors.toList());
        assertThat(failures).as("only the roots more than 16 calls above m20 reach the bound")
                .containsExactlyInAnyOrder(IntStream.range(0, 4).mapToObj(i -> "m" + (i + 16) + "/main.tf: Terraform modules not"
                        + " fully evaluated: module \"next\" is nested more than 16 calls deep; its outputs are unknown")
                        .distinct().toArray(String[]::new));
    }

    @Test
    void connectorRoleGlobsMatchModuleAddresses() throws Exception {
        write("main.tf", """
                module "ccm" {
                  source      = "./role"
                  role_name   = "Other"
                  external_id = "e"
                }
                """);
        write("role/main.tf", ROLE_MODULE.replace("891928451355", "123456789012"));
        write(".ccm-lint.yml", "connectorRoles: [\"module.ccm.*\"]\n");
        LintConfig config = io.ccmlint.core.config.ConfigLoader.load(dir.resolve(".ccm-lint.yml"));
        Workspace ws = workspace(config);
        assertThat(ws.connectorRoles()).extracting(Role::name).containsExactly("module.ccm.aws_iam_role.this");
    }

    @Test
    void rootVariablesFromVariablesFilesFlowIntoModuleCalls() throws Exception {
        write("live/main.tf", """
                variable "role_name" {}
                module "ccm" {
                  source      = "../role"
                  role_name   = var.role_name
                  external_id = "e"
                }
                """);
        write("live/terraform.tfvars", "role_name = \"FromTfvars\"\n");
        write("live/prod.auto.tfvars", "role_name = \"FromAutoTfvars\"\n");
        write("role/main.tf", ROLE_MODULE);
        Role instance = role(workspace(), "module.ccm.aws_iam_role.this");
        assertThat(instance.awsName()).as("*.auto.tfvars after terraform.tfvars").isEqualTo("FromAutoTfvars");
    }

    @Test
    void attachmentsWithForEachAttachEachPolicyTheCallPasses() throws Exception {
        write("main.tf", """
                module "ccm" {
                  source      = "./role"
                  external_id = "e"
                  extra       = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
                }
                """);
        write("role/main.tf", ROLE_MODULE + """
                variable "extra" {
                  type    = list(string)
                  default = []
                }
                resource "aws_iam_role_policy_attachment" "extra" {
                  for_each   = toset(var.extra)
                  role       = aws_iam_role.this.name
                  policy_arn = each.value
                }
                resource "aws_iam_role_policy_attachment" "counted" {
                  count      = length(var.extra)
                  role       = aws_iam_role.this.name
                  policy_arn = var.extra[count.index]
                }
                """);
        Workspace ws = workspace();
        Role instance = role(ws, "module.ccm.aws_iam_role.this");
        assertThat(instance.managedPolicyArns()).extracting(Scalar::known).containsExactly(
                "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess",
                "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
        assertThat(instance.unresolvedPolicies()).isEmpty();
        Role alone = role(ws, "aws_iam_role.this");
        assertThat(alone.managedPolicyArns()).as("the default: nothing").isEmpty();
        assertThat(alone.unresolvedPolicies()).isEmpty();
    }

    @Test
    void policyDocumentsWithDynamicBlocksOrMergedDocumentsAreNotTakenAsWhole() throws Exception {
        // the shape of terraform-aws-modules/iam's IRSA role: a trust built from dynamic statements
        write("main.tf", """
                variable "oidc_providers" { default = {} }
                data "aws_iam_policy_document" "trust" {
                  dynamic "statement" {
                    for_each = var.oidc_providers
                    content {
                      actions = ["sts:AssumeRoleWithWebIdentity"]
                      principals {
                        type        = "Federated"
                        identifiers = [statement.value.provider_arn]
                      }
                    }
                  }
                }
                data "aws_iam_policy_document" "merged" {
                  source_policy_documents = [data.aws_iam_policy_document.trust.json]
                  statement {
                    actions   = ["s3:GetObject"]
                    resources = ["*"]
                  }
                }
                resource "aws_iam_role" "irsa" {
                  name               = "irsa"
                  assume_role_policy = data.aws_iam_policy_document.trust.json
                }
                resource "aws_iam_role_policy" "p" {
                  role   = aws_iam_role.irsa.id
                  policy = data.aws_iam_policy_document.merged.json
                }
                """);
        Workspace ws = workspace();
        Role irsa = role(ws, "aws_iam_role.irsa");
        assertThat(irsa.trustPolicy()).as("a trust whose statements are dynamic is not known").isNull();
        assertThat(irsa.policies()).isEmpty();
        assertThat(irsa.unresolvedPolicies()).as("a policy merged from others may grant more").hasSize(1);
        assertThat(ws.policies()).extracting(PolicyDocument::name).contains("data.aws_iam_policy_document.merged");
    }

    @Test
    void blocksWithACountOfZeroOrAnEmptyForEachAreNotModelled() throws Exception {
        write("main.tf", """
                module "on" {
                  source = "./optional"
                  attach = true
                }
                module "off" {
                  source = "./optional"
                }
                """);
        write("optional/main.tf", """
                variable "attach" { default = false }
                variable "unknown" {}
                data "aws_iam_policy_document" "extra" {
                  count = var.attach ? 1 : 0
                  statement {
                    actions   = ["s3:*"]
                    resources = ["*"]
                  }
                }
                resource "aws_iam_policy" "none" {
                  for_each = toset([])
                  policy   = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] })
                }
                resource "aws_iam_policy" "maybe" {
                  count  = var.unknown ? 1 : 0
                  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] })
                }
                """);
        Workspace ws = workspace();
        assertThat(ws.policies()).extracting(PolicyDocument::name).containsExactlyInAnyOrder(
                "module.on.data.aws_iam_policy_document.extra", // attach = true: one instance
                "aws_iam_policy.maybe", "module.on.aws_iam_policy.maybe", "module.off.aws_iam_policy.maybe"); // count not known: kept
    }
}
