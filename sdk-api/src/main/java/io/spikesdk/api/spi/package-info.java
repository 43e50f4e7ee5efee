/**
 * Service-provider interfaces of the Spike SDK, implemented by SDK modules rather than by users.
 *
 * <p>Compatibility: stable across minor versions for implementers inside the SDK; new methods may be
 * added with default implementations.
 */
package io.spikesdk.api.spi;
