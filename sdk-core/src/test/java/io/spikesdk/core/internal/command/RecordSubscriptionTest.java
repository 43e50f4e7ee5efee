package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.ScanPolicy;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Back-pressure of an async scan against a node that sends a long reply at once: a subscriber requesting one record
 * at a time gets every record, never more than it asked for, while the client holds at most the demand plus one
 * reply frame; a cancel closes the node stream's connection and leaves the client usable; an error code and a
 * non-positive request reach onError.
 */
@Timeout(60)
class RecordSubscriptionTest {
    private static final int PER_FRAME = 100;
    private static final int FRAMES = 300;

    private FakeNode node;
    private AerospikeClient client;

    @BeforeEach
    void start() throws Exception {
        node = new FakeNode("BB9FA4E000004", "test");
        client = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
            .async(AsyncConfig.builder().eventLoops(1).build()).build()).connect();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        node.close();
    }

    private static byte[] message(int info3, int resultCode, byte[] digest) {
        ByteBuffer b = ByteBuffer.allocate(22 + (digest == null ? 0 : 5 + 4 + 5 + 20));
        b.put((byte) 22).put((byte) 0).put((byte) 0).put((byte) info3).put((byte) 0).put((byte) resultCode);
        b.putInt(1).putInt(0).putInt(0).putShort((short) (digest == null ? 0 : 2)).putShort((short) 0);
        if (digest != null) {
            b.putInt(5).put((byte) 0).put("test".getBytes(StandardCharsets.UTF_8));
            b.putInt(21).put((byte) 4).put(digest);
        }
        return b.array();
    }

    private static void frame(ByteArrayOutputStream out, byte[]... messages) {
        int size = 0;
        for (byte[] m : messages) {
            size += m.length;
        }
        ByteBuffer b = ByteBuffer.allocate(8);
        b.putLong((2L << 56) | (3L << 48) | size);
        out.writeBytes(b.array());
        for (byte[] m : messages) {
            out.writeBytes(m);
        }
    }

    /** {@code frames} frames of {@link #PER_FRAME} records, then the last message with {@code endCode}. */
    private static byte[] reply(int frames, int endCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = 0;
        for (int f = 0; f < frames; f++) {
            byte[][] records = new byte[PER_FRAME][];
            for (int r = 0; r < PER_FRAME; r++, n++) {
                byte[] digest = new byte[20];
                ByteBuffer.wrap(digest, 16, 4).putInt(n);
                records[r] = message(0, 0, digest);
            }
            frame(out, records);
        }
        frame(out, message(0x01, endCode, null));
        return out.toByteArray();
    }

    /** Requests one record per onNext; records the largest number of records the client held meanwhile. */
    private static final class OneAtATime implements Flow.Subscriber<KeyRecord> {
        final CompletableFuture<Throwable> end = new CompletableFuture<>();
        final AtomicInteger received = new AtomicInteger();
        final AtomicLong demand = new AtomicLong();
        final int cancelAfter;
        volatile RecordSubscription subscription;
        volatile int maxQueued;
        volatile boolean beyondDemand;

        OneAtATime(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = (RecordSubscription) s;
            demand.incrementAndGet();
            s.request(1);
        }

        @Override
        public void onNext(KeyRecord item) {
            if (demand.decrementAndGet() < 0) {
                beyondDemand = true;
            }
            maxQueued = Math.max(maxQueued, subscription.queued());
            if (received.incrementAndGet() == cancelAfter) {
                subscription.cancel();
                subscription.cancel();
                end.complete(null);
                return;
            }
            demand.incrementAndGet();
            subscription.request(1);
        }

        @Override
        public void onError(Throwable e) {
            end.complete(e);
        }

        @Override
        public void onComplete() {
            end.complete(null);
        }
    }

    @Test
    void aSubscriberAskingForOneAtATimeGetsEveryRecordWhileTheClientHoldsAtMostOneFrame() throws Exception {
        node.respondWith((frame, i) -> FakeNode.Action.reply(reply(FRAMES, 0)));
        OneAtATime subscriber = new OneAtATime(0);
        client.async().scan(null, "test", "s").subscribe(subscriber);
        assertEquals(null, subscriber.end.get(30, TimeUnit.SECONDS));
        assertEquals(FRAMES * PER_FRAME, subscriber.received.get());
        assertTrue(!subscriber.beyondDemand, "onNext beyond demand");
        assertTrue(subscriber.maxQueued <= PER_FRAME + 1, "held " + subscriber.maxQueued + " records");
    }

    @Test
    void cancelClosesTheNodeStreamAndTheClientGoesOn() throws Exception {
        node.respondWith((frame, i) -> FakeNode.Action.reply(i == 0 ? reply(FRAMES, 0) : reply(1, 0)));
        OneAtATime cancelling = new OneAtATime(5);
        client.async().scan(null, "test", "s").subscribe(cancelling);
        assertEquals(null, cancelling.end.get(30, TimeUnit.SECONDS));
        // the tend connection stays; the stream's connection is closed
        assertEquals(1, node.awaitOpenConnections(1, 10_000));
        assertEquals(5, cancelling.received.get());

        OneAtATime next = new OneAtATime(0);
        client.async().scan(null, "test", "s").subscribe(next);
        assertEquals(null, next.end.get(30, TimeUnit.SECONDS));
        assertEquals(PER_FRAME, next.received.get());
    }

    @Test
    void anErrorCodeAndANonPositiveRequestReachOnError() throws Exception {
        node.respondWith((frame, i) -> FakeNode.Action.reply(reply(1, ResultCode.PARAMETER_ERROR.code())));
        OneAtATime subscriber = new OneAtATime(0);
        client.async().scan(ScanPolicy.DEFAULT, "test", "s").subscribe(subscriber);
        AerospikeException e = assertInstanceOf(AerospikeException.class, subscriber.end.get(30, TimeUnit.SECONDS));
        assertEquals(ResultCode.PARAMETER_ERROR, e.resultCode());

        CompletableFuture<Throwable> error = new CompletableFuture<>();
        client.async().scan(null, "test", "s").subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(0);
            }

            @Override
            public void onNext(KeyRecord item) {
                error.complete(new AssertionError("onNext without demand"));
            }

            @Override
            public void onError(Throwable t) {
                error.complete(t);
            }

            @Override
            public void onComplete() {
                error.complete(null);
            }
        });
        assertInstanceOf(IllegalArgumentException.class, error.get(30, TimeUnit.SECONDS));
    }

    /** Requests {@code first} records, then nothing until {@link #more} is completed; then everything. */
    private static final class Hesitant implements Flow.Subscriber<KeyRecord> {
        final CompletableFuture<Throwable> end = new CompletableFuture<>();
        final CompletableFuture<Void> firstReceived = new CompletableFuture<>();
        final AtomicInteger received = new AtomicInteger();
        volatile Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(KeyRecord item) {
            received.incrementAndGet();
            firstReceived.complete(null);
        }

        @Override
        public void onError(Throwable e) {
            end.complete(e);
        }

        @Override
        public void onComplete() {
            end.complete(null);
        }
    }

    @Test
    void theSocketTimeoutDoesNotRunWhileTheSubscriberIsBehindButTheTotalTimeoutDoes() throws Exception {
        byte[] reply = reply(FRAMES, 0);
        node.respondWith((frame, i) -> FakeNode.Action.reply(reply));
        Hesitant paused = new Hesitant();
        client.async().scan(ScanPolicy.builder().socketTimeout(250).totalTimeout(0).maxRetries(0).build(), "test", "s")
            .subscribe(paused);
        paused.firstReceived.get(30, TimeUnit.SECONDS);
        // three socket timeouts without a request: the paused stream does not time out
        Thread.sleep(750);
        paused.subscription.request(Long.MAX_VALUE);
        assertEquals(null, paused.end.get(30, TimeUnit.SECONDS));
        assertEquals(FRAMES * PER_FRAME, paused.received.get());

        Hesitant stuck = new Hesitant();
        client.async().scan(ScanPolicy.builder().socketTimeout(0).totalTimeout(300).maxRetries(0).build(), "test",
            "s").subscribe(stuck);
        AerospikeException e = assertInstanceOf(AerospikeException.class, stuck.end.get(30, TimeUnit.SECONDS));
        assertEquals(ResultCode.TIMEOUT, e.resultCode());
        assertEquals(1, stuck.received.get());
    }
}
