/**
 * The client stage of aggregations in Lua, on LuaJ ({@code org.luaj:luaj-jse}, an optional dependency): only
 * {@link io.spikesdk.core.internal.lua.ClientStage} refers to LuaJ, and it is loaded only after
 * {@link io.spikesdk.core.internal.lua.LuaRuntime#check()} found LuaJ on the class path.
 */
package io.spikesdk.core.internal.lua;
