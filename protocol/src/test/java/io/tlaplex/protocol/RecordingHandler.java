package io.tlaplex.protocol;

import java.util.ArrayList;
import java.util.List;

/** Test handler that copies every entry it is handed, so tests can compare what came out. */
final class RecordingHandler implements BatchEntryHandler {

    /** One received entry, copied out of the frame. */
    record Received(int sourceNode, long fingerprint, long parentFingerprint, int actionId, byte[] state) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Received r && r.sourceNode == sourceNode && r.fingerprint == fingerprint
                    && r.parentFingerprint == parentFingerprint && r.actionId == actionId
                    && java.util.Arrays.equals(r.state, state);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(fingerprint);
        }

        @Override
        public String toString() {
            return "Received[" + sourceNode + ", " + fingerprint + ", " + parentFingerprint + ", " + actionId
                    + ", " + state.length + " bytes]";
        }
    }

    final List<Received> entries = new ArrayList<>();

    @Override
    public void onEntry(int sourceNode, BatchEntryFlyweight entry) {
        byte[] state = new byte[entry.stateLength()];
        entry.buffer().getBytes(entry.stateOffset(), state);
        entries.add(new Received(sourceNode, entry.fingerprint(), entry.parentFingerprint(), entry.actionId(), state));
    }
}
