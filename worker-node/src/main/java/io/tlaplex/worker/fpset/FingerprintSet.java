package io.tlaplex.worker.fpset;

import java.util.function.LongConsumer;

/**
 * The set of 64-bit state fingerprints one node has seen: the dedup step of the search. Implementations are safe
 * for any number of threads inserting at once and never forget a fingerprint; the spec of the concurrent algorithm
 * is {@code docs/specs/FingerprintSet.tla}.
 */
public interface FingerprintSet extends FingerprintSource, AutoCloseable {

    /**
     * Adds {@code fp} if it is absent.
     *
     * @return true for exactly one of all calls with the same fingerprint, the one that added it
     * @throws FingerprintSetExhaustedException when neither memory nor disk can take more fingerprints; the
     *     checker stops with exit code {@link FingerprintSetExhaustedException#EXIT_CODE}
     */
    boolean insert(long fp);

    /**
     * Inserts {@code fps[0..count)} as {@link #insert} would, one after the other, and sets {@code added[i]} to
     * what {@code insert(fps[i])} returned. Faster than single inserts: the table slots of the whole batch are
     * read first, so that their cache misses overlap.
     *
     * @return how many fingerprints were added
     */
    int insertAll(long[] fps, int count, boolean[] added);

    /** Whether {@code fp} was added by an insert that has returned. */
    boolean contains(long fp);

    /** The number of distinct fingerprints added; exact when no insert is running. */
    @Override
    long size();

    /** Bytes of memory the set holds now: tables, and the filters and indexes of spilled runs. */
    long memoryBytes();

    /** Bytes of disk the set holds in spilled runs. */
    long diskBytes();

    /**
     * Hands every fingerprint in the set to {@code action}, each once. Only while no other call is running (a
     * checkpoint pauses the workers first); finishes a table migration that is under way.
     */
    @Override
    void forEach(LongConsumer action);

    /**
     * A copy of the set as it is now, taken while no other call runs (workers paused at a checkpoint) and read
     * later while inserts go on; costs a copy of the in-memory table. Closing it frees the copy; close it before the
     * set itself.
     */
    Snapshot snapshot();

    /** A frozen copy of a {@link FingerprintSet}. */
    interface Snapshot extends FingerprintSource, AutoCloseable {
        @Override
        void close();
    }

    /** Frees the memory and deletes the spill files. The set must not be used afterwards. */
    @Override
    void close();
}
