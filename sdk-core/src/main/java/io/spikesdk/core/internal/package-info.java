/** sdk-core internals (cluster, connections, commands); no compatibility promise. */
package io.spikesdk.core.internal;
