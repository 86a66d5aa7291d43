package io.tlaplex.protocol;

import java.util.Objects;

/**
 * Argument checks shared by the message records. A decoded message that fails one is malformed,
 * and {@link ProtocolCodec} turns the exception into a {@code NotSerializableException}.
 */
final class Check {
    private Check() {
    }

    static int nodeId(int nodeId, String what) {
        if (nodeId < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, was " + nodeId);
        }
        return nodeId;
    }

    static int epoch(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, was " + epoch);
        }
        return epoch;
    }

    static long count(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, was " + value);
        }
        return value;
    }

    static int positive(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be > 0, was " + value);
        }
        return value;
    }

    static String text(String value, String what) {
        return Objects.requireNonNull(value, what);
    }

    static String nonEmpty(String value, String what) {
        if (Objects.requireNonNull(value, what).isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    static <T> T present(T value, String what) {
        return Objects.requireNonNull(value, what);
    }
}
