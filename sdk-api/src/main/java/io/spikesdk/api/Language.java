package io.spikesdk.api;

/** The language of a user-defined function module; the server runs Lua only. */
public enum Language {
    LUA
}
