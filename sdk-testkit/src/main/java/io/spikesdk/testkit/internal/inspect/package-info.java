/**
 * Reading what the server holds and what it was sent, for tests: stored particles as Java values, requests decoded
 * into readable operations.
 */
package io.spikesdk.testkit.internal.inspect;
