/**
 * Adapters of the {@link io.spikesdk.api.metrics.MetricsListener} SPI to metrics and tracing libraries, each an
 * optional dependency that the application adds itself: {@link io.spikesdk.core.metrics.MicrometerMetrics}
 * (Micrometer, {@code io.micrometer:micrometer-core}) and {@link io.spikesdk.core.metrics.OpenTelemetryTracing}
 * (OpenTelemetry, {@code io.opentelemetry:opentelemetry-api}). Combine several with
 * {@link io.spikesdk.api.metrics.MetricsListener#all}.
 */
package io.spikesdk.core.metrics;
