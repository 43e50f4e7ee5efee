package io.spikesdk.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A seed node address: host name or IP literal, the optional TLS name of the node's certificate, and port.
 *
 * <p>With {@link ClientConfig#tls() TLS} on, the server certificate must carry the TLS name as a subject common
 * name or a DNS subject-alternative name; a host without a TLS name is checked against its {@link #name()}.
 * Without TLS the TLS name is ignored.
 *
 * @param name host name, IPv4 literal or IPv6 literal (without brackets)
 * @param tlsName the name the node's TLS certificate must carry, or {@code null} (the host name is used)
 * @param port TCP port, 1..65535
 */
public record Host(String name, String tlsName, int port) {

    /** The Aerospike service port used when none is given. */
    public static final int DEFAULT_PORT = 3000;

    /**
     * Canonical constructor.
     *
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name or the TLS name is blank, or the port is outside 1..65535
     */
    public Host {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: a host name must not be blank");
        }
        if (tlsName != null && tlsName.isBlank()) {
            throw new IllegalArgumentException("tlsName of host " + name + " must not be blank (null: none)");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port of host " + name + " must be 1..65535, got " + port);
        }
    }

    /** A host without TLS name. */
    public Host(String name, int port) {
        this(name, null, port);
    }

    /** The host {@code name:port}. */
    public static Host of(String name, int port) {
        return new Host(name, port);
    }

    /** The host {@code name:port} whose TLS certificate carries {@code tlsName} ({@code null}: the host name). */
    public static Host of(String name, String tlsName, int port) {
        return new Host(name, tlsName, port);
    }

    /** The name the node's TLS certificate must carry: the TLS name, or the host name when there is none. */
    public String tlsNameOrName() {
        return tlsName != null ? tlsName : name;
    }

    /**
     * Parses a comma-separated list such as {@code "h1:3000,h2:3001,10.0.0.1,[::1]:3000"}.
     * The port defaults to 3000; IPv6 literals with a port go in brackets (a bare IPv6 literal
     * without brackets takes the default port). As in the official client, an entry
     * {@code host:tlsName:port} (or {@code [ipv6]:tlsName:port}) also gives the TLS name; a TLS name needs
     * the port (an entry of hexadecimal digits and two or more ':' is read as a bare IPv6 address).
     *
     * @throws NullPointerException if {@code hosts} is null
     * @throws IllegalArgumentException naming the bad entry when the text is empty or malformed
     */
    public static List<Host> parse(String hosts) {
        Objects.requireNonNull(hosts, "hosts");
        if (hosts.isBlank()) {
            throw new IllegalArgumentException("hosts: a host list must not be empty");
        }
        List<Host> result = new ArrayList<>();
        for (String part : hosts.split(",", -1)) {
            String entry = part.trim();
            if (entry.isEmpty()) {
                throw new IllegalArgumentException("empty entry in host list \"" + hosts + "\"");
            }
            result.add(parseOne(entry));
        }
        return Collections.unmodifiableList(result);
    }

    private static Host parseOne(String entry) {
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw bad(entry, "missing ']' after the IPv6 address");
            }
            String address = entry.substring(1, close);
            if (!isIpv6Literal(address)) {
                throw bad(entry, "'" + address + "' is not an IPv6 address");
            }
            String rest = entry.substring(close + 1);
            if (rest.isEmpty()) {
                return new Host(address, DEFAULT_PORT);
            }
            if (!rest.startsWith(":")) {
                throw bad(entry, "expected ':port' after ']'");
            }
            return withOptionalTlsName(entry, address, rest.substring(1));
        }
        int first = entry.indexOf(':');
        if (first < 0) {
            return new Host(entry, DEFAULT_PORT);
        }
        if (entry.indexOf(':', first + 1) >= 0 && isIpv6Literal(entry)) {
            return new Host(entry, DEFAULT_PORT);
        }
        String name = entry.substring(0, first);
        if (name.isEmpty()) {
            throw bad(entry, "missing host name before ':'");
        }
        return withOptionalTlsName(entry, name, entry.substring(first + 1));
    }

    /** {@code rest} is {@code port} or {@code tlsName:port}. */
    private static Host withOptionalTlsName(String entry, String name, String rest) {
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return new Host(name, parsePort(entry, rest));
        }
        String tlsName = rest.substring(0, colon);
        if (tlsName.isBlank()) {
            throw bad(entry, "empty TLS name (write host:tlsName:port)");
        }
        String port = rest.substring(colon + 1);
        if (port.indexOf(':') >= 0) {
            throw bad(entry, "too many ':' (write host:tlsName:port, and IPv6 addresses as [address]:port)");
        }
        return new Host(name, tlsName, parsePort(entry, port));
    }

    private static int parsePort(String entry, String text) {
        if (text.isEmpty() || text.length() > 5) {
            throw bad(entry, "port must be a number 1..65535, got '" + text + "'");
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw bad(entry, "port must be a number 1..65535, got '" + text + "'");
            }
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw bad(entry, "port must be a number 1..65535, got '" + text + "'");
        }
        return port;
    }

    private static boolean isIpv6Literal(String s) {
        if (s.isEmpty() || s.indexOf(':') < 0) {
            return false;
        }
        int zone = s.indexOf('%');
        String address = zone >= 0 ? s.substring(0, zone) : s;
        if (zone >= 0 && zone == s.length() - 1) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            boolean ok = c == ':' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException bad(String entry, String problem) {
        return new IllegalArgumentException("bad host \"" + entry + "\": " + problem);
    }

    /** {@code name:port} or {@code name:tlsName:port}, with IPv6 literals in brackets (as {@link #parse} reads it). */
    @Override
    public String toString() {
        return (name.indexOf(':') >= 0 ? "[" + name + "]" : name) + (tlsName != null ? ":" + tlsName : "") + ":" + port;
    }
}
