/**
 * Client metrics: the {@link io.spikesdk.api.metrics.MetricsListener} SPI that the client calls after every
 * command and on connection events (set it with {@link io.spikesdk.api.ClientConfig.Builder#metricsListener}),
 * and {@link io.spikesdk.api.metrics.CommandHistograms}, a built-in in-memory listener. Adapters for Micrometer
 * and OpenTelemetry live in {@code io.spikesdk.core.metrics}.
 */
package io.spikesdk.api.metrics;
