package io.tlaplex.worker.queue;

/** A run of queued entries, in memory ({@code data != null}) or in one spill segment; owned by its queue's thread. */
final class Chunk {
    /** Entries in {@code [0, used)}; null while the chunk lives only on disk. */
    byte[] data;
    int used;
    int count;
    int readPos;
    int readCount;
    /** The segment file's number once spilled, otherwise -1. */
    long segment = -1;

    Chunk(byte[] data) {
        this.data = data;
    }

    boolean drained() {
        return readCount == count;
    }

    void reset() {
        used = 0;
        count = 0;
        readPos = 0;
        readCount = 0;
        segment = -1;
    }
}
