package io.spikesdk.core.testing;

import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.security.AdminCommand;
import io.spikesdk.core.internal.security.AdminField;
import io.spikesdk.core.internal.security.AdminMessageReader;
import io.spikesdk.core.internal.security.AdminMessageWriter;
import io.spikesdk.core.internal.security.PasswordHash;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted security layer for a {@link FakeNode}: internal users, LOGIN granting numbered tokens, AUTHENTICATE
 * checking them, and every info or AS_MSG request refused with 80 on a connection that has not logged in or
 * authenticated. Tests script failures ({@link #refuseLogins}, {@link #expireSessions}, {@link #forgetConnections})
 * and read the admin exchanges it saw.
 */
public final class FakeSecurity implements FakeNode.AdminResponder, FakeNode.Gate {
    /** One admin request and the result it was answered. */
    public record Exchange(int connection, int command, Map<Integer, byte[]> fields, int result) {
        public String field(int id) {
            byte[] value = fields.get(id);
            return value == null ? null : new String(value, StandardCharsets.UTF_8);
        }
    }

    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<Integer, String> authenticated = new ConcurrentHashMap<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger issued = new AtomicInteger();
    private final List<Exchange> exchanges = new ArrayList<>();
    private volatile int ttlSeconds = 600;
    private volatile int loginRefusal;
    private volatile boolean disabled;

    /** Installs it on {@code node}. */
    public static FakeSecurity on(FakeNode node) {
        FakeSecurity security = new FakeSecurity();
        node.respondToAdmin(security);
        node.gate(security);
        return security;
    }

    public FakeSecurity user(String name, String password) {
        hashes.put(name, PasswordHash.of(password));
        return this;
    }

    /** The session TTL LOGIN grants. */
    public FakeSecurity ttl(int seconds) {
        ttlSeconds = seconds;
        return this;
    }

    /** Answers every LOGIN with {@code resultCode} (0: normal checks again). */
    public void refuseLogins(int resultCode) {
        loginRefusal = resultCode;
    }

    /** A server with security disabled: 52 to admin commands, no request refused. */
    public void disable() {
        disabled = true;
    }

    /** Forgets every token granted so far: AUTHENTICATE with them is answered 66 (EXPIRED_SESSION). */
    public void expireSessions() {
        tokens.clear();
    }

    /** Every open connection must log in again: their requests are answered 80 (NOT_AUTHENTICATED). */
    public void forgetConnections() {
        authenticated.clear();
    }

    /** The token the n-th LOGIN granted (from 1). */
    public static String token(int n) {
        return "token-" + n;
    }

    public List<Exchange> exchanges() {
        synchronized (exchanges) {
            return new ArrayList<>(exchanges);
        }
    }

    public List<Exchange> exchanges(int command) {
        return exchanges().stream().filter(e -> e.command() == command).toList();
    }

    @Override
    public int refusal(int connection) {
        return disabled || authenticated.containsKey(connection) ? 0 : 80;
    }

    @Override
    public byte[] respond(int connection, byte[] frame) {
        Map<Integer, byte[]> fields = new ConcurrentHashMap<>();
        int command;
        try {
            AdminMessageReader r = new AdminMessageReader(frame, 8, frame.length - 8);
            r.nextRecord();
            command = r.command();
            while (r.nextField()) {
                fields.put(r.fieldId(), r.fieldBytes());
            }
        } catch (MessageFormatException e) {
            throw new AssertionError(e);
        }
        AdminMessageWriter reply = new AdminMessageWriter();
        int result = disabled ? 52 : switch (command) {
            case AdminCommand.LOGIN -> login(connection, fields, reply);
            case AdminCommand.AUTHENTICATE -> authenticate(connection, fields);
            default -> 54;
        };
        if (result != 0 || command != AdminCommand.LOGIN) {
            reply.reply(result);
        }
        synchronized (exchanges) {
            exchanges.add(new Exchange(connection, command, fields, result));
        }
        return reply.finish();
    }

    private int login(int connection, Map<Integer, byte[]> fields, AdminMessageWriter reply) {
        if (loginRefusal != 0) {
            return loginRefusal;
        }
        String user = string(fields.get(AdminField.USER));
        String hash = hashes.get(user == null ? "" : user);
        if (hash == null) {
            return 60;
        }
        if (!hash.equals(string(fields.get(AdminField.CREDENTIAL)))) {
            return 65;
        }
        String token = token(issued.incrementAndGet());
        tokens.add(token);
        authenticated.put(connection, user);
        reply.reply(0).field(AdminField.SESSION_TOKEN, token).intField(AdminField.SESSION_TTL, ttlSeconds);
        return 0;
    }

    private int authenticate(int connection, Map<Integer, byte[]> fields) {
        String token = string(fields.get(AdminField.SESSION_TOKEN));
        if (token == null || !tokens.contains(token)) {
            return 66;
        }
        authenticated.put(connection, string(fields.get(AdminField.USER)));
        return 0;
    }

    private static String string(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
