package io.ccmlint.cli.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code fix} never reach the network: they run in a JVM where every socket,
 * channel and proxy lookup is trapped ({@link NetworkTrap}), and the trap is shown to catch each
 * kind of attempt first.
 */
class NoNetworkTest {
    @TempDir
    Path tmp;

    private String run(String... args) throws IOException, InterruptedException {
        Path empty = Files.writeString(tmp.resolve("hosts"), "");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.nio.channels.spi.SelectorProvider=" + NetworkTrap.Provider.class.getName(),
                "-Djdk.net.hosts.file=" + empty,
                "-Djava.net.useSystemProxies=false",
                "-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=9", "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=9",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                NetworkTrap.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void theTrapCatchesEveryKindOfConnection() throws Exception {
        String out = run("probe");
        for (String kind : List.of("socket", "url", "http-client", "channel", "datagram", "server")) {
            assertThat(out).as(out).contains("PROBE " + kind + " caught");
        }
        assertThat(out).contains("PROBE dns failed uncaught: java.net.UnknownHostException"); // no DNS: the hosts file is empty
    }

    @Test
    void checkAndFixOpenNoConnection() throws Exception {
        Path ex = Path.of("..", "examples").toAbsolutePath().normalize();
        Path copy = tmp.resolve("examples");
        try (var files = Files.walk(ex)) {
            for (Path f : files.toList()) {
                Path dest = copy.resolve(ex.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest);
                }
            }
        }
        List<String> args = new ArrayList<>(List.of("check"));
        for (String format : List.of("text", "json", "sarif", "junit", "checkstyle", "github")) {
            args.addAll(List.of("--format", format, "--output", tmp.resolve("report." + format).toString()));
        }
        args.add(copy.toString());
        String out = run(args.toArray(String[]::new));
        assertThat(out).as(out).contains("EXIT 1").contains("ATTEMPTS []");
        assertThat(Files.size(tmp.resolve("report.sarif"))).isGreaterThan(1000);
        String fixed = run("fix", "--unsafe", copy.toString());
        assertThat(fixed).as(fixed).contains("ATTEMPTS []").doesNotContain("EXIT 2");
        assertThat(fixed).contains("fixed");
        String diff = run("fix", "--diff", copy.toString());
        assertThat(diff).as(diff).contains("ATTEMPTS []");
    }
}
