package io.spikesdk.examples;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Moves money between two accounts atomically with a multi-record transaction, while another writer changes the
 * records involved: on the first attempt it raises the transfer fee after the transfer read it, so the commit's
 * version check fails and {@code transaction(...)} runs the transfer again in a new transaction (with the new fee);
 * on the second attempt it tries to credit interest to an account the transfer has written and is refused until the
 * transaction ends. Needs a strong-consistency namespace {@code test}: the server given as the first argument
 * ({@code host:port}, Enterprise Edition), or an embedded one.
 */
public final class TransferExample {
    private TransferExample() {
    }

    public static void main(String[] args) {
        ExampleMain.runStrongConsistency(args, TransferExample::run);
    }

    /** The example itself, printing what it does to {@code out}. */
    public static void run(List<Host> hosts, PrintStream out) {
        try (AerospikeClient client = Aerospike.client(ClientConfig.builder().hosts(hosts).build()).connect()) {
            Key alice = Key.of("test", "transfer-demo", "alice");
            Key bob = Key.of("test", "transfer-demo", "bob");
            Key fees = Key.of("test", "transfer-demo", "fees");
            client.put(alice, Bin.of("balance", 100));
            client.put(bob, Bin.of("balance", 50));
            client.put(fees, Bin.of("transfer", 1));
            out.println("before: alice=" + balance(client, alice) + " bob=" + balance(client, bob));

            int amount = 30;
            AtomicInteger attempt = new AtomicInteger();
            // tag::transfer[]
            client.transaction(tx -> {
                int n = attempt.incrementAndGet();
                long from = tx.get(alice).getLong("balance");
                long to = tx.get(bob).getLong("balance");
                long fee = tx.get(fees).getLong("transfer");
                out.println("attempt " + n + ": alice=" + from + " bob=" + to + " fee=" + fee);
                if (n == 1) {
                    // another writer changes a record the transaction has read: the commit will notice
                    runConcurrently(() -> client.put(fees, Bin.of("transfer", 2)));
                    out.println("  concurrent writer: fee raised to 2");
                }
                if (from < amount + fee) {
                    throw new IllegalStateException("insufficient funds");
                }
                tx.put(alice, Bin.of("balance", from - amount - fee));
                tx.put(bob, Bin.of("balance", to + amount));
                if (n > 1) {
                    // the transaction now holds alice and bob: other writers are refused until it ends
                    runConcurrently(() -> {
                        try {
                            client.add(alice, Bin.of("balance", 5));
                        } catch (AerospikeException e) {
                            out.println("  concurrent writer: interest for alice refused with " + e.resultCode());
                        }
                    });
                }
            });
            // end::transfer[]
            out.println("committed after " + attempt.get() + " attempts: alice=" + balance(client, alice) + " bob="
                + balance(client, bob));
        }
    }

    private static long balance(AerospikeClient client, Key key) {
        return client.get(key).getLong("balance");
    }

    /** Runs {@code writer} on another thread and waits for it, so that the example prints the same every time. */
    private static void runConcurrently(Runnable writer) {
        Thread thread = new Thread(writer, "concurrent-writer");
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the concurrent writer", e);
        }
    }
}
