package io.tlaplex.worker.queue;

import static io.tlaplex.worker.queue.StateEntryDescriptor.LENGTH_OFFSET;
import static io.tlaplex.worker.queue.StateEntryDescriptor.getInt;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

/**
 * A worker's FIFO of states to expand, held in fixed-size chunks: in memory up to a byte budget,
 * beyond it in checksummed spill segment files that are read back in order and deleted once read.
 * When memory is full the newest sealed chunk is spilled, as it is the last to be needed. No state
 * is dropped: an unreadable segment throws {@link SpillCorruptedException}. Owned by one thread.
 */
public final class StateQueue implements AutoCloseable {
    /** A segment size that keeps file-system overhead negligible (small ones cost a file per few KiB). */
    public static final int DEFAULT_SEGMENT_BYTES = 4 << 20;

    private final SpillFiles files;
    private final int segmentBytes;
    private final int maxChunksBehindHead;
    /** Head (being read) first, tail (being written) last; never empty. */
    private final ArrayDeque<Chunk> chunks = new ArrayDeque<>();
    private final ArrayDeque<byte[]> spareArrays = new ArrayDeque<>();
    private final ArrayDeque<Chunk> spareChunks = new ArrayDeque<>();
    private Chunk tail;
    private int chunksInMemoryBehindHead;
    private long size;
    private long nextSegment;
    private int segmentsOnDisk;
    private long bytesOnDisk;
    private boolean closed;

    /**
     * Spills to {@code <spillDir>/<name>-<n>.spill}. Memory holds at most
     * {@code max(2, memoryBudgetBytes / segmentBytes)} chunks of {@code segmentBytes} (one state larger
     * than a chunk gets a chunk of its own size). Refuses to start over segment files of the same name.
     */
    public StateQueue(Path spillDir, String name, long memoryBudgetBytes, int segmentBytes) {
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("queue name must be letters, digits, '_', '.' or '-': " + name);
        }
        if (segmentBytes < 2 * StateEntryDescriptor.HEADER_LENGTH || memoryBudgetBytes < 0) {
            throw new IllegalArgumentException("segment of " + segmentBytes + " bytes or budget of "
                    + memoryBudgetBytes + " bytes is too small");
        }
        this.files = new SpillFiles(spillDir, name);
        List<Path> leftovers = files.existing();
        if (!leftovers.isEmpty()) {
            throw new IllegalStateException("spill segments of an earlier run are in the way: " + leftovers.get(0));
        }
        this.segmentBytes = segmentBytes;
        this.maxChunksBehindHead = (int) Math.max(1, Math.min(Integer.MAX_VALUE, memoryBudgetBytes / segmentBytes - 1));
        this.tail = new Chunk(new byte[segmentBytes]);
        chunks.add(tail);
    }

    /**
     * Appends every state of {@code batch}, in order. If a segment cannot be written this throws
     * {@link java.io.UncheckedIOException}: the states before the failure are queued, the rest are not.
     */
    public void append(StateBatch batch) {
        checkOpen();
        byte[] src = batch.array();
        int n = batch.size();
        int i = 0;
        while (i < n) {
            int free = tail.data.length - tail.used;
            int j = i;
            int bytes = 0;
            while (j < n && bytes + batch.entryLength(j) <= free) {
                bytes += batch.entryLength(j);
                j++;
            }
            if (j == i) {
                makeRoom(batch.entryLength(i));
                continue;
            }
            System.arraycopy(src, batch.offset(i), tail.data, tail.used, bytes);
            tail.used += bytes;
            tail.count += j - i;
            size += j - i;
            i = j;
        }
    }

    /**
     * Replaces the contents of {@code batch} with up to {@code maxStates} of the oldest states, in
     * order, and returns how many; 0 only when the queue is empty. A batch never spans into a segment
     * that still has to be read from disk, so a failed read never swallows states already taken.
     */
    public int poll(StateBatch batch, int maxStates) {
        checkOpen();
        if (maxStates < 1) {
            throw new IllegalArgumentException("maxStates must be positive: " + maxStates);
        }
        batch.clear();
        int taken = 0;
        while (taken < maxStates && size > 0) {
            Chunk head = chunks.peekFirst();
            if (head.drained()) {
                dropHead();
                continue;
            }
            if (head.data == null) {
                if (taken > 0) {
                    break;
                }
                load(head);
            }
            int k = 0;
            int bytes = 0;
            while (k < maxStates - taken && head.readCount + k < head.count) {
                bytes += getInt(head.data, head.readPos + bytes + LENGTH_OFFSET);
                k++;
            }
            batch.appendEntries(head.data, head.readPos, bytes, k);
            head.readPos += bytes;
            head.readCount += k;
            size -= k;
            taken += k;
        }
        tidyHead();
        return taken;
    }

    /** States queued, in memory and on disk. */
    public long size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Spill segment files currently on disk. */
    public int segmentsOnDisk() {
        return segmentsOnDisk;
    }

    /** Bytes of entries currently on disk (headers of the segment files not counted). */
    public long bytesOnDisk() {
        return bytesOnDisk;
    }

    /** Deletes every spill segment still on disk; the states in them are discarded with the queue. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Chunk chunk : chunks) {
            if (chunk.data == null) {
                files.delete(chunk.segment);
            }
        }
        chunks.clear();
        segmentsOnDisk = 0;
        bytesOnDisk = 0;
        size = 0;
    }

    /** The tail has no room for an entry of {@code length} bytes. */
    private void makeRoom(int length) {
        if (tail.count == 0) {
            release(tail.data);
            tail.data = acquire(length);
            return;
        }
        if (tail != chunks.peekFirst() && chunksInMemoryBehindHead + 1 > maxChunksBehindHead) {
            spill(tail);
        }
        Chunk next = spareChunks.isEmpty() ? new Chunk(null) : spareChunks.pop();
        next.reset();
        next.data = acquire(length);
        chunks.addLast(next);
        tail = next;
        chunksInMemoryBehindHead++;
    }

    private void spill(Chunk chunk) {
        long number = nextSegment++;
        files.write(number, chunk);
        chunk.segment = number;
        release(chunk.data);
        chunk.data = null;
        segmentsOnDisk++;
        bytesOnDisk += chunk.used;
        chunksInMemoryBehindHead--;
    }

    private void load(Chunk head) {
        int expected = head.count;
        byte[] spare = spareArrays.isEmpty() ? new byte[segmentBytes] : spareArrays.pop();
        try {
            files.read(head.segment, head, spare);
        } catch (RuntimeException e) {
            spareArrays.push(spare);
            throw e;
        }
        if (head.data != spare) {
            spareArrays.push(spare);
        }
        if (head.count != expected) {
            throw new SpillCorruptedException(files.path(head.segment),
                    "is corrupted: holds " + head.count + " states, " + expected + " were written");
        }
        segmentsOnDisk--;
        bytesOnDisk -= head.used;
        // Its states now live in memory only, like every other state of this queue.
        files.delete(head.segment);
    }

    /** Frees drained chunks ahead of the tail and rewinds a drained tail, so memory is reused at once. */
    private void tidyHead() {
        while (chunks.peekFirst() != tail && chunks.peekFirst().drained()) {
            dropHead();
        }
        if (tail.drained()) {
            tail.reset();
        }
    }

    private void dropHead() {
        Chunk old = chunks.pollFirst();
        if (old.data != null) {
            release(old.data);
        }
        old.data = null;
        spareChunks.push(old);
        if (chunks.peekFirst().data != null) {
            chunksInMemoryBehindHead--;
        }
    }

    private byte[] acquire(int length) {
        if (length > segmentBytes) {
            return new byte[length];
        }
        return spareArrays.isEmpty() ? new byte[segmentBytes] : spareArrays.pop();
    }

    /** Only standard-size arrays are kept for reuse; an oversized one goes to the garbage collector. */
    private void release(byte[] array) {
        if (array.length == segmentBytes) {
            spareArrays.push(array);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("queue is closed");
        }
    }
}
