package io.tlaplex.worker.transport;

import io.tlaplex.protocol.BatchEntryFlyweight;
import io.tlaplex.protocol.BatchEntryHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.agrona.concurrent.SystemNanoClock;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A small throughput benchmark of one link, node 0 to node 1, over IPC and over UDP on 127.0.0.1, through an
 * embedded driver in a temporary directory. One thread offers states and runs both agents, so the figure is what a
 * single core moves end to end; it returns a table and prints nothing. Indicative only (no JMH forks).
 */
public final class TransportBench {
    private static final long DEFAULT_MEASURE_NS = 500_000_000L;
    private static final int[] STATE_SIZES = {64, 256};
    private static final int OFFERS_PER_CYCLE = 256;
    private static final long RUN_ID = 0xBE7CL;
    private static final long CONNECT_TIMEOUT_NS = 10_000_000_000L;
    private static final long MIN_STATES_PER_CELL = 4 * OFFERS_PER_CYCLE;
    private static final long STALL_LIMIT_NS = 20_000_000_000L;

    private TransportBench() {
    }

    /** Runs every cell for about half a second after an equal warm-up; returns a printable table. */
    public static String run() {
        return run(DEFAULT_MEASURE_NS);
    }

    /**
     * Runs the benchmark.
     *
     * @param measureNs measuring time per cell in nanoseconds, after an equal warm-up
     * @return a printable table, one row per link and state size
     */
    public static String run(long measureNs) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-16s %12s %16s %12s%n",
                "link", "state bytes", "states/s", "MB/s"));
        Path dir = freshDir();
        try (MediaDriverLauncher driver = MediaDriverLauncher.launch(DriverConfig.of(dir, DriverMode.EMBEDDED))) {
            LinkConfig link = LinkConfig.defaults().withTermLength(4 << 20);
            measureLink(table, "ipc", driver, link, "host", measureNs);
            measureLink(table, "udp mtu 1408", driver, link, "host-b", measureNs);
            measureLink(table, "udp mtu 8192", driver, link.withMtu(8192), "host-b", measureNs);
        }
        return table.toString();
    }

    private static void measureLink(StringBuilder table, String name, MediaDriverLauncher driver, LinkConfig link,
                                    String secondHost, long measureNs) {
        try (Transport first = Transport.open(driver, link, new NodeAddress(0, "host", "127.0.0.1", 0));
             Transport second = Transport.open(driver, link, new NodeAddress(1, secondHost, "127.0.0.1", 0))) {
            List<NodeAddress> nodes = List.of(first.address(), second.address());
            Counting counted = new Counting();
            DataPlane sender = first.connect(RUN_ID, nodes, new Counting(), new SystemNanoClock());
            DataPlane receiver = second.connect(RUN_ID, nodes, counted, new SystemNanoClock());
            awaitFirstState(sender, receiver, counted);
            for (int stateSize : STATE_SIZES) {
                UnsafeBuffer state = new UnsafeBuffer(new byte[stateSize]);
                pump(sender, receiver, counted, state, measureNs);
                double statesPerSecond = pump(sender, receiver, counted, state, measureNs);
                table.append(String.format(Locale.ROOT, "%-16s %12d %16.0f %12.1f%n", name, stateSize,
                        statesPerSecond, statesPerSecond * stateSize / 1e6));
            }
        }
    }

    /** Waits until the link is connected end to end, so that set-up time is not measured. */
    private static void awaitFirstState(DataPlane sender, DataPlane receiver, Counting counted) {
        UnsafeBuffer state = new UnsafeBuffer(new byte[8]);
        long deadlineNs = System.nanoTime() + CONNECT_TIMEOUT_NS;
        boolean offered = false;
        while (counted.entries == 0) {
            offered = offered || sender.proxy().offer(1, 1L, 0L, 0, state, 0, state.capacity());
            sender.sender().doWork();
            receiver.receiver().doWork();
            if (System.nanoTime() > deadlineNs) {
                throw new IllegalStateException("the benchmark link did not connect within 10 s");
            }
        }
    }

    /**
     * Returns states received per second while one thread offers and runs both agents. On a loaded host the
     * driver's conductor may not get a core within the measuring time, so the cell goes on until a few batches
     * have crossed (or a stall limit passes, leaving a rate of 0 when nothing moved at all).
     */
    private static double pump(DataPlane sender, DataPlane receiver, Counting counted, UnsafeBuffer state,
                               long measureNs) {
        long startStates = counted.entries;
        long start = System.nanoTime();
        long elapsed;
        long fp = startStates;
        do {
            for (int i = 0; i < OFFERS_PER_CYCLE; i++) {
                fp++;
                state.putLong(0, fp);
                if (!sender.proxy().offer(1, fp, fp - 1, 0, state, 0, state.capacity())) {
                    break;
                }
            }
            sender.sender().doWork();
            receiver.receiver().doWork();
            elapsed = System.nanoTime() - start;
        } while (elapsed < measureNs
                || counted.entries - startStates < MIN_STATES_PER_CELL && elapsed < STALL_LIMIT_NS);
        return (counted.entries - startStates) * 1e9 / elapsed;
    }

    private static Path freshDir() {
        Path shm = Path.of("/dev/shm");
        Path base = Files.isDirectory(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve("tlaplex-aeron-bench-" + UUID.randomUUID());
    }

    /** Counts entries and touches each one, so the JIT cannot skip the decoding. */
    private static final class Counting implements BatchEntryHandler {
        long entries;
        long sum;

        @Override
        public void onEntry(int sourceNode, BatchEntryFlyweight entry) {
            entries++;
            sum += entry.fingerprint() ^ entry.buffer().getByte(entry.stateOffset());
        }
    }
}
