package io.spikesdk.testkit.internal.cdt;

import java.io.ByteArrayOutputStream;

/**
 * Encodes {@link Element}s the way the server stores them: integers in shortest form (non-negative values with
 * the unsigned family), floats exactly as sent, str/bin values with str-family headers, containers with minimal
 * headers and, when flags are set, the {@code c7 00 <flags>} order header (plus {@code c0} for maps).
 */
public final class MsgpackWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Encodes one element. */
    public static byte[] encode(Element e) {
        MsgpackWriter w = new MsgpackWriter();
        w.element(e);
        return w.toBytes();
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    MsgpackWriter element(Element e) {
        if (e instanceof MpNil) {
            nil();
        } else if (e instanceof MpBool b) {
            out.write(b.value() ? 0xc3 : 0xc2);
        } else if (e instanceof MpInt i) {
            integer(i);
        } else if (e instanceof MpFloat f) {
            if (f.single()) {
                out.write(0xca);
                be(f.bits(), 4);
            } else {
                out.write(0xcb);
                be(f.bits(), 8);
            }
        } else if (e instanceof MpBytes s) {
            strHeader(s.payload().length);
            out.writeBytes(s.payload());
        } else if (e instanceof MpList l) {
            list(l, l.flags);
        } else if (e instanceof MpMap m) {
            map(m, m.flags);
        } else {
            ext((MpExt) e);
        }
        return this;
    }

    /** Writes a list with the given flags instead of its own. */
    MsgpackWriter list(MpList l, int flags) {
        arrayHeader(l.size() + (flags != 0 ? 1 : 0));
        if (flags != 0) {
            orderHeader(flags);
        }
        for (Element e : l.items) {
            element(e);
        }
        return this;
    }

    /** Writes a map with the given flags instead of its own. */
    MsgpackWriter map(MpMap m, int flags) {
        mapHeader(m.size() + (flags != 0 ? 1 : 0));
        if (flags != 0) {
            orderHeader(flags);
            nil();
        }
        for (MapEntry e : m.entries) {
            element(e.key);
            element(e.value);
        }
        return this;
    }

    MsgpackWriter nil() {
        out.write(0xc0);
        return this;
    }

    /** The {@code c7 00 <flags>} ext used as list/map order header and result-map marker. */
    MsgpackWriter orderHeader(int flags) {
        out.write(0xc7);
        out.write(0);
        out.write(flags);
        return this;
    }

    MsgpackWriter integer(long v) {
        return integer(MpInt.of(v));
    }

    private MsgpackWriter integer(MpInt i) {
        long v = i.value();
        if (!i.negative()) {
            if (i.uint64() || v > 0xffffffffL) {
                out.write(0xcf);
                be(v, 8);
            } else if (v < 0x80) {
                out.write((int) v);
            } else if (v < 0x100) {
                out.write(0xcc);
                be(v, 1);
            } else if (v < 0x10000) {
                out.write(0xcd);
                be(v, 2);
            } else {
                out.write(0xce);
                be(v, 4);
            }
        } else if (v >= -32) {
            out.write((int) v & 0xff);
        } else if (v >= Byte.MIN_VALUE) {
            out.write(0xd0);
            be(v, 1);
        } else if (v >= Short.MIN_VALUE) {
            out.write(0xd1);
            be(v, 2);
        } else if (v >= Integer.MIN_VALUE) {
            out.write(0xd2);
            be(v, 4);
        } else {
            out.write(0xd3);
            be(v, 8);
        }
        return this;
    }

    MsgpackWriter arrayHeader(int n) {
        if (n < 16) {
            out.write(0x90 | n);
        } else if (n < 0x10000) {
            out.write(0xdc);
            be(n, 2);
        } else {
            out.write(0xdd);
            be(n, 4);
        }
        return this;
    }

    MsgpackWriter mapHeader(int n) {
        if (n < 16) {
            out.write(0x80 | n);
        } else if (n < 0x10000) {
            out.write(0xde);
            be(n, 2);
        } else {
            out.write(0xdf);
            be(n, 4);
        }
        return this;
    }

    private void strHeader(int n) {
        if (n < 32) {
            out.write(0xa0 | n);
        } else if (n < 0x100) {
            out.write(0xd9);
            be(n, 1);
        } else if (n < 0x10000) {
            out.write(0xda);
            be(n, 2);
        } else {
            out.write(0xdb);
            be(n, 4);
        }
    }

    private void ext(MpExt x) {
        int n = x.data().length;
        switch (n) {
            case 1 -> out.write(0xd4);
            case 2 -> out.write(0xd5);
            case 4 -> out.write(0xd6);
            case 8 -> out.write(0xd7);
            case 16 -> out.write(0xd8);
            default -> {
                if (n < 0x100) {
                    out.write(0xc7);
                    be(n, 1);
                } else if (n < 0x10000) {
                    out.write(0xc8);
                    be(n, 2);
                } else {
                    out.write(0xc9);
                    be(n, 4);
                }
            }
        }
        out.write(x.type());
        out.writeBytes(x.data());
    }

    private void be(long v, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }
}
