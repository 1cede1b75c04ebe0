package io.ccmlint.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.rule.RuleInfo;
import io.ccmlint.core.rule.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that crashes and a client that sends garbage: the server says what is wrong and goes on. */
class RobustServerTest {
    @TempDir
    Path dir;

    @RuleInfo(id = "TST981", slug = "crashes", title = "crashes", severity = Severity.ERROR)
    static final class Crashes implements Rule {
        @Override
        public void check(RuleContext context) {
            throw new IllegalStateException("boom");
        }
    }

    @RuleInfo(id = "TST982", slug = "policies", title = "policies", severity = Severity.INFO)
    static final class Policies implements Rule {
        @Override
        public void check(RuleContext context) {
            for (PolicyDocument p : context.workspace().policies()) {
                context.report(p.span(), "a policy");
            }
        }
    }

    @Test
    void aCrashingRuleIsLoggedAndTheOtherRulesStillReport() throws Exception {
        Path file = Files.writeString(dir.resolve("p.json"), "{\"Version\": \"2012-10-17\", \"Statement\": []}");
        String uri = LspClient.uri(file);
        try (LspClient c = new LspClient(RuleRegistry.of(List.of(new Crashes(), new Policies())))) {
            InitializeParams init = new InitializeParams();
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(LspClient.uri(dir), "ws")));
            c.server.initialize(init).get(30, TimeUnit.SECONDS);
            c.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "json", 1,
                    Files.readString(file))));
            assertThat(c.next(uri).getDiagnostics()).extracting(d -> d.getCode().getLeft()).containsExactly("TST982");
            MessageParams logged = c.logged.poll(30, TimeUnit.SECONDS);
            assertThat(logged.getType()).isEqualTo(MessageType.Warning);
            assertThat(logged.getMessage()).contains("rule TST981 failed", "boom");
        }
    }

    @Test
    void malformedJsonRpcDoesNotStopTheServer() throws Exception {
        try (LspClient c = new LspClient()) {
            byte[] garbage = "{this is not json".getBytes(StandardCharsets.UTF_8);
            c.toServer.write(("Content-Length: " + garbage.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            c.toServer.write(garbage);
            c.toServer.flush();
            assertThat(c.server.initialize(new InitializeParams()).get(30, TimeUnit.SECONDS).getServerInfo().getName())
                    .isEqualTo("ccm-lint");
        }
    }

    @Test
    void exitEndsWithZeroAfterShutdownAndOneWithout() throws Exception {
        List<Integer> codes = new java.util.ArrayList<>();
        CcmLintServer abrupt = new CcmLintServer(ServerSettings.defaults(), RuleRegistry.of(List.of()));
        abrupt.onExit(codes::add);
        abrupt.exit();
        CcmLintServer orderly = new CcmLintServer(ServerSettings.defaults(), RuleRegistry.of(List.of()));
        orderly.onExit(codes::add);
        orderly.shutdown().get(5, TimeUnit.SECONDS);
        orderly.exit();
        assertThat(codes).containsExactly(1, 0);
    }
}
