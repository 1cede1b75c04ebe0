package io.ccmlint.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server over JSON-RPC, driven by LSP4J's client side as an editor drives it. */
class LanguageServerTest {
    @TempDir
    Path dir;

    private static final String NO_VERSION = "{\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n"
            + "      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::artifacts/*\"\n    }\n  ]\n}\n";
    private static final String NO_VERSION_YAML = "Statement:\n  - Effect: Allow\n    Action: s3:GetObject\n"
            + "    Resource: arn:aws:s3:::artifacts/*\n";

    private InitializeResult initialize(LspClient c) throws Exception {
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(LspClient.uri(dir), "ws")));
        InitializeResult r = c.server.initialize(init).get(30, TimeUnit.SECONDS);
        c.server.initialized(new InitializedParams());
        return r;
    }

    private static void open(LspClient c, String uri, String language, String text) {
        c.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, language, 1, text)));
    }

    private static void change(LspClient c, String uri, int version, String text) {
        c.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    private static List<CodeAction> actions(LspClient c, String uri, Diagnostic d) throws Exception {
        return c.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), d.getRange(),
                new CodeActionContext(List.of(d)))).get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
    }

    private static List<String> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    @Test
    void diagnosticsQuickFixHoverChangeAndShutdown() throws Exception {
        Path file = Files.writeString(dir.resolve("policy.json"), NO_VERSION);
        String uri = LspClient.uri(file);
        try (LspClient c = new LspClient()) {
            InitializeResult init = initialize(c);
            assertThat(init.getCapabilities().getHoverProvider().getLeft()).isTrue();
            assertThat(init.getCapabilities().getCodeActionProvider().getRight().getCodeActionKinds()).contains("quickfix");

            open(c, uri, "json", NO_VERSION);
            PublishDiagnosticsParams first = c.next(uri);
            assertThat(codes(first)).containsExactly("CCM108");
            Diagnostic d = first.getDiagnostics().get(0);
            assertThat(d.getSource()).isEqualTo("ccm-lint");
            assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
            assertThat(d.getRange().getStart()).isEqualTo(new Position(0, 0));
            assertThat(d.getCodeDescription().getHref()).endsWith("/CCM108.md");

            Hover hover = c.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                    new Position(0, 0))).get(30, TimeUnit.SECONDS);
            assertThat(hover.getContents().getRight().getValue()).contains("**CCM108", "CCM108.md", "rule: CCM108",
                    "reason: \"\"", "until: \"2026-04-10\"");

            List<CodeAction> offered = actions(c, uri, d);
            assertThat(offered).extracting(CodeAction::getKind).startsWith("quickfix");
            CodeAction fix = offered.get(0);
            assertThat(fix.getTitle()).startsWith("CCM108: ").doesNotContain("(unsafe)");
            String fixed = LspClient.apply(NO_VERSION, fix.getEdit().getChanges().get(uri));
            assertThat(fixed).startsWith("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [");
            assertThat(offered).extracting(CodeAction::getTitle).anyMatch(t -> t.startsWith("Fix all safe"));
            assertThat(offered).extracting(CodeAction::getTitle).noneMatch(t -> t.startsWith("Suppress")); // JSON: no comments

            change(c, uri, 2, fixed);
            assertThat(c.next(uri).getDiagnostics()).isEmpty();
            assertThat(Files.readString(file)).isEqualTo(NO_VERSION); // the server never writes

            c.server.shutdown().get(30, TimeUnit.SECONDS);
            c.server.exit();
        }
    }

    @Test
    void suppressWithAReasonInsertsTheDirectiveThatAppliesOnceTheReasonIsWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("policy.yaml"), NO_VERSION_YAML);
        String uri = LspClient.uri(file);
        try (LspClient c = new LspClient()) {
            initialize(c);
            open(c, uri, "yaml", NO_VERSION_YAML);
            PublishDiagnosticsParams first = c.next(uri);
            assertThat(codes(first)).containsExactly("CCM108");
            CodeAction suppress = actions(c, uri, first.getDiagnostics().get(0)).stream()
                    .filter(a -> a.getTitle().startsWith("Suppress CCM108")).findFirst().orElseThrow();
            String text = LspClient.apply(NO_VERSION_YAML, suppress.getEdit().getChanges().get(uri));
            assertThat(text).startsWith("# ccm-lint:disable=CCM108 reason=\"\" until=2026-04-10\nStatement:\n");

            change(c, uri, 2, text); // no reason yet: CCM003 says so, and CCM108 stays
            assertThat(codes(c.next(uri))).containsExactlyInAnyOrder("CCM003", "CCM108");
            change(c, uri, 3, text.replace("reason=\"\"", "reason=\"legacy bucket, OPS-1\""));
            assertThat(c.next(uri).getDiagnostics()).isEmpty();
        }
    }

    @Test
    void anUnreadableConfigurationIsSaidAndTheServerGoesOn() throws Exception {
        Files.writeString(dir.resolve(".ccm-lint.yml"), "rules: [this is not a map\n");
        Path file = Files.writeString(dir.resolve("policy.json"), NO_VERSION);
        String uri = LspClient.uri(file);
        try (LspClient c = new LspClient()) {
            initialize(c);
            open(c, uri, "json", NO_VERSION);
            assertThat(c.next(uri).getDiagnostics()).isEmpty();
            var shown = c.shown.poll(30, TimeUnit.SECONDS);
            assertThat(shown.getType()).isEqualTo(MessageType.Error);
            assertThat(shown.getMessage()).contains(".ccm-lint.yml");
            assertThat(c.logged.poll(5, TimeUnit.SECONDS).getMessage()).isEqualTo(shown.getMessage());

            Files.writeString(dir.resolve(".ccm-lint.yml"), "rules: {}\n"); // fixed and saved: linted again
            c.server.getTextDocumentService().didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(
                    new TextDocumentIdentifier(LspClient.uri(dir.resolve(".ccm-lint.yml")))));
            assertThat(codes(c.next(uri))).containsExactly("CCM108");
        }
    }

    @Test
    void aConnectorRoleWithoutDescribeRegionsIsFixedFromItsQuickFix() throws Exception {
        Files.writeString(dir.resolve(".ccm-lint.yml"), "connectorPolicies:\n  - \"iam/connector-roles/**\"\n");
        String policy = "{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n            \"Effect\": \"Allow\",\n"
                + "            \"Action\": \"s3:GetObject\",\n            \"Resource\": [\"arn:aws:s3:::acme-artifacts/*\"]\n"
                + "        }\n    ]\n}\n";
        Path file = Files.createDirectories(dir.resolve("iam/connector-roles/s3-read")).resolve("HarnessS3Read.json");
        Files.writeString(file, policy);
        String uri = LspClient.uri(file);
        try (LspClient c = new LspClient()) {
            initialize(c);
            open(c, uri, "json", policy);
            PublishDiagnosticsParams first = c.next(uri);
            assertThat(codes(first)).containsExactly("CCM101");
            Diagnostic d = first.getDiagnostics().get(0);
            assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
            assertThat(d.getMessage().getLeft()).contains("ec2:DescribeRegions");
            CodeAction fix = actions(c, uri, d).get(0);
            assertThat(fix.getTitle()).startsWith("CCM101: add a statement allowing ec2:DescribeRegions");
            String fixed = LspClient.apply(policy, fix.getEdit().getChanges().get(uri));
            assertThat(fixed).contains("\"ec2:DescribeRegions\"").startsWith(policy.substring(0, policy.indexOf("        }")));
            change(c, uri, 2, fixed);
            assertThat(c.next(uri).getDiagnostics()).isEmpty();
        }
    }

    @Test
    void anUnsafeFixIsOfferedAsSuchAndNotAmongTheSafeOnes() throws Exception {
        String policy = "{\n  \"Version\": \"2008-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n"
                + "      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::home/${aws:username}/*\"\n    }\n  ]\n}\n";
        Path file = Files.writeString(dir.resolve("home.json"), policy);
        String uri = LspClient.uri(file);
        try (LspClient c = new LspClient()) {
            initialize(c);
            open(c, uri, "json", policy);
            PublishDiagnosticsParams first = c.next(uri);
            assertThat(codes(first)).containsExactly("CCM108");
            assertThat(first.getDiagnostics().get(0).getRange().getStart()).isEqualTo(new Position(1, 13));
            List<CodeAction> offered = actions(c, uri, first.getDiagnostics().get(0));
            assertThat(offered).hasSize(1); // no safe fix: no "fix all safe"; JSON: no suppress comment
            assertThat(offered.get(0).getTitle()).startsWith("CCM108: ").endsWith(" (unsafe)");
            assertThat(offered.get(0).getIsPreferred()).isFalse();
        }
    }

    @Test
    void relatedPlacesBecomeRelatedInformation() throws Exception {
        String policy = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n"
                + "    {\"Sid\": \"Read\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::a/*\"},\n"
                + "    {\"Sid\": \"Read\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/*\"}\n"
                + "  ]\n}\n";
        Path file = Files.writeString(dir.resolve("sids.json"), policy);
        String uri = LspClient.uri(file);
        try (LspClient c = new LspClient()) {
            initialize(c);
            open(c, uri, "json", policy);
            Diagnostic d = c.next(uri).getDiagnostics().stream().filter(x -> x.getCode().getLeft().equals("CCM117"))
                    .findFirst().orElseThrow();
            assertThat(d.getRange().getStart().getLine()).isEqualTo(4);
            assertThat(d.getRelatedInformation()).hasSize(1);
            var related = d.getRelatedInformation().get(0);
            assertThat(related.getLocation().getUri()).isEqualTo(uri);
            assertThat(related.getLocation().getRange().getStart().getLine()).isEqualTo(3);
            assertThat(related.getMessage()).contains("the first statement with Sid \"Read\"");
        }
    }

    @Test
    void aNewBufferNeverSavedIsLinted() throws Exception {
        String uri = LspClient.uri(dir.resolve("drafts/new-policy.json"));
        try (LspClient c = new LspClient()) {
            initialize(c);
            open(c, uri, "json", NO_VERSION);
            assertThat(codes(c.next(uri))).containsExactly("CCM108");
            assertThat(c.shown).isEmpty();
        }
        assertThat(dir.resolve("drafts")).doesNotExist();
    }

    @Test
    void terraformGetsTheSuppressCommentButNotInsideAHeredoc() throws Exception {
        String encoded = "resource \"aws_iam_policy\" \"deploy\" {\n  name = \"deploy\"\n  policy = jsonencode({\n"
                + "    Statement = [{\n      Effect   = \"Allow\"\n      Action   = \"s3:GetObject\"\n"
                + "      Resource = \"arn:aws:s3:::a/*\"\n    }]\n  })\n}\n";
        String heredoc = "resource \"aws_iam_policy\" \"p\" {\n  name   = \"p\"\n  policy = <<POLICY\n{\n"
                + "  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::a/*\"}]\n"
                + "}\nPOLICY\n}\n";
        Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("main.tf"), encoded);
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("main.tf"), heredoc);
        try (LspClient c = new LspClient()) {
            initialize(c);
            String uriB = LspClient.uri(b);
            open(c, uriB, "terraform", heredoc);
            PublishDiagnosticsParams inHeredoc = c.next(uriB);
            assertThat(codes(inHeredoc)).containsExactly("CCM108");
            assertThat(inHeredoc.getDiagnostics().get(0).getRange().getStart().getLine()).isEqualTo(3); // the heredoc's "{"
            assertThat(actions(c, uriB, inHeredoc.getDiagnostics().get(0))).extracting(CodeAction::getTitle)
                    .noneMatch(t -> t.startsWith("Suppress"));

            String uriA = LspClient.uri(a);
            open(c, uriA, "terraform", encoded);
            PublishDiagnosticsParams first = c.next(uriA);
            assertThat(codes(first)).containsExactly("CCM108");
            CodeAction suppress = actions(c, uriA, first.getDiagnostics().get(0)).stream()
                    .filter(x -> x.getTitle().startsWith("Suppress CCM108")).findFirst().orElseThrow();
            String text = LspClient.apply(encoded, suppress.getEdit().getChanges().get(uriA));
            assertThat(text).contains("  name = \"deploy\"\n  # ccm-lint:disable=CCM108 reason=\"\" until=2026-04-10\n  policy = jsonencode({\n");
            change(c, uriA, 2, text.replace("reason=\"\"", "reason=\"OPS-2\""));
            assertThat(c.next(uriA).getDiagnostics()).isEmpty();
        }
    }

    @Test
    void noSuppressCommentInsideAYamlBlockScalar() throws Exception {
        String template = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n"
                + "    Properties:\n      PolicyDocument: |\n        {\n"
                + "          \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::a/*\"}]\n"
                + "        }\n";
        Path file = Files.writeString(dir.resolve("template.yaml"), template);
        String uri = LspClient.uri(file);
        try (LspClient c = new LspClient()) {
            initialize(c);
            open(c, uri, "yaml", template);
            PublishDiagnosticsParams first = c.next(uri);
            assertThat(codes(first)).containsExactly("CCM108");
            assertThat(first.getDiagnostics().get(0).getRange().getStart()).isEqualTo(new Position(6, 8)); // the "{" in the block
            // a "#" line there would be text of the JSON, not a comment
            assertThat(actions(c, uri, first.getDiagnostics().get(0))).extracting(CodeAction::getTitle)
                    .noneMatch(t -> t.startsWith("Suppress"));
        }
    }
}
