/**
 * Secondary indexes of the embedded server: the values a record contributes to an index (bin or CDT context;
 * default, list, map-key and map-value collections; integer, string and blob keys), the 64-bit "bval" the real server
 * orders index entries by, and the INDEX_RANGE filter of a query.
 *
 * <p>Entries are derived from the records when a query runs rather than kept in a separate structure, so an index is
 * always exactly up to date with writes, deletes, expiry and truncation.
 *
 * <p>Part of the embedded server's implementation. Internal: not for users; may change in any release.
 */
package io.spikesdk.testkit.internal.sindex;
