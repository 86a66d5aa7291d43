package io.tlaplex.coordinator.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Orders the JVM's shutdown hooks of a cluster run, which the JVM starts all at once: the checkpoint a stop asks
 * for runs first, and the hooks that would end the node JVMs or remove the run's files wait for it (a bounded
 * while), so that a SIGTERM or a Ctrl-C leaves a committed epoch to resume from.
 */
public final class StopHooks {
    /** How long the other hooks wait: the checkpoint hook's own limit, and a little. */
    private static final long WAIT_MS = 65_000;
    private static final Map<Thread, CountDownLatch> FIRST = new ConcurrentHashMap<>();

    private StopHooks() {
    }

    /** Registers {@code task} as a shutdown hook that the {@link #awaitFirst} callers wait for; returns its thread. */
    static Thread addFirst(String name, Runnable task) {
        CountDownLatch ran = new CountDownLatch(1);
        Thread hook = Thread.ofPlatform().name(name).unstarted(() -> {
            try {
                task.run();
            } finally {
                ran.countDown();
            }
        });
        FIRST.put(hook, ran);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Unregisters a hook of {@link #addFirst}: its run is over and it will not be needed. */
    static void removeFirst(Thread hook) {
        FIRST.remove(hook);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is stopping: the hook runs, and the others still wait for it through its latch.
        }
    }

    /** Waits, at most a little over a minute in all, for the first hooks that are registered to finish. */
    public static void awaitFirst() {
        long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
        for (CountDownLatch ran : FIRST.values()) {
            try {
                ran.await(Math.max(0, deadlineNs - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
