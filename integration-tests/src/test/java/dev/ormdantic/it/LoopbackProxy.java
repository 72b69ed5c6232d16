package dev.ormdantic.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A TCP proxy on the loopback interface that forwards to a database server and injects network faults on command:
 * {@linkplain #cut() cut} every connection and refuse new ones; {@linkplain #resetAll() reset} every open connection
 * and go on accepting new ones; {@linkplain #resetAfterReplyTo reset} a connection
 * once the server has answered a chosen request, so that a statement is applied and its answer is lost;
 * {@linkplain #blackhole() swallow} every byte in both directions and answer no new connection (a link that went
 * silent) until {@linkplain #heal() healed}; {@linkplain #delayReplies delay} every answer (a slow link). Bounded: it
 * serves only this machine's loopback and stops when closed.
 */
final class LoopbackProxy implements AutoCloseable {

    /** One client connection and its upstream connection. */
    private static final class Link {
        final Socket client;
        final @Nullable Socket upstream;
        volatile boolean resetOnReply;
        volatile boolean silent;

        Link(Socket client, @Nullable Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }
    }

    /** A commit request: the word alone, in any case (pgjdbc and MariaDB send {@code COMMIT}, Connector/J {@code commit}). */
    private static final Pattern COMMIT =
            Pattern.compile("(?<![A-Za-z_])commit(?![A-Za-z_])", Pattern.CASE_INSENSITIVE);

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private volatile boolean blackholed;
    private volatile @Nullable Pattern marker;
    private volatile boolean silenceAfterMarker;
    private volatile Duration replyDelay = Duration.ZERO;

    LoopbackProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = Thread.ofPlatform().daemon().name("loopback-proxy").start(this::accept);
    }

    /** The port clients connect to. */
    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (blackholed) {
                    // A silent server: the connection is accepted, and nothing it sends is ever answered.
                    Link link = new Link(client, null);
                    links.add(link);
                    pump(link, client, null, true);
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                Link link = new Link(client, upstream);
                links.add(link);
                pump(link, client, upstream, true);
                pump(link, upstream, client, false);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(Link link, Socket from, @Nullable Socket to, boolean request) {
        Thread.ofPlatform().daemon().name("loopback-proxy-pump").start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream()) {
                OutputStream out = to == null ? OutputStream.nullOutputStream() : to.getOutputStream();
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (blackholed || to == null) {
                        continue; // swallowed: no answer, no reset
                    }
                    boolean silenceAfterThis = false;
                    if (request) {
                        silenceAfterThis = armIfMarked(link, buffer, n);
                    } else {
                        if (link.resetOnReply) {
                            reset(link);
                            return;
                        }
                        if (link.silent) {
                            continue;
                        }
                        Thread.sleep(replyDelay);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    if (silenceAfterThis) {
                        blackholed = true;
                    }
                }
            } catch (IOException e) {
                // the other side, cut() or a reset closed the socket
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                if (to != null) {
                    closeQuietly(to);
                }
            }
        });
    }

    /** Whether the link goes silent once this request is forwarded; arms a reset of its answer otherwise. */
    private boolean armIfMarked(Link link, byte[] buffer, int length) {
        Pattern armed = marker;
        if (armed == null
                || !armed.matcher(new String(buffer, 0, length, StandardCharsets.ISO_8859_1))
                        .find()) {
            return false;
        }
        marker = null;
        if (silenceAfterMarker) {
            link.silent = true; // before the request is forwarded, so that not even its answer gets back
            return true;
        }
        link.resetOnReply = true;
        return false;
    }

    /**
     * Once a request containing {@code marker} (a value only that statement carries) has been forwarded, the server's
     * answer to it is dropped and the connection reset: the server ran the statement, the client never hears so.
     */
    void resetAfterReplyTo(String marker) {
        this.silenceAfterMarker = false;
        this.marker = Pattern.compile(Pattern.quote(marker));
    }

    /**
     * Once the next {@code COMMIT} (any case, as a whole word, so not {@code autocommit}) has been forwarded, the
     * server's answer to it is dropped and the connection reset: the server committed, the client never hears so. Arm
     * it after the transaction's last statement, so that the next request is its commit.
     */
    void resetAfterReplyToCommit() {
        this.silenceAfterMarker = false;
        this.marker = COMMIT;
    }

    /**
     * Once a request containing {@code marker} has been forwarded, the link goes silent as {@link #blackhole()} makes
     * it: the statement reached the server, and neither its answer nor anything after it comes back.
     */
    void blackholeAfter(String marker) {
        this.silenceAfterMarker = true;
        this.marker = Pattern.compile(Pattern.quote(marker));
    }

    /** Swallows every byte from now on, in both directions, and answers no new connection: a silent link. */
    void blackhole() {
        blackholed = true;
    }

    /** Forwards again: new connections reach the server (those that lost bytes stay broken, as after a real outage). */
    void heal() {
        blackholed = false;
        replyDelay = Duration.ZERO;
    }

    /** Holds every answer of the server for {@code delay} before forwarding it: a slow link. */
    void delayReplies(Duration delay) {
        replyDelay = delay;
    }

    /**
     * Resets every open connection, as a crashed middlebox would, and goes on accepting new ones: each client that
     * was connected finds its connection broken, and the next one it opens works.
     */
    void resetAll() {
        List<Link> open = List.copyOf(links);
        links.removeAll(open);
        for (Link link : open) {
            reset(link);
        }
    }

    /** Cuts every open connection and refuses new ones: the server is gone, as far as clients can tell. */
    void cut() throws IOException {
        server.close();
        for (Link link : links) {
            reset(link);
        }
    }

    /** Closes both sides with a TCP reset, as a crashed peer or a middlebox would. */
    private static void reset(Link link) {
        for (Socket socket : link.upstream == null ? List.of(link.client) : List.of(link.client, link.upstream)) {
            try {
                socket.setSoLinger(true, 0);
            } catch (IOException e) {
                // already closed
            }
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
