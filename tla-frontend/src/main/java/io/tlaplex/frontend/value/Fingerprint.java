package io.tlaplex.frontend.value;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The 64-bit fingerprint of values and states. It is a hash tree over the canonical form ({@link ValueCodec}): a
 * value's 64-bit hash ({@link Value#hash64}) folds its tag, its size and its parts' hashes in canonical order
 * (set elements in TLC's order; function domain elements and values), strings and model values hash their
 * UTF-8 bytes, and built sets and functions remember their hash, so a successor state re-hashes only what it
 * changed. A state's fingerprint folds the run's seed, the number of variables and the variables' hashes; each
 * fold multiplies the word by an odd constant, rotates and multiplies again, and a final avalanche
 * (xor-shift-multiply) spreads every input bit over the result. Equal values always collide, whatever their
 * representation.
 *
 * <p>Collision properties: this is not a cryptographic or provably universal hash (TLC's Rabin polynomial
 * fingerprints give a proven bound per pair for a random polynomial). For inputs that are not built against it,
 * it behaves like a random function: among {@code n} distinct states the chance of any collision is about
 * {@code n^2 / 2^65} (3e-8 for 10^6 states, 3e-2 for 10^9), plus, at each level of nesting, about
 * {@code m^2 / 2^65} for the {@code m} distinct values that occur there. The seed re-draws the fold of the state
 * but not the hashes of the values inside it, which are remembered across seeds.
 */
public final class Fingerprint {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;

    private Fingerprint() {
    }

    /** Hash of {@code data[offset, offset + length)} under {@code seed}; allocates nothing. */
    public static long hash(byte[] data, int offset, int length, long seed) {
        long h = seed * P5 + P3 + (long) length * P1;
        int i = offset;
        int end = offset + length;
        while (end - i >= 8) {
            h = round(h, (long) LONGS.get(data, i));
            i += 8;
        }
        if (i < end) {
            long tail = 0;
            for (int shift = 0; i < end; shift += 8) {
                tail |= (data[i++] & 0xFFL) << shift;
            }
            h = round(h, tail);
        }
        return avalanche(h);
    }

    /**
     * Fingerprint of one value under {@code seed}; allocates nothing once the value's parts are built.
     *
     * @throws EvalException for a value that has no finite form, such as {@code Nat}, as {@link Value#encode}
     */
    public static long of(Value value, long seed) {
        return avalanche(round(start(seed, 1), value.hash64()));
    }

    /** Fingerprint of a state: its variables' values in variable order, under {@code seed}. */
    public static long ofState(Value[] state, long seed) {
        long h = start(seed, state.length);
        for (Value v : state) {
            h = round(h, v.hash64());
        }
        return avalanche(h);
    }

    private static long start(long seed, int count) {
        return seed * P5 + P3 + (long) count * P1;
    }

    /** The start of a hash-tree node with {@code tag} (a {@link ValueCodec} tag) and {@code count} parts. */
    static long node(int tag, int count) {
        return start(tag, count);
    }

    /** Folds a part's 64-bit hash into a node started by {@link #node}. */
    static long add(long h, long part) {
        return round(h, part);
    }

    /** The finished hash of a node. */
    static long finish(long h) {
        return avalanche(h);
    }

    /** The hash of the integer {@code v}: a bijection of {@code v}, apart from the other kinds of value. */
    static long ofInt(int v) {
        return avalanche(((long) v << 8 | ValueCodec.TAG_INT) * P1 + P4);
    }

    /** The hash of a value with no parts, such as {@code TRUE}, from its tag. */
    static long ofTag(int tag) {
        return avalanche(tag * P1 + P4);
    }

    /** The hash of a string or model value ({@code tag}) from its UTF-8 bytes. */
    static long ofBytes(int tag, byte[] utf8) {
        return hash(utf8, 0, utf8.length, tag);
    }

    private static long round(long h, long word) {
        long k = Long.rotateLeft(word * P2, 31) * P1;
        return Long.rotateLeft(h ^ k, 27) * P1 + P4;
    }

    private static long avalanche(long h) {
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        h ^= h >>> 32;
        return h;
    }
}
