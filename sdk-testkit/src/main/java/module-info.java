/**
 * The embedded Aerospike server for tests, its JUnit 5 extension ({@code io.spikesdk.testkit.junit}, needs
 * JUnit Jupiter) and the Testcontainers container ({@code io.spikesdk.testkit.containers}, needs
 * Testcontainers): both dependencies are optional, hence {@code requires static}. LuaJ (the UDF runtime) has
 * classes in the unnamed package, so it cannot be a module: it stays on the class path, read through
 * {@code --add-reads io.spikesdk.testkit=ALL-UNNAMED}.
 */
module io.spikesdk.testkit {
    requires transitive io.spikesdk.api;
    requires io.spikesdk.core;
    requires org.slf4j;
    requires java.naming; // LdapName reads the common name of a certificate subject
    requires s2.geometry;
    requires static org.junit.jupiter.api;
    requires static org.junit.platform.commons;
    requires static testcontainers;

    exports io.spikesdk.testkit;
    exports io.spikesdk.testkit.junit;
    exports io.spikesdk.testkit.containers;
}
