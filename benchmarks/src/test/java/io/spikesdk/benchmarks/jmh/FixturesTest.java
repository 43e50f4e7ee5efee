package io.spikesdk.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.aerospike.client.command.Command;
import com.aerospike.client.util.Packer;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each JMH benchmark pits the two clients against the same work: same bytes in, same result out. */
class FixturesTest {

    @Test
    void bothClientsComputeTheSameDigests() {
        KeyDigestBenchmark b = new KeyDigestBenchmark();
        assertArrayEquals(b.officialStringKey().digest, b.spikeStringKey().digest());
        assertArrayEquals(b.officialLongKey().digest, b.spikeLongKey().digest());
    }

    @Test
    void bothClientsEncodeTheSamePutFrame() {
        PutEncodingBenchmark b = new PutEncodingBenchmark();
        int length = b.spike();
        Command official = b.officialCommand();
        assertEquals(official.dataOffset, length);
        assertArrayEquals(Arrays.copyOf(official.dataBuffer, official.dataOffset),
                Arrays.copyOf(b.spikeBuffer(), length));
    }

    @Test
    void bothClientsParseTheTenBinsOfTheGetResponse() {
        GetParsingBenchmark b = new GetParsingBenchmark();
        io.spikesdk.api.Record ours = b.spike();
        com.aerospike.client.Record theirs = b.official();
        assertNotNull(ours);
        assertNotNull(theirs);
        assertEquals(10, ours.bins().size());
        assertEquals(10, theirs.bins.size());
        assertEquals(3, ours.generation());
        assertEquals(3, theirs.generation);
        for (Map.Entry<String, Object> bin : Fixtures.tenBins().entrySet()) {
            Object expected = bin.getValue();
            if (expected instanceof byte[] bytes) {
                assertArrayEquals(bytes, ours.getBytes(bin.getKey()));
                assertArrayEquals(bytes, (byte[]) theirs.bins.get(bin.getKey()));
            } else {
                assertEquals(expected, ours.getValue(bin.getKey()));
                assertEquals(expected, theirs.bins.get(bin.getKey()));
            }
        }
    }

    @Test
    void bothClientsPackTheSameMsgpackAndUnpackEqualValues() {
        MsgPackBenchmark b = new MsgPackBenchmark();
        assertArrayEquals(Packer.pack(Fixtures.hundredElementList()), b.spikePackList());
        assertArrayEquals(b.officialPackMap(), b.spikePackMap());
        assertEquals(Fixtures.hundredElementList(), b.spikeUnpackList());
        assertEquals(Fixtures.hundredElementList(), b.officialUnpackList());
        assertEquals(Fixtures.hundredEntryMap(), b.spikeUnpackMap());
        assertEquals(Fixtures.hundredEntryMap(), b.officialUnpackMap());
    }
}
