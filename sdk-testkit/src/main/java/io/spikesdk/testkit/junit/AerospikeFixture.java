package io.spikesdk.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Loads fixture files (class path resources, {@code .json} or {@code .asb}) into the embedded server of an
 * {@link EmbeddedAerospikeTest} before each test method: those on the test class (and its enclosing classes, outermost
 * first), then those on the method. A fixture's records are put back into their fixture state before every test;
 * records a test adds are left alone (choose the server's lifecycle for that).
 *
 * <pre>{@code
 * @EmbeddedAerospikeTest
 * @AerospikeFixture("orders.json")
 * class OrderServiceTest { ... }
 * }</pre>
 *
 * <p>A name without a leading {@code /} is looked up next to the test class first (its package), then at the class
 * path root; {@code /fixtures/orders.json} is looked up at the root only. A fixture that cannot be loaded fails the
 * test with the file, line, record and problem. Not available against a real server.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(AerospikeFixture.List.class)
public @interface AerospikeFixture {

    /** The resource names, loaded in order. */
    String[] value();

    /** Several {@link AerospikeFixture}s on one element. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @interface List {
        AerospikeFixture[] value();
    }
}
