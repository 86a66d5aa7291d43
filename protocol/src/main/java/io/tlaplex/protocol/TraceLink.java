package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;
import java.util.List;

/**
 * One record of a node's trace log, as {@link TraceAnswer} carries it.
 *
 * @param ref         the record's trace position
 * @param fingerprint the state's fingerprint
 * @param parentRef   the parent's trace position (-1 for an initial state)
 * @param actionId    the action that produced the state
 */
public record TraceLink(long ref, long fingerprint, long parentRef, int actionId) {

    ControlProtos.TraceLink toProto() {
        return ControlProtos.TraceLink.newBuilder().setRef(ref).setFingerprint(fingerprint).setParentRef(parentRef)
                .setActionId(actionId).build();
    }

    static List<TraceLink> fromProtos(List<ControlProtos.TraceLink> protos) {
        return protos.stream().map(p -> new TraceLink(p.getRef(), p.getFingerprint(), p.getParentRef(),
                p.getActionId())).toList();
    }
}
