package io.tlaplex.worker.transport;

import io.tlaplex.protocol.BatchEntryFlyweight;
import org.agrona.MutableDirectBuffer;

/** Test states derived from their fingerprint, so a receiver can check every byte without a copy of what was sent. */
final class TestStates {
    private TestStates() {
    }

    /** Returns the k-th fingerprint of node {@code node}: distinct across nodes and well spread. */
    static long fingerprint(int node, long k) {
        return OwnerFunction.mix(((long) node << 40) + k + 1);
    }

    static long parent(long fingerprint) {
        return ~fingerprint;
    }

    static int action(long fingerprint) {
        return (int) fingerprint & 0xff;
    }

    static int length(long fingerprint) {
        return 8 + (int) (fingerprint >>> 58);
    }

    /** Writes the state of {@code fingerprint} at index 0 and returns its length. */
    static int write(long fingerprint, MutableDirectBuffer buffer) {
        int length = length(fingerprint);
        for (int i = 0; i < length; i++) {
            buffer.putByte(i, (byte) (fingerprint >>> ((i & 7) * 8)));
        }
        return length;
    }

    /** Returns true when every field and byte of {@code entry} is what {@link #write} and friends produce. */
    static boolean matches(BatchEntryFlyweight entry) {
        long fp = entry.fingerprint();
        if (entry.parentFingerprint() != parent(fp) || entry.actionId() != action(fp)
                || entry.stateLength() != length(fp)) {
            return false;
        }
        for (int i = 0; i < entry.stateLength(); i++) {
            if (entry.buffer().getByte(entry.stateOffset() + i) != (byte) (fp >>> ((i & 7) * 8))) {
                return false;
            }
        }
        return true;
    }
}
