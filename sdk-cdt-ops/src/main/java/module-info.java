/** List, map and bit operations ({@code io.spikesdk.cdt}) and expressions ({@code io.spikesdk.exp}). */
// the qualified exports name a module built after this one
@SuppressWarnings("module")
module io.spikesdk.cdt {
    requires transitive io.spikesdk.api;

    exports io.spikesdk.cdt;
    exports io.spikesdk.exp;
    exports io.spikesdk.cdt.internal to io.spikesdk.core;
    exports io.spikesdk.cdt.internal.msgpack to io.spikesdk.core;
}
