package io.spikesdk.core.internal.lua;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The client's stage of one aggregation, without a LuaJ type in sight of its callers. */
public interface AggregationStage {

    /**
     * Applies the stage to the values {@code read} returns until it returns {@code end}, handing each result to
     * {@code emit}; an exception from {@code read} or {@code emit} ends it and is thrown as it is.
     *
     * @throws io.spikesdk.api.UdfException for a Lua error in the stage
     */
    void run(Supplier<Object> read, Object end, Consumer<Object> emit);

    /**
     * The stage of {@code module.function(stream, args...)}, compiled from {@code source}.
     *
     * @throws IllegalStateException when LuaJ is not on the class path
     * @throws io.spikesdk.api.UdfException when the module does not compile or lacks the function
     */
    static AggregationStage load(String module, String source, String function, List<Object> args) {
        LuaRuntime.check();
        return new ClientStage(module, source, function, args);
    }
}
