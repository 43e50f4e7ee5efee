package io.spikesdk.testkit.internal.info;

/** The server build the embedded server answers as (Aerospike CE 8.1.2.0). */
final class ServerVersion {
    static final String BUILD = "8.1.2.0";
    static final String EDITION = "Aerospike Community Edition";
    static final String VERSION = EDITION + " build " + BUILD;
    static final String OS = "spike-embedded";
    static final String ARCH = "jvm";
    static final String SHA = "0000000000000000000000000000000000000000";
    static final String RELEASE = "edition=" + EDITION + ";version=" + BUILD + ";os=" + OS + ";arch=" + ARCH
            + ";sha=" + SHA;
    static final String COMPATIBILITY_ID = "15";

    private ServerVersion() {
    }
}
