package io.spikesdk.core.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.api.Bin;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Operations;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OpDescriptionsTest {

    @Test
    void oneBinOpIsNamedWithItsBin() {
        assertEquals("ADD on bin \"n\"", OpDescriptions.of(new Bin[] {Bin.of("n", 1)}, Operation.Type.ADD.code()));
        assertEquals("APPEND on bin \"s\"", OpDescriptions.of(new Bin[] {Bin.of("s", "x")}, Operation.Type.APPEND.code()));
    }

    @Test
    void operationsSkipOpsWithoutABin() {
        Operation[] ops = {Operations.touch(), Operations.add("n", 1), Operations.get("s")};
        assertEquals("ops ADD on bin \"n\", READ on bin \"s\"", OpDescriptions.of(ops, 0));
        assertEquals("", OpDescriptions.of(new Operation[] {Operations.touch()}, 0));
    }

    @Test
    void readsAreDescribedByName() {
        assertEquals("READ on bin \"a\"", OpDescriptions.of(new String[] {"a"}, 0));
        assertEquals("", OpDescriptions.of(null, 0));
    }

    @Test
    void longListsAreCutAfterFive() {
        Bin[] bins = IntStream.range(0, 7).mapToObj(i -> Bin.of("b" + i, i)).toArray(Bin[]::new);
        assertEquals("ops WRITE on bin \"b0\", WRITE on bin \"b1\", WRITE on bin \"b2\", WRITE on bin \"b3\", "
                + "WRITE on bin \"b4\", ... (7 ops)", OpDescriptions.of(bins, Operation.Type.WRITE.code()));
    }
}
