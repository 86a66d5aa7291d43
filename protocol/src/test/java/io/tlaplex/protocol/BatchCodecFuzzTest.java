package io.tlaplex.protocol;

import static io.tlaplex.protocol.BatchDescriptor.BYTE_ORDER;
import static io.tlaplex.protocol.BatchDescriptor.HEADER_LENGTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds the reader thousands of damaged frames (seeded, so a failure reproduces) and checks that
 * nothing escapes as an exception, that every frame damaged without re-sealing is rejected, and
 * that the entries of any accepted frame lie inside it.
 */
class BatchCodecFuzzTest {
    private static final long SEED = 0x5EED_2026_1122L;
    private static final int ITERATIONS = 100_000;
    private static final long RUN_ID = 4242L;
    private static final int LOCAL = 1;

    /** How a valid frame is damaged; RESEALED kinds recompute the checksum, as a buggy sender would. */
    private enum Damage {
        FLIP_BITS, OVERWRITE_BYTES, TRUNCATE, EXTEND, HEADER_FIELD, RANDOM_FRAME,
        RESEALED_HEADER_FIELD, RESEALED_STATE_LENGTH, RESEALED_RANDOM_ENTRIES
    }

    /** Checks each entry's bounds against the frame it came from. */
    private static final class BoundsHandler implements BatchEntryHandler {
        int frameStart;
        int frameEnd;
        int entries;

        @Override
        public void onEntry(int sourceNode, BatchEntryFlyweight entry) {
            entries++;
            if (entry.offset() < frameStart + HEADER_LENGTH || entry.stateLength() < 0
                    || entry.stateOffset() + (long) entry.stateLength() > frameEnd) {
                fail("entry at " + entry.offset() + " with state [" + entry.stateOffset() + ", +"
                        + entry.stateLength() + ") escapes frame [" + frameStart + ", " + frameEnd + ")");
            }
        }
    }

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final BoundsHandler handler = new BoundsHandler();
    private final Map<Damage, Integer> applied = new EnumMap<>(Damage.class);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldRejectDamagedFramesWithoutThrowingAndKeepAcceptedEntriesInsideTheFrame() {
        BatchReader reader = new BatchReader(RUN_ID, LOCAL, 3);
        BatchWriter writer = new BatchWriter(new UnsafeBuffer(new byte[2048]), RUN_ID, 0, LOCAL);
        UnsafeBuffer state = new UnsafeBuffer(new byte[512]);
        UnsafeBuffer arena = new UnsafeBuffer(new byte[8192]);

        for (int i = 0; i < ITERATIONS; i++) {
            byte[] original = validFrame(writer, state);
            Damage damage = Damage.values()[random.nextInt(Damage.values().length)];
            byte[] damaged = damage(original, damage);
            applied.merge(damage, 1, Integer::sum);

            BatchVerdict verdict = readSafely(reader, arena, damaged, i, damage);

            boolean resealed = damage.name().startsWith("RESEALED");
            if (!resealed && !Arrays.equals(original, damaged)) {
                assertNotEquals(BatchVerdict.ACCEPTED, verdict, "iteration " + i + " " + damage);
            }
            if (verdict != BatchVerdict.ACCEPTED) {
                assertEquals(0, handler.entries, "a rejected frame handed on entries");
                // The reader's state must be untouched by the damaged frame: the intact one still fits.
                assertEquals(BatchVerdict.ACCEPTED, readSafely(reader, arena, original, i, damage));
            }
            writer.markSent();
        }

        assertEquals(Damage.values().length, applied.size(), "every kind of damage was tried");
        assertTrue(reader.count(BatchVerdict.CHECKSUM_MISMATCH) > ITERATIONS / 4);
        assertTrue(reader.count(BatchVerdict.TRUNCATED) > 0);
        assertTrue(reader.count(BatchVerdict.MALFORMED) > 0);
    }

    /** Writes a frame with a random number of random states and returns a copy of it. */
    private byte[] validFrame(BatchWriter writer, UnsafeBuffer state) {
        int states = random.nextInt(0, 12);
        for (int s = 0; s < states; s++) {
            int length = random.nextInt(0, 200);
            for (int b = 0; b < length; b++) {
                state.putByte(b, (byte) random.nextInt());
            }
            writer.append(random.nextLong(), random.nextLong(), random.nextInt(), state, 0, length);
        }
        int length = writer.seal();
        byte[] copy = new byte[length];
        writer.buffer().getBytes(0, copy);
        return copy;
    }

    private byte[] damage(byte[] frame, Damage damage) {
        byte[] out = frame.clone();
        switch (damage) {
            case FLIP_BITS -> {
                for (int n = random.nextInt(1, 9); n > 0; n--) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case OVERWRITE_BYTES -> {
                int at = random.nextInt(out.length);
                int end = Math.min(out.length, at + random.nextInt(1, 16));
                for (int k = at; k < end; k++) {
                    out[k] = (byte) random.nextInt();
                }
            }
            case TRUNCATE -> out = Arrays.copyOf(frame, random.nextInt(frame.length));
            case EXTEND -> {
                out = Arrays.copyOf(frame, frame.length + random.nextInt(1, 64));
                for (int k = frame.length; k < out.length; k++) {
                    out[k] = (byte) random.nextInt();
                }
            }
            case HEADER_FIELD, RESEALED_HEADER_FIELD -> {
                int field = random.nextInt(HEADER_LENGTH / 4);
                new UnsafeBuffer(out).putInt(field * 4, randomInt(), BYTE_ORDER);
            }
            case RANDOM_FRAME -> {
                out = new byte[random.nextInt(0, 600)];
                random.nextBytes(out);
            }
            case RESEALED_STATE_LENGTH -> {
                int entry = HEADER_LENGTH + random.nextInt(Math.max(1, (out.length - HEADER_LENGTH) / 8)) * 8;
                if (entry + BatchDescriptor.STATE_LENGTH_OFFSET + 4 <= out.length) {
                    new UnsafeBuffer(out).putInt(entry + BatchDescriptor.STATE_LENGTH_OFFSET, randomInt(), BYTE_ORDER);
                }
            }
            case RESEALED_RANDOM_ENTRIES -> {
                byte[] entries = new byte[random.nextInt(0, 600)];
                random.nextBytes(entries);
                out = Arrays.copyOf(frame, HEADER_LENGTH + entries.length);
                System.arraycopy(entries, 0, out, HEADER_LENGTH, entries.length);
                UnsafeBuffer header = new UnsafeBuffer(out);
                header.putInt(BatchDescriptor.FRAME_LENGTH_OFFSET, out.length, BYTE_ORDER);
                header.putInt(BatchDescriptor.ENTRY_COUNT_OFFSET, random.nextInt(0, 30), BYTE_ORDER);
            }
            default -> throw new AssertionError(damage);
        }
        if (damage.name().startsWith("RESEALED") && out.length >= HEADER_LENGTH) {
            UnsafeBuffer buffer = new UnsafeBuffer(out);
            int checksum = new FrameChecksum().compute(buffer, 0, out.length);
            buffer.putInt(BatchDescriptor.CHECKSUM_OFFSET, checksum, BYTE_ORDER);
        }
        return out;
    }

    /** Mostly small or boundary values, which reach deeper into the checks than uniform noise. */
    private int randomInt() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt();
            case 1 -> random.nextInt(-64, 4096);
            case 2 -> random.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            default -> random.nextInt(0, 600);
        };
    }

    /**
     * Reads the frame either from a buffer that ends exactly where the frame ends (so agrona's bounds
     * checks catch any read past it) or at a random offset inside an arena full of random bytes.
     */
    private BatchVerdict readSafely(BatchReader reader, UnsafeBuffer arena, byte[] frame, int iteration,
                                    Damage damage) {
        DirectBuffer buffer;
        int offset;
        if (random.nextBoolean()) {
            buffer = new UnsafeBuffer(frame);
            offset = 0;
        } else {
            random.nextBytes(arena.byteArray());
            offset = random.nextInt(0, arena.capacity() - frame.length + 1);
            arena.putBytes(offset, frame);
            buffer = arena;
        }
        handler.frameStart = offset;
        handler.frameEnd = offset + frame.length;
        handler.entries = 0;
        try {
            return reader.read(buffer, offset, frame.length, handler);
        } catch (RuntimeException e) {
            throw new AssertionError("iteration " + iteration + " (" + damage + ", seed " + SEED + ") threw", e);
        }
    }
}
