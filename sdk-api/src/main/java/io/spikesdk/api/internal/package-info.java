/**
 * Internals of the Spike SDK API module, shared with the other SDK modules.
 *
 * <p>Not for users: public only so that {@code sdk-core} and {@code sdk-cdt-ops} can use them. Anything
 * here may change or disappear in any release without notice.
 */
package io.spikesdk.api.internal;
