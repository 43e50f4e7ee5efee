package io.spikesdk.testkit.internal.storage;

/** What the namespace supervisor reports in {@code namespace/<ns>}: its eviction state and counters. */
public final class NsupStats {
    private volatile boolean hwmBreached;
    private volatile long evictedObjects;
    private volatile long evictVoidTime;
    private volatile long evictTtl;
    private volatile long nonExpirableObjects;

    synchronized void hwmBreached(boolean breached) {
        hwmBreached = breached;
    }

    synchronized void evicting(long voidTime, long ttl) {
        evictVoidTime = voidTime;
        evictTtl = ttl;
    }

    synchronized void cycleDone(long nonExpirable, long evicted) {
        nonExpirableObjects = nonExpirable;
        evictedObjects += evicted;
    }

    synchronized void clear() {
        hwmBreached = false;
        evictedObjects = 0;
        evictVoidTime = 0;
        evictTtl = 0;
        nonExpirableObjects = 0;
    }

    /** hwm_breached: the last cycle found an eviction limit breached. */
    public boolean hwmBreached() {
        return hwmBreached;
    }

    /** evicted_objects. */
    public long evictedObjects() {
        return evictedObjects;
    }

    /** evict_void_time (and smd_evict_void_time): the last cut, in server-epoch seconds; 0 before any eviction. */
    public long evictVoidTime() {
        return evictVoidTime;
    }

    /** evict_ttl: how far ahead of the clock the last cut was. */
    public long evictTtl() {
        return evictTtl;
    }

    /** non_expirable_objects: records without TTL the last cycle saw. */
    public long nonExpirableObjects() {
        return nonExpirableObjects;
    }
}
