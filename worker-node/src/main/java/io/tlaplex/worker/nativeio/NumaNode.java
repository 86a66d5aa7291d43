package io.tlaplex.worker.nativeio;

import java.util.Arrays;

/** One NUMA node as the kernel describes it: its id, its online CPUs and its distances to other nodes. */
public final class NumaNode {
    private final int id;
    private final CpuSet cpus;
    private final int[] peerIds;
    private final int[] distances;

    /** {@code distances[i]} is the distance to node {@code peerIds[i]}; both empty when unknown. */
    NumaNode(int id, CpuSet cpus, int[] peerIds, int[] distances) {
        if (peerIds.length != distances.length) {
            throw new IllegalArgumentException("distances do not match peers");
        }
        this.id = id;
        this.cpus = cpus;
        this.peerIds = peerIds.clone();
        this.distances = distances.clone();
    }

    public int id() {
        return id;
    }

    public CpuSet cpus() {
        return cpus;
    }

    /** The kernel's relative distance (10 = local) to node {@code nodeId}, or -1 when unknown. */
    public int distanceTo(int nodeId) {
        for (int i = 0; i < peerIds.length; i++) {
            if (peerIds[i] == nodeId) {
                return distances[i];
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "node" + id + "{cpus=" + cpus + ", distances=" + Arrays.toString(distances) + "}";
    }
}
