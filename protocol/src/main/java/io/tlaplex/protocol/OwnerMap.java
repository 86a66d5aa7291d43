package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;
import java.util.List;

/**
 * Parameters of {@code owner(fp)}: a fingerprint hashes (with {@code seed}) to one of
 * {@code bucketOwners.size()} buckets, and the bucket names the owning node. When a node is lost
 * only its buckets are handed to survivors, so nobody else's states move. How a fingerprint picks
 * its bucket (e.g. jump consistent hash) belongs to the worker node; this record only carries the table.
 *
 * @param seed         hash seed, the same on every node of the run
 * @param bucketOwners {@code bucketOwners.get(b)} is the node id owning bucket {@code b}; not empty
 */
public record OwnerMap(long seed, List<Integer> bucketOwners) {

    /** Copies the table and checks that it is non-empty with non-negative node ids. */
    public OwnerMap {
        bucketOwners = List.copyOf(bucketOwners);
        if (bucketOwners.isEmpty()) {
            throw new IllegalArgumentException("bucketOwners must not be empty");
        }
        for (int owner : bucketOwners) {
            Check.nodeId(owner, "bucket owner");
        }
    }

    /** Returns the number of buckets. */
    public int bucketCount() {
        return bucketOwners.size();
    }

    ControlProtos.OwnerMap toProto() {
        return ControlProtos.OwnerMap.newBuilder().setSeed(seed).addAllBucketOwners(bucketOwners).build();
    }

    static OwnerMap fromProto(ControlProtos.OwnerMap p) {
        return new OwnerMap(p.getSeed(), p.getBucketOwnersList());
    }
}
