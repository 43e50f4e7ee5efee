package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Host;
import io.spikesdk.api.ResultCode;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code peers-clear-std} and the other {@code peers-*} answers (docs/wire-protocol.md §11.4, §17):
 * {@code <gen>,<default port>,[[<NODE>,<tls-name>,[<addr>,...]],...]}; IPv6 addresses are
 * bracketed and an address without a port uses the default port. Each host carries its peer's TLS name
 * (empty in the clear answers: none).
 */
public final class PeersParser {
    private final String s;
    private int pos;

    private PeersParser(String s) {
        this.s = s;
    }

    /** One peer: its node name and endpoints. */
    public record Peer(String nodeName, String tlsName, List<Host> hosts) {
    }

    /** The parsed answer. */
    public record Peers(long generation, List<Peer> peers) {
    }

    public static Peers parse(String value) {
        PeersParser parser = new PeersParser(value);
        try {
            return parser.parse();
        } catch (NumberFormatException e) {
            throw parser.error("bad number: " + e.getMessage());
        }
    }

    private Peers parse() {
        long generation = Long.parseLong(token());
        expect(',');
        int defaultPort = Integer.parseInt(token());
        expect(',');
        expect('[');
        List<Peer> peers = new ArrayList<>();
        while (peek() != ']') {
            peers.add(peer(defaultPort));
            if (peek() == ',') {
                pos++;
            }
        }
        expect(']');
        return new Peers(generation, List.copyOf(peers));
    }

    private Peer peer(int defaultPort) {
        expect('[');
        String name = token();
        expect(',');
        String tlsText = token();
        String tlsName = tlsText.isEmpty() ? null : tlsText;
        expect(',');
        List<Host> hosts = new ArrayList<>();
        if (peek() == '[') {
            pos++;
            while (peek() != ']') {
                hosts.add(host(defaultPort, tlsName));
                if (peek() == ',') {
                    pos++;
                }
            }
            expect(']');
        }
        expect(']');
        return new Peer(name, tlsName, List.copyOf(hosts));
    }

    private Host host(int defaultPort, String tlsName) {
        String address;
        if (peek() == '[') {
            int close = s.indexOf(']', pos);
            if (close < 0) {
                throw error("unterminated IPv6 address");
            }
            address = s.substring(pos + 1, close);
            pos = close + 1;
        } else {
            int start = pos;
            while (pos < s.length() && s.charAt(pos) != ':' && s.charAt(pos) != ',' && s.charAt(pos) != ']') {
                pos++;
            }
            address = s.substring(start, pos);
        }
        int port = defaultPort;
        if (peek() == ':') {
            pos++;
            port = Integer.parseInt(token());
        }
        return Host.of(address, tlsName, port);
    }

    private String token() {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) != ',' && s.charAt(pos) != ']' && s.charAt(pos) != '[') {
            pos++;
        }
        return s.substring(start, pos).trim();
    }

    private char peek() {
        if (pos >= s.length()) {
            throw error("unexpected end");
        }
        return s.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "' at " + pos);
        }
        pos++;
    }

    private AerospikeException error(String detail) {
        return new AerospikeException(ResultCode.PARSE_ERROR, "bad peers answer '" + s + "': " + detail);
    }
}
