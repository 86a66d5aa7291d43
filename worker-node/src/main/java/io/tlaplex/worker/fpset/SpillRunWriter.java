package io.tlaplex.worker.fpset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Writes the keys of a fully frozen table to a sorted run file without sorting the whole table: a key's home slot
 * is monotone in the key and a key sits in the cluster (run of non-frozen slots) of its home, so sorting each
 * cluster on its own yields the global order; only the cluster that wraps round the end needs splitting. Used by
 * the one thread that finished freezing the table; the table is only read.
 */
final class SpillRunWriter {
    private static final int BUFFER_BYTES = 1 << 20;

    private final FingerprintTable table;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.nativeOrder());
    private long[] scratch = new long[1024];
    private int scratchSize;
    private FileChannel channel;
    private BlockedBloomFilter filter;
    private long[] blockFirstKeys;
    private long written;
    private long previous;

    private SpillRunWriter(FingerprintTable table) {
        this.table = table;
    }

    /** The number of keys in a frozen table. */
    static long countKeys(FingerprintTable table) {
        long keys = 0;
        for (long index = 0; index < table.capacity; index++) {
            if (table.slot(index) != FingerprintTable.FROZEN) {
                keys++;
            }
        }
        return keys;
    }

    /** Writes the {@code keys} keys of the frozen {@code table} to a new file in {@code directory}. */
    static SpillRun write(FingerprintTable table, long keys, Path directory) throws IOException {
        Path file = Files.createTempFile(directory, "tlaplex-fpset-", ".run");
        try {
            return new SpillRunWriter(table).writeTo(file, keys);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private SpillRun writeTo(Path file, long keys) throws IOException {
        filter = new BlockedBloomFilter(keys);
        blockFirstKeys = new long[(int) ((keys + SpillRun.BLOCK_KEYS - 1) / SpillRun.BLOCK_KEYS)];
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            channel = out;
            emitTable();
            flush();
            out.force(false);
        }
        if (written != keys) {
            throw new IllegalStateException("spilled " + written + " fingerprints, expected " + keys);
        }
        return SpillRun.open(file, keys, blockFirstKeys, filter);
    }

    private void emitTable() throws IOException {
        long capacity = table.capacity;
        long firstFrozen = 0;
        while (table.slot(firstFrozen) != FingerprintTable.FROZEN) {
            firstFrozen++;
        }
        long lastFrozen = capacity - 1;
        while (table.slot(lastFrozen) != FingerprintTable.FROZEN) {
            lastFrozen--;
        }
        // The cluster that wraps: the tail after the last frozen slot plus the head before the first one.
        collect(lastFrozen + 1, capacity);
        collect(0, firstFrozen);
        sortScratch();
        int lowKeys = 0;
        while (lowKeys < scratchSize && table.home(scratch[lowKeys]) < firstFrozen) {
            lowKeys++;
        }
        long[] wrapped = Arrays.copyOf(scratch, scratchSize);
        for (int i = 0; i < lowKeys; i++) {
            emit(wrapped[i]);
        }
        scratchSize = 0;
        for (long index = firstFrozen + 1; index <= lastFrozen; index++) {
            long key = table.slot(index);
            if (key == FingerprintTable.FROZEN) {
                emitScratch();
            } else {
                push(key);
            }
        }
        emitScratch();
        for (int i = lowKeys; i < wrapped.length; i++) {
            emit(wrapped[i]);
        }
    }

    private void collect(long from, long to) {
        for (long index = from; index < to; index++) {
            push(table.slot(index));
        }
    }

    private void push(long key) {
        if (scratchSize == scratch.length) {
            scratch = Arrays.copyOf(scratch, scratchSize * 2);
        }
        scratch[scratchSize++] = key;
    }

    /** Sorts the scratch keys as unsigned numbers (flipping the sign bit maps unsigned order to signed). */
    private void sortScratch() {
        for (int i = 0; i < scratchSize; i++) {
            scratch[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(scratch, 0, scratchSize);
        for (int i = 0; i < scratchSize; i++) {
            scratch[i] ^= Long.MIN_VALUE;
        }
    }

    private void emitScratch() throws IOException {
        sortScratch();
        for (int i = 0; i < scratchSize; i++) {
            emit(scratch[i]);
        }
        scratchSize = 0;
    }

    private void emit(long key) throws IOException {
        if (written > 0 && Long.compareUnsigned(previous, key) >= 0) {
            throw new IllegalStateException("fingerprint run out of order at position " + written);
        }
        if (written % SpillRun.BLOCK_KEYS == 0) {
            blockFirstKeys[(int) (written / SpillRun.BLOCK_KEYS)] = key;
        }
        filter.add(key);
        if (!buffer.hasRemaining()) {
            flush();
        }
        buffer.putLong(key);
        previous = key;
        written++;
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
