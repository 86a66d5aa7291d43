package io.tlaplex.frontend.value;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The 64-bit fingerprint of canonical encodings. The hash reads the bytes as little-endian 64-bit words; each
 * word is multiplied by an odd constant, rotated and multiplied again before it is folded into the state, which
 * is then rotated, multiplied and offset; the length seeds the state and a final avalanche (xor-shift-multiply)
 * spreads every input bit over the result. The seed lets a run pick its own function.
 *
 * <p>Collision properties: this is not a cryptographic or provably universal hash (TLC's Rabin polynomial
 * fingerprints give a proven bound per pair for a random polynomial). For inputs that are not built against the
 * seed it behaves like a random function, so among {@code n} distinct states the chance of any collision is about
 * {@code n^2 / 2^65}: about 3e-8 for 10^6 states, 3e-2 for 10^9 states. Equal values always collide, because
 * their encodings are identical.
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

    /** Fingerprint of one value (allocates a buffer; workers use {@link StateFingerprinter}). */
    public static long of(Value value, long seed) {
        MutableBuffer out = new MutableBuffer(64);
        value.encode(out);
        return hash(out.array(), 0, out.length(), seed);
    }

    /** Fingerprint of a state (allocates a buffer; workers use {@link StateFingerprinter}). */
    public static long ofState(Value[] state, long seed) {
        MutableBuffer out = new MutableBuffer(256);
        ValueCodec.encodeState(state, out);
        return hash(out.array(), 0, out.length(), seed);
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
