package io.tlaplex.protocol;

import java.util.Locale;
import java.util.SplittableRandom;
import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A small throughput benchmark of the state-batch codec: states per second encoded by
 * {@link BatchWriter} and decoded by {@link BatchReader} for 64-byte and 256-byte states in
 * {@link BatchDescriptor#DEFAULT_CAPACITY_BYTES} frames. Single-threaded; it returns a table and
 * prints nothing, so the CLI decides where it goes. Numbers are indicative only (no JMH forks).
 */
public final class BatchCodecBench {
    private static final long DEFAULT_MEASURE_NS = 400_000_000L;
    private static final int[] STATE_SIZES = {64, 256};
    private static final int FRAMES_PER_ROUND = 32;
    private static final long RUN_ID = 0x7AB1E5L;

    private BatchCodecBench() {
    }

    /**
     * Runs the benchmark for about two seconds.
     *
     * @return a printable table, one row per state size
     */
    public static String run() {
        return run(DEFAULT_MEASURE_NS);
    }

    /**
     * Runs the benchmark, measuring each cell for about {@code measureNs} after an equal warm-up.
     *
     * @param measureNs measuring time per cell in nanoseconds
     * @return a printable table, one row per state size
     */
    public static String run(long measureNs) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-12s %14s %18s %18s%n",
                "state bytes", "states/batch", "encode states/s", "decode states/s"));
        for (int stateSize : STATE_SIZES) {
            Cell cell = new Cell(stateSize);
            cell.encode(measureNs);
            cell.decode(measureNs);
            double encode = cell.encode(measureNs);
            double decode = cell.decode(measureNs);
            table.append(String.format(Locale.ROOT, "%-12d %14d %18.0f %18.0f%n",
                    stateSize, cell.statesPerBatch, encode, decode));
        }
        return table.toString();
    }

    /** One benchmark cell: a writer, a set of ready-made frames, and a reader, for one state size. */
    private static final class Cell {
        private final int stateSize;
        private final UnsafeBuffer state;
        private final BatchWriter writer;
        private final UnsafeBuffer[] frames = new UnsafeBuffer[FRAMES_PER_ROUND];
        private final int[] frameLengths = new int[FRAMES_PER_ROUND];
        private final BatchReader reader = new BatchReader(RUN_ID, 1, 2);
        private final SumHandler handler = new SumHandler();
        private int statesPerBatch;

        Cell(int stateSize) {
            this.stateSize = stateSize;
            byte[] bytes = new byte[stateSize];
            new SplittableRandom(stateSize).nextBytes(bytes);
            this.state = new UnsafeBuffer(bytes);
            this.writer = new BatchWriter(new UnsafeBuffer(BufferUtil.allocateDirectAligned(
                    BatchDescriptor.DEFAULT_CAPACITY_BYTES, 64)), RUN_ID, 0, 1);
            for (int i = 0; i < FRAMES_PER_ROUND; i++) {
                fill(i);
                frames[i] = new UnsafeBuffer(
                        BufferUtil.allocateDirectAligned(BatchDescriptor.DEFAULT_CAPACITY_BYTES, 64));
                frameLengths[i] = writer.seal();
                frames[i].putBytes(0, writer.buffer(), 0, frameLengths[i]);
                statesPerBatch = writer.entryCount();
                writer.markSent();
            }
        }

        private void fill(long seed) {
            long fp = seed * 0x9E3779B97F4A7C15L;
            while (writer.append(fp, fp ^ 1, (int) fp & 7, state, 0, stateSize)) {
                fp += 0x9E3779B97F4A7C15L;
            }
        }

        /** Returns states encoded per second: fill, seal and recycle one frame buffer. */
        double encode(long measureNs) {
            long states = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                for (int i = 0; i < FRAMES_PER_ROUND; i++) {
                    fill(states);
                    writer.seal();
                    states += writer.entryCount();
                    writer.markSent();
                }
                elapsed = System.nanoTime() - start;
            } while (elapsed < measureNs);
            return states * 1e9 / elapsed;
        }

        /** Returns states decoded per second: validate each frame and visit every entry. */
        double decode(long measureNs) {
            long states = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                reader.startEpoch(0);
                for (int i = 0; i < FRAMES_PER_ROUND; i++) {
                    if (reader.read(frames[i], 0, frameLengths[i], handler) == BatchVerdict.ACCEPTED) {
                        states += statesPerBatch;
                    }
                }
                elapsed = System.nanoTime() - start;
            } while (elapsed < measureNs);
            if (handler.sum == 42) {
                states++;
            }
            return states * 1e9 / elapsed;
        }
    }

    /** Reads every field of every entry, so the JIT cannot skip the decoding. */
    private static final class SumHandler implements BatchEntryHandler {
        long sum;

        @Override
        public void onEntry(int sourceNode, BatchEntryFlyweight entry) {
            sum += entry.fingerprint() ^ entry.parentFingerprint() ^ entry.actionId()
                    ^ entry.stateLength() ^ entry.buffer().getByte(entry.stateOffset());
        }
    }
}
