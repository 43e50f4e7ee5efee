package io.spikesdk.it.security;

import com.aerospike.client.admin.AdminCommand.LoginCommand;
import com.aerospike.client.cluster.Cluster;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.TlsPolicy;
import io.spikesdk.api.AuthMode;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.core.internal.net.Connection;
import io.spikesdk.core.internal.security.AdminField;
import io.spikesdk.core.internal.security.AdminMessageWriter;
import io.spikesdk.core.internal.security.LoginCredentials;
import io.spikesdk.core.internal.security.LoginExchange;
import io.spikesdk.core.internal.security.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our LOGIN and AUTHENTICATE requests are byte for byte the official client 9.0.5's, in every auth mode: both
 * clients' login code talks to one scripted server socket that records each admin frame, answers LOGIN with a
 * session token and TTL and AUTHENTICATE with success. (The official client builds its frames without opening TLS,
 * so EXTERNAL and PKI are captured over a plain socket too.) No server needed, so the same with AEROSPIKE_HOSTS.
 */
class LoginBytesTest {
    private static final byte[] TOKEN = "scripted-session-token".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void loginAndAuthenticateFramesEqualTheOfficialClients(AuthMode mode) throws Exception {
        try (ScriptedAdminServer server = new ScriptedAdminServer()) {
            List<byte[]> official = official(mode, server);
            List<byte[]> ours = ours(mode, server);
            assertEquals(2, official.size());
            assertEquals(20, official.get(0)[10], "a LOGIN");
            assertEquals(0, official.get(1)[10], "an AUTHENTICATE");
            for (int i = 0; i < 2; i++) {
                assertEquals(HexFormat.of().formatHex(official.get(i)), HexFormat.of().formatHex(ours.get(i)),
                        mode + (i == 0 ? " LOGIN" : " AUTHENTICATE"));
            }
        }
    }

    private static List<byte[]> official(AuthMode mode, ScriptedAdminServer server) throws Exception {
        ClientPolicy policy = new ClientPolicy();
        policy.authMode = com.aerospike.client.policy.AuthMode.valueOf(mode.name());
        if (mode != AuthMode.PKI) {
            policy.user = "app";
            policy.password = "s3cret-pw";
        }
        if (mode == AuthMode.EXTERNAL || mode == AuthMode.PKI) {
            policy.tlsPolicy = new TlsPolicy();
        }
        policy.failIfNotConnected = false;
        policy.timeout = 200;
        Cluster cluster;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // a seed nobody answers: the cluster object is built without tending anything
            String tlsName = policy.tlsPolicy != null ? "tls-name" : null;
            cluster = new Cluster(null, policy, new com.aerospike.client.Host[] {
                new com.aerospike.client.Host("127.0.0.1", tlsName, closed.getLocalPort())});
        }
        try {
            com.aerospike.client.cluster.Connection conn = new com.aerospike.client.cluster.Connection(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2000);
            try {
                LoginCommand login = new LoginCommand(cluster, conn);
                assertArrayEquals(TOKEN, login.sessionToken);
                assertTrue(com.aerospike.client.admin.AdminCommand.authenticate(cluster, conn, login.sessionToken));
            } finally {
                conn.close();
            }
        } finally {
            cluster.close();
        }
        return server.take(2);
    }

    private static List<byte[]> ours(AuthMode mode, ScriptedAdminServer server) throws Exception {
        ClientConfig.Builder config = ClientConfig.builder().hosts(Host.of("127.0.0.1", server.port())).authMode(mode);
        if (mode != AuthMode.PKI) {
            config.user("app").password("s3cret-pw");
        }
        if (mode == AuthMode.EXTERNAL || mode == AuthMode.PKI) {
            config.tls(io.spikesdk.api.TlsPolicy.builder().build());
        }
        LoginCredentials credentials = LoginCredentials.of(config.build());
        Connection conn = Connection.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2000);
        try {
            conn.setTimeouts(2000, 0);
            Session session = LoginExchange.login(conn, credentials, "scripted", System.nanoTime());
            assertTrue(session.requiresToken());
            assertEquals(0, LoginExchange.authenticate(conn, credentials, session));
        } finally {
            conn.close();
        }
        return server.take(2);
    }

    /** Records every frame it reads; answers LOGIN with {@link #TOKEN} and a TTL, anything else with success. */
    private static final class ScriptedAdminServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        private final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
        private final Thread acceptor = new Thread(this::accept, "scripted-admin-server");

        ScriptedAdminServer() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        List<byte[]> take(int count) throws InterruptedException {
            List<byte[]> taken = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte[] frame = frames.poll(5, TimeUnit.SECONDS);
                assertNotNull(frame, "frame " + i + " arrived");
                taken.add(frame);
            }
            return taken;
        }

        private void accept() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    serve(s);
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket s) throws IOException {
            DataInputStream in = new DataInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            while (true) {
                long header;
                try {
                    header = in.readLong();
                } catch (java.io.EOFException e) {
                    return;
                }
                byte[] frame = new byte[8 + (int) (header & 0xFFFF_FFFF_FFFFL)];
                ByteBuffer.wrap(frame).putLong(header);
                in.readFully(frame, 8, frame.length - 8);
                frames.add(frame);
                AdminMessageWriter reply = new AdminMessageWriter().reply(0);
                if (frame[10] == 20) {
                    reply.field(AdminField.SESSION_TOKEN, TOKEN).intField(AdminField.SESSION_TTL, 86_400);
                }
                out.write(reply.finish());
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
