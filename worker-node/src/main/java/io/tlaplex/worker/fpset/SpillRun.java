package io.tlaplex.worker.fpset;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A sorted file of stored keys that left memory, mapped read-only, with a sparse in-memory index (the first key of
 * every 4 KiB block) and a {@link BlockedBloomFilter}. Immutable once built; any thread may look up. The mapping is
 * released by the garbage collector when no table refers to the run any more.
 */
final class SpillRun {
    /** Keys per index block: one 4 KiB page of the file. */
    static final int BLOCK_KEYS = 512;
    /** Keys per mapping: a mapped buffer holds at most 2 GiB. */
    private static final int MAP_SHIFT = 27;
    private static final long MAP_MASK = (1L << MAP_SHIFT) - 1;
    static final SpillRun[] NONE = new SpillRun[0];

    final Path file;
    final long count;
    private final long[] blockFirstKeys;
    private final BlockedBloomFilter filter;
    private final MappedByteBuffer[] maps;

    private SpillRun(Path file, long count, long[] blockFirstKeys, BlockedBloomFilter filter,
            MappedByteBuffer[] maps) {
        this.file = file;
        this.count = count;
        this.blockFirstKeys = blockFirstKeys;
        this.filter = filter;
        this.maps = maps;
    }

    /** Maps {@code file}, which holds {@code count} keys in ascending unsigned order, native byte order. */
    static SpillRun open(Path file, long count, long[] blockFirstKeys, BlockedBloomFilter filter)
            throws IOException {
        int mapCount = (int) ((count + MAP_MASK) >>> MAP_SHIFT);
        MappedByteBuffer[] maps = new MappedByteBuffer[mapCount];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int m = 0; m < mapCount; m++) {
                long first = (long) m << MAP_SHIFT;
                long keys = Math.min(1L << MAP_SHIFT, count - first);
                maps[m] = channel.map(FileChannel.MapMode.READ_ONLY, first * Long.BYTES, keys * Long.BYTES);
                maps[m].order(ByteOrder.nativeOrder());
            }
        }
        return new SpillRun(file, count, blockFirstKeys, filter, maps);
    }

    static boolean anyContains(SpillRun[] runs, long key) {
        for (SpillRun run : runs) {
            if (run.contains(key)) {
                return true;
            }
        }
        return false;
    }

    boolean contains(long key) {
        if (!filter.mightContain(key)) {
            return false;
        }
        int block = lastBlockNotAfter(key);
        if (block < 0) {
            return false;
        }
        long low = (long) block * BLOCK_KEYS;
        long high = Math.min(count, low + BLOCK_KEYS) - 1;
        while (low <= high) {
            long mid = (low + high) >>> 1;
            int order = Long.compareUnsigned(keyAt(mid), key);
            if (order == 0) {
                return true;
            }
            if (order < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return false;
    }

    long keyAt(long position) {
        return maps[(int) (position >>> MAP_SHIFT)].getLong((int) (position & MAP_MASK) * Long.BYTES);
    }

    long memoryBytes() {
        return filter.memoryBytes() + (long) blockFirstKeys.length * Long.BYTES;
    }

    long diskBytes() {
        return count * Long.BYTES;
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private int lastBlockNotAfter(long key) {
        int low = 0;
        int high = blockFirstKeys.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (Long.compareUnsigned(blockFirstKeys[mid], key) <= 0) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
