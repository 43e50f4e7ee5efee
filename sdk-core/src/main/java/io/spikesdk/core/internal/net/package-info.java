/**
 * Sockets, connection pools, proto framing and the info protocol on the client side. Internal: not for
 * users; may change in any release.
 */
package io.spikesdk.core.internal.net;
