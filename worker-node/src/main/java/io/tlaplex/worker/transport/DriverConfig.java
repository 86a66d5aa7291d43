package io.tlaplex.worker.transport;

import java.nio.file.Path;
import java.util.Objects;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * How this JVM finds or starts the host's media driver, and how idle threads wait: by default they back off to
 * 1 ms parks so an idle node burns no core; {@code busySpin} trades a core per thread for the lowest latency.
 *
 * @param aeronDir directory of the driver's shared memory files, the same for every JVM on the host
 * @param mode     whether to embed, attach to, or pick
 * @param busySpin whether the driver and the transport agents spin instead of backing off
 */
public record DriverConfig(Path aeronDir, DriverMode mode, boolean busySpin) {
    private static final long MIN_PARK_NS = 1_000;
    private static final long MAX_PARK_NS = 1_000_000;

    /** Checks the components. */
    public DriverConfig {
        Objects.requireNonNull(aeronDir, "aeronDir");
        Objects.requireNonNull(mode, "mode");
    }

    /** Returns a config that backs off when idle. */
    public static DriverConfig of(Path aeronDir, DriverMode mode) {
        return new DriverConfig(aeronDir, mode, false);
    }

    /** Returns a new idle strategy for one thread (idle strategies keep per-thread state). */
    public IdleStrategy newIdleStrategy() {
        return busySpin ? new BusySpinIdleStrategy() : new BackoffIdleStrategy(100, 10, MIN_PARK_NS, MAX_PARK_NS);
    }
}
