package io.spikesdk.testkit.internal.udf;

/**
 * One registered module.
 *
 * @param filename the name it was registered under, extension included
 * @param content64 the source as the client sent it, base64
 * @param source the decoded source
 * @param hash what {@code udf-list} reports: the SHA-1 (hex) of the server's system-metadata JSON of the module
 */
public record UdfModule(String filename, String content64, byte[] source, String hash) {
}
