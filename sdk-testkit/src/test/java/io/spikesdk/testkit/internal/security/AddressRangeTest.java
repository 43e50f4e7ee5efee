package io.spikesdk.testkit.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressRangeTest {

    @Test
    void matchesAddressesAndPrefixes() throws Exception {
        assertTrue(AddressRange.parse("10.1.2.0/24").contains(InetAddress.getByName("10.1.2.200")));
        assertFalse(AddressRange.parse("10.1.2.0/24").contains(InetAddress.getByName("10.1.3.1")));
        assertTrue(AddressRange.parse("10.0.0.0/9").contains(InetAddress.getByName("10.127.0.1")));
        assertFalse(AddressRange.parse("10.0.0.0/9").contains(InetAddress.getByName("10.128.0.1")));
        assertTrue(AddressRange.parse("127.0.0.1").contains(InetAddress.getByName("127.0.0.1")));
        assertFalse(AddressRange.parse("127.0.0.1").contains(InetAddress.getByName("127.0.0.2")));
        assertTrue(AddressRange.parse("0.0.0.0/0").contains(InetAddress.getByName("192.168.1.1")));
        assertTrue(AddressRange.parse("::1").contains(InetAddress.getByName("::1")));
        assertFalse(AddressRange.parse("::1").contains(InetAddress.getByName("127.0.0.1")));
    }

    @Test
    void refusesWhatIsNotAnAddress() {
        assertNull(AddressRange.parse("host.example"));
        assertNull(AddressRange.parse("10.0.0.0/33"));
        assertNull(AddressRange.parse("10.0.0.0/x"));
        assertNull(AddressRange.parse(""));
        assertNull(AddressRange.parse("300.1.1.1"));
    }
}
