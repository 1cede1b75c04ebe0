package io.ccmlint.cli.safety;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JVM in which every way to the network is trapped: classic sockets (client, server, datagram)
 * through their factories, NIO channels through a {@link SelectorProvider} that refuses them
 * (set with {@code -Djava.nio.channels.spi.SelectorProvider}), and HTTP through a
 * {@link ProxySelector} that records every URI it is asked about. Host names resolve from an
 * empty hosts file ({@code -Djdk.net.hosts.file}), so no DNS query leaves the machine either.
 * Every attempt is recorded and refused.
 *
 * <p>{@code main("probe")} tries each way and prints what was caught (the trap's self-test);
 * any other arguments run the command line with them and print the attempts after it.
 */
public final class NetworkTrap {
    static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();

    private NetworkTrap() {
    }

    static SocketException refuse(String what) {
        ATTEMPTS.add(what);
        return new SocketException("network access during a ccm-lint run: " + what);
    }

    /** Refuses every channel: the command line needs none. */
    public static final class Provider extends SelectorProvider {
        @Override
        public DatagramChannel openDatagramChannel() throws IOException {
            throw refuse("DatagramChannel");
        }

        @Override
        public DatagramChannel openDatagramChannel(java.net.ProtocolFamily family) throws IOException {
            throw refuse("DatagramChannel");
        }

        @Override
        public Pipe openPipe() throws IOException {
            throw refuse("Pipe");
        }

        @Override
        public AbstractSelector openSelector() throws IOException {
            throw refuse("Selector");
        }

        @Override
        public ServerSocketChannel openServerSocketChannel() throws IOException {
            throw refuse("ServerSocketChannel");
        }

        @Override
        public SocketChannel openSocketChannel() throws IOException {
            throw refuse("SocketChannel");
        }
    }

    static void install() throws IOException {
        Socket.setSocketImplFactory(() -> {
            throw new IllegalStateException(refuse("Socket"));
        });
        ServerSocket.setSocketFactory(() -> {
            throw new IllegalStateException(refuse("ServerSocket"));
        });
        @SuppressWarnings("deprecation")
        java.net.DatagramSocketImplFactory datagrams = () -> {
            throw new IllegalStateException(refuse("DatagramSocket"));
        };
        DatagramSocket.setDatagramSocketImplFactory(datagrams);
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                ATTEMPTS.add("proxy lookup for " + uri);
                return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 9))); // discard port
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
    }

    public static void main(String[] args) throws Exception {
        if (!(SelectorProvider.provider() instanceof Provider)) {
            throw new IllegalStateException("start with -Djava.nio.channels.spi.SelectorProvider=" + Provider.class.getName());
        }
        install();
        if (args.length == 1 && args[0].equals("probe")) {
            probe("socket", () -> new Socket("127.0.0.1", 9).close());
            probe("url", () -> new URL("http://example.com/").openStream().close());
            probe("http-client", () -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("https://example.com/")).build(),
                    HttpResponse.BodyHandlers.discarding()));
            probe("channel", () -> SocketChannel.open(new InetSocketAddress("127.0.0.1", 9)).close());
            probe("datagram", () -> new DatagramSocket().close());
            probe("server", () -> new ServerSocket(0).close());
            probe("dns", () -> java.net.InetAddress.getByName("example.com"));
        } else {
            int code = io.ccmlint.cli.Main.run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true));
            System.out.println("EXIT " + code);
        }
        System.out.println("ATTEMPTS " + ATTEMPTS);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    interface Action {
        void run() throws Exception;
    }

    private static void probe(String name, Action a) {
        int before = ATTEMPTS.size();
        try {
            a.run();
            System.out.println("PROBE " + name + " connected");
        } catch (Throwable t) {
            System.out.println("PROBE " + name + " " + (ATTEMPTS.size() > before ? "caught" : "failed uncaught: " + t));
        }
    }
}
