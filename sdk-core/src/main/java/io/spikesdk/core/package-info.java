/**
 * The implementation of the Spike SDK client API: only {@link io.spikesdk.core.SpikeClientProvider}
 * is public; everything under {@code io.spikesdk.core.internal} may change without notice.
 */
package io.spikesdk.core;
