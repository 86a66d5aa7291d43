package io.tlaplex.worker.nativeio;

/**
 * Puts the calling worker thread on its node: pinned to the node's CPUs, memory preferred from the
 * node. Stateless and shared by all workers; each call acts on the thread that makes it. Failures
 * return false and were already reported once by {@link NodeTopology#notice()}.
 */
public final class ThreadPlacement {
    private final NativeOs os;
    private final CpuSet workerCpus;
    private final int memoryNode;

    ThreadPlacement(NativeOs os, CpuSet workerCpus, int memoryNode) {
        this.os = os;
        this.workerCpus = workerCpus;
        this.memoryNode = memoryNode;
    }

    /** Pins the calling thread to the topology's worker CPUs and prefers its node's memory. */
    public boolean placeCurrentThread() {
        boolean pinned = pinCurrentThread(workerCpus);
        return preferLocalMemory() && pinned;
    }

    /** Restricts the calling thread to {@code cpus} (for example a single CPU of {@code workerCpus}). */
    public boolean pinCurrentThread(CpuSet cpus) {
        return !cpus.isEmpty() && os.setAffinity(cpus) == 0;
    }

    /**
     * Makes the calling thread allocate new pages from the local node while it has free memory (the
     * kernel falls back to other nodes after that, unlike a strict bind).
     */
    public boolean preferLocalMemory() {
        return os.preferMemoryNode(memoryNode) == 0;
    }
}
