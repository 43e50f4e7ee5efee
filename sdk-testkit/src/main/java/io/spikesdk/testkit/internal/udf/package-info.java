/** Lua user-defined functions: module registration ({@code udf-*} info commands), record UDFs and stream UDFs. */
package io.spikesdk.testkit.internal.udf;
