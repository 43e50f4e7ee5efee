package io.spikesdk.testkit;

/** What kind of request a node served, as recorded in its {@linkplain EmbeddedAerospike#activity() activity log}. */
public enum CommandKind {
    /** A single-record read (get, exists, read-only operate). */
    READ,
    /** A single-record write (put, operate with writes, touch, UDF apply). */
    WRITE,
    /** A single-record delete. */
    DELETE,
    /** An info request (one entry per request frame, however many commands it carries). */
    INFO,
    /** Any other AS_MSG: batch, scan, query or a message that names no record. */
    OTHER
}
