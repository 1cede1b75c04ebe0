package io.ccmlint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.edit.JsonPolicyEditor;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies that Terraform reads with file() and templatefile() (issue #20): located in the file
 * they read, edited there, one document per file, nothing read outside the module folders.
 */
class TerraformFileFunctionsTest {
    @TempDir
    Path dir;

    private static final String PERMISSIONS = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": "s3:*",
                  "Resource": "*"
                }
              ]
            }
            """;

    private static final String TRUST = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Principal": { "Service": "ec2.amazonaws.com" },
                  "Action": "sts:AssumeRole"
                }
              ]
            }
            """;

    private static final String ROLE = """
            resource "aws_iam_role" "deploy" {
              name               = "deploy"
              assume_role_policy = file("${path.module}/trust.json")
            }
            resource "aws_iam_policy" "deploy" {
              name   = "deploy"
              policy = file("${path.module}/policies/deploy.json")
            }
            resource "aws_iam_role_policy_attachment" "deploy" {
              role       = aws_iam_role.deploy.name
              policy_arn = aws_iam_policy.deploy.arn
            }
            """;

    private Workspace workspace(Path root) throws Exception {
        return workspace(root, ParseLimits.DEFAULT);
    }

    private Workspace workspace(Path root, ParseLimits limits) throws Exception {
        return new Linter(RuleRegistry.of(List.of()), LintConfig.defaults(root), 2, limits, root).lint(List.of(root)).workspace();
    }

    private Path write(String relative, String text) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static Role role(Workspace ws, String address) {
        return ws.roles().stream().filter(r -> r.name().equals(address)).findFirst().orElseThrow();
    }

    private static Scalar action(PolicyDocument d) {
        return d.statements().get(0).actions().values().get(0);
    }

    @Test
    void anAttachedPolicyReadByFileIsLocatedInTheJsonFileAndEditedThere() throws Exception {
        write("main.tf", ROLE);
        write("trust.json", TRUST);
        write("policies/deploy.json", PERMISSIONS);
        Role role = role(workspace(dir), "aws_iam_role.deploy");
        assertThat(role.unresolvedPolicies()).isEmpty();
        assertThat(role.policies()).hasSize(1);
        PolicyDocument deploy = role.policies().get(0);
        assertThat(deploy.file().displayPath()).isEqualTo("policies/deploy.json");
        assertThat(deploy.name()).isEqualTo("policies/deploy.json");
        Scalar action = action(deploy);
        assertThat(action.known()).isEqualTo("s3:*");
        assertThat(action.span().file()).isSameAs(deploy.file());
        assertThat(action.span().text()).isEqualTo("\"s3:*\"");
        assertThat(action.span().startLine()).isEqualTo(6);
        assertThat(action.span().startColumn()).isEqualTo(17);
        Statement st = deploy.statements().get(0);
        assertThat(st.span().startLine()).isEqualTo(4);
        assertThat(st.span().startColumn()).isEqualTo(5);
        assertThat(deploy.editor()).isInstanceOf(JsonPolicyEditor.class);
        var edit = deploy.editor().setVersion("2012-10-16").orElseThrow().get(0); // JSON text edited in the JSON file
        assertThat(edit.span().file()).isSameAs(deploy.file());
        assertThat(edit.span().text()).isEqualTo("\"2012-10-17\"");
        // the trust policy too, and the role's principal now has every policy readable
        assertThat(role.trustPolicy().file().displayPath()).isEqualTo("trust.json");
        assertThat(role.trustPolicy().isTrustPolicy()).isTrue();
    }

    @Test
    void theRolesPrincipalHasTheFilesPolicyReadable() throws Exception {
        write("main.tf", ROLE);
        write("trust.json", TRUST);
        write("policies/deploy.json", PERMISSIONS);
        Workspace ws = workspace(dir);
        IamPrincipal p = ws.principals().stream().filter(x -> x.address().equals("aws_iam_role.deploy")).findFirst()
                .orElseThrow();
        assertThat(p.hasUnreadablePolicies()).isFalse();
        assertThat(p.documents()).extracting(d -> d.file().displayPath()).contains("policies/deploy.json");
        assertThat(p.policies()).filteredOn(PolicyAttachment::readable).isNotEmpty();
    }

    @Test
    void eachStatementIsInTheWorkspaceOnce() throws Exception {
        write("main.tf", ROLE);
        write("trust.json", TRUST);
        write("policies/deploy.json", PERMISSIONS);
        Workspace ws = workspace(dir);
        Role role = role(ws, "aws_iam_role.deploy");
        // trust.json (it names a Principal) is a model of the workspace: Terraform's role holds that very document
        List<PolicyDocument> trust = ws.policies().stream().filter(d -> d.file().displayPath().equals("trust.json")).toList();
        assertThat(trust).hasSize(1);
        assertThat(trust.get(0)).isSameAs(role.trustPolicy());
        // deploy.json is a permission policy of its own, checked on its own: not added to the workspace again
        assertThat(ws.policies()).noneMatch(d -> d.file().displayPath().equals("policies/deploy.json"));
    }

    @Test
    void aFileTheRunDoesNotLintIsAddedOnceWhateverReadsIt() throws Exception {
        write("main.tf", """
                locals { doc = file("${path.module}/policy.txt") }
                resource "aws_iam_policy" "a" { policy = local.doc }
                resource "aws_iam_policy" "b" { policy = file("policy.txt") }
                """);
        write("policy.txt", PERMISSIONS);
        Workspace ws = workspace(dir);
        List<PolicyDocument> read = ws.policies().stream().filter(d -> d.file().displayPath().equals("policy.txt")).toList();
        assertThat(read).hasSize(1);
        assertThat(action(read.get(0)).span().startLine()).isEqualTo(6);
    }

    @Test
    void pathModuleInACalledModuleAndRelativePathsFromTheRoot() throws Exception {
        write("main.tf", """
                module "iam" {
                  source = "./modules/iam"
                }
                """);
        write("modules/iam/main.tf", """
                resource "aws_iam_role" "r" {
                  name               = "r"
                  assume_role_policy = file("${path.module}/trust.json")
                  inline_policy {
                    name   = "from-the-root"
                    policy = file("shared/policy.json")
                  }
                }
                """);
        write("modules/iam/trust.json", TRUST);
        write("shared/policy.json", PERMISSIONS);
        write("modules/iam/shared/policy.json", "{\"Statement\": [{\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}]}");
        Workspace ws = workspace(dir);
        Role r = role(ws, "module.iam.aws_iam_role.r");
        assertThat(r.trustPolicy().file().displayPath()).isEqualTo("modules/iam/trust.json");
        // Terraform resolves a relative path against the working directory: the root module's folder
        assertThat(r.policies()).extracting(d -> d.file().displayPath()).containsExactly("shared/policy.json");
        assertThat(r.unresolvedPolicies()).isEmpty();
    }

    @Test
    void templatefileIsLocatedInTheTemplateAndAVarsValueAtItsInterpolation() throws Exception {
        write("main.tf", """
                variable "bucket" { default = "logs" }
                resource "aws_iam_role" "r" {
                  name               = "r"
                  assume_role_policy = "{}"
                }
                resource "aws_iam_role_policy" "p" {
                  role   = aws_iam_role.r.id
                  policy = templatefile("${path.module}/policy.json.tpl", { bucket = var.bucket, other = aws_s3_bucket.o.arn })
                }
                """);
        write("policy.json.tpl", """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": ["s3:GetObject", "s3:PutObject"],
                      "Resource": ["arn:aws:s3:::${bucket}/*", "${other}/*"]
                    }
                  ]
                }
                """);
        Workspace ws = workspace(dir);
        Role r = role(ws, "aws_iam_role.r");
        assertThat(r.unresolvedPolicies()).isEmpty();
        PolicyDocument d = r.policies().get(0);
        assertThat(d.name()).isEqualTo("aws_iam_role_policy.p");
        assertThat(d.file().displayPath()).isEqualTo("policy.json.tpl");
        Scalar get = action(d);
        assertThat(get.span().text()).isEqualTo("\"s3:GetObject\""); // literal text: where it is written
        assertThat(get.span().startLine()).isEqualTo(6);
        assertThat(get.style().literal()).isTrue();
        List<Scalar> resources = d.statements().get(0).resources().values();
        assertThat(resources.get(0).known()).isEqualTo("arn:aws:s3:::logs/*");
        assertThat(resources.get(0).style()).isEqualTo(ScalarStyle.HCL_EXPRESSION); // a var's value is computed text
        assertThat(resources.get(0).span().text()).isEqualTo("\"arn:aws:s3:::${bucket}/*\"");
        assertThat(resources.get(1).isPartial()).isTrue(); // an unknown var: a hole at its interpolation
        assertThat(resources.get(1).template().knownPrefix()).isEmpty();
        assertThat(d.editor()).isInstanceOf(JsonPolicyEditor.class);
        assertThat(ws.policies()).contains(d); // a .tpl is not linted on its own: the rendering is checked
    }

    @Test
    void whatAFileFunctionReadsIsFollowedThroughLocalsAndModuleVariables() throws Exception {
        write("main.tf", """
                locals {
                  rendered = templatefile("${path.module}/policy.json.tpl", { bucket = "logs" })
                }
                module "role" {
                  source   = "./modules/role"
                  policy   = local.rendered
                  trust    = file("${path.module}/trust.json")
                }
                """);
        write("modules/role/main.tf", """
                variable "policy" { type = string }
                variable "trust" { type = string }
                resource "aws_iam_role" "r" {
                  name               = "r"
                  assume_role_policy = var.trust
                  inline_policy {
                    name   = "p"
                    policy = var.policy
                  }
                }
                """);
        write("trust.json", TRUST);
        write("policy.json.tpl", PERMISSIONS.replace("\"*\"\n", "\"arn:aws:s3:::${bucket}/*\"\n"));
        Role r = role(workspace(dir), "module.role.aws_iam_role.r");
        assertThat(r.unresolvedPolicies()).isEmpty();
        assertThat(r.trustPolicy().file().displayPath()).isEqualTo("trust.json");
        PolicyDocument p = r.policies().get(0);
        assertThat(p.file().displayPath()).isEqualTo("policy.json.tpl");
        Scalar resource = p.statements().get(0).resources().values().get(0);
        assertThat(resource.known()).isEqualTo("arn:aws:s3:::logs/*");
        assertThat(resource.span().startLine()).isEqualTo(7);
        assertThat(action(p).span().text()).isEqualTo("\"s3:*\"");
    }

    @Test
    void aTemplateWithDirectivesIsLocatedButNotEditedInPlace() throws Exception {
        write("main.tf", """
                resource "aws_iam_policy" "p" {
                  policy = templatefile("policy.tftpl", { actions = ["s3:GetObject", "s3:ListBucket"], admin = true })
                }
                """);
        write("policy.tftpl", """
                {
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": [
                %{ for a in actions ~}
                        "${a}",
                %{ endfor ~}
                        "s3:GetBucketLocation"
                      ],
                      "Resource": "*"
                    }%{ if admin },
                    { "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*" }%{ endif }
                  ]
                }
                """);
        Workspace ws = workspace(dir);
        PolicyDocument d = ws.policies().stream().filter(x -> x.name().equals("aws_iam_policy.p")).findFirst().orElseThrow();
        assertThat(d.editor()).isSameAs(PolicyEditor.NONE);
        assertThat(d.statements()).hasSize(2);
        assertThat(d.statements().get(0).actions().values()).extracting(Scalar::known)
                .containsExactly("s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation");
        Scalar passRole = d.statements().get(1).actions().values().get(0);
        assertThat(passRole.span().text()).isEqualTo("\"iam:PassRole\"");
        assertThat(passRole.span().startLine()).isEqualTo(13);
        assertThat(passRole.style()).isEqualTo(ScalarStyle.HCL_EXPRESSION); // inside a directive: not rewritten in place
        assertThat(d.statements().get(0).actions().values().get(2).style()).isNotEqualTo(ScalarStyle.HCL_EXPRESSION);
    }

    @Test
    void nothingOutsideTheModuleFoldersAndNothingTooLargeIsRead() throws Exception {
        Path root = dir.resolve("root");
        Path outside = dir.resolve("outside.json");
        Files.writeString(outside, PERMISSIONS);
        Files.createDirectories(root.resolve("policies"));
        Files.writeString(root.resolve("policies/big.json"), PERMISSIONS + " ".repeat(4000));
        Path link = root.resolve("link.json");
        boolean linked;
        try {
            Files.createSymbolicLink(link, outside);
            linked = true;
        } catch (UnsupportedOperationException | java.io.IOException e) {
            linked = false;
        }
        Files.writeString(root.resolve("main.tf"), """
                resource "aws_iam_role" "r" {
                  name               = "r"
                  assume_role_policy = "{}"
                  inline_policy {
                    name   = "a"
                    policy = file("../outside.json")
                  }
                  inline_policy {
                    name   = "b"
                    policy = file("%s")
                  }
                  inline_policy {
                    name   = "c"
                    policy = file("/etc/passwd")
                  }
                  inline_policy {
                    name   = "d"
                    policy = file("${path.module}/policies")
                  }
                  inline_policy {
                    name   = "e"
                    policy = file("missing.json")
                  }
                  inline_policy {
                    name   = "f"
                    policy = file("link.json")
                  }
                  inline_policy {
                    name   = "g"
                    policy = file("~/policy.json")
                  }
                }
                """.formatted(outside.toAbsolutePath().toString().replace("\\", "/")));
        Role r = role(workspace(root), "aws_iam_role.r");
        assertThat(r.policies()).isEmpty();
        assertThat(r.unresolvedPolicies()).hasSize(7).allMatch(Scalar::isUnknown);
        if (linked) {
            assertThat(r.unresolvedPolicies().get(5).span().text()).isEqualTo("file(\"link.json\")");
        }
        // too large for the run's limits: unknown too (the .tf itself is smaller than the limit)
        Files.writeString(root.resolve("main.tf"), """
                resource "aws_iam_role" "r" {
                  name               = "r"
                  assume_role_policy = "{}"
                  inline_policy {
                    name   = "big"
                    policy = file("policies/big.json")
                  }
                }
                """);
        assertThat(role(workspace(root), "aws_iam_role.r").policies()).hasSize(1);
        ParseLimits small = new ParseLimits(100, 1000, 2000, 10);
        Role limited = role(workspace(root, small), "aws_iam_role.r");
        assertThat(limited.policies()).isEmpty();
        assertThat(limited.unresolvedPolicies()).hasSize(1);
    }

    @Test
    void aNamedPipeInTheModuleFolderIsNotRead() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
        write("main.tf", """
                resource "aws_iam_role" "r" {
                  name               = "r"
                  assume_role_policy = "{}"
                  inline_policy {
                    name   = "pipe"
                    policy = file("${path.module}/pipe.txt")
                  }
                }
                """);
        Role r = role(workspace(dir), "aws_iam_role.r"); // would block forever if it were opened
        assertThat(r.policies()).isEmpty();
        assertThat(r.unresolvedPolicies()).hasSize(1);
    }

    @Test
    void anEditorsTextOfTheFileIsWhatTerraformReadsAndTheMemoryRebuildsWhenItChanges() throws Exception {
        write("main.tf", ROLE);
        write("trust.json", TRUST);
        Path deploy = write("policies/deploy.json", PERMISSIONS);
        Linter linter = new Linter(RuleRegistry.of(List.of()), LintConfig.defaults(dir), 2, ParseLimits.DEFAULT, dir);
        io.ccmlint.core.engine.LintMemory memory = new io.ccmlint.core.engine.LintMemory();
        memory.watched(true);
        java.util.Map<Path, String> open = new java.util.HashMap<>();
        Workspace first = linter.lint(List.of(dir), open, memory).workspace();
        assertThat(action(role(first, "aws_iam_role.deploy").policies().get(0)).known()).isEqualTo("s3:*");
        assertThat(linter.lint(List.of(dir), open, memory).workspace()).isSameAs(first); // nothing changed: kept
        open.put(deploy.toAbsolutePath().normalize(), PERMISSIONS.replace("s3:*", "s3:GetObject")); // unsaved
        Workspace edited = linter.lint(List.of(dir), open, memory).workspace();
        assertThat(action(role(edited, "aws_iam_role.deploy").policies().get(0)).known()).isEqualTo("s3:GetObject");
    }

    @Test
    void aFileOfAModuleOutsideTheLintedPathsIsReportedAtTheCall() throws Exception {
        Path ext = dir.getParent().resolve(dir.getFileName() + "-ext");
        Files.createDirectories(ext);
        Files.writeString(ext.resolve("main.tf"), "resource \"aws_iam_policy\" \"p\" { policy = file(\"${path.module}/p.json\") }\n");
        Files.writeString(ext.resolve("p.json"), PERMISSIONS);
        write("main.tf", "module \"ext\" {\n  source = \"../" + ext.getFileName() + "\"\n}\n");
        Workspace ws = workspace(dir);
        PolicyDocument d = ws.policies().stream().filter(x -> x.file().path().getFileName().toString().equals("p.json"))
                .findFirst().orElseThrow();
        Span call = ws.relocation(d.file()).at(action(d).span());
        assertThat(call.file().displayPath()).isEqualTo("main.tf");
        assertThat(call.text()).isEqualTo("module \"ext\"");
    }
}
