package io.tlaplex.worker.trace;

/** One step of a trace: the state at {@code ref}, its parent's position and the action that produced it. */
public record TraceRecord(long ref, long fingerprint, long parentRef, int actionId) {
    public boolean isInitial() {
        return parentRef == TraceRef.INITIAL;
    }

    @Override
    public String toString() {
        return TraceRef.toString(ref) + "{fp=" + Long.toHexString(fingerprint) + ", parent="
                + TraceRef.toString(parentRef) + ", action=" + actionId + "}";
    }
}
