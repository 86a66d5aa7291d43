package io.tlaplex.worker.nativeio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records placement calls and answers them with configured results; used by one test thread. */
final class FakeNativeOs implements NativeOs {
    int cpu = 0;
    Optional<CpuSet> affinity = Optional.empty();
    int affinityResult = 0;
    int policyResult = 0;
    final List<CpuSet> pinned = new ArrayList<>();
    final List<Integer> preferredNodes = new ArrayList<>();

    @Override
    public String unavailableReason() {
        return "";
    }

    @Override
    public int currentCpu() {
        return cpu;
    }

    @Override
    public Optional<CpuSet> affinity() {
        return affinity;
    }

    @Override
    public int setAffinity(CpuSet cpus) {
        pinned.add(cpus);
        return affinityResult;
    }

    @Override
    public int preferMemoryNode(int node) {
        preferredNodes.add(node);
        return policyResult;
    }

    @Override
    public int resetMemoryPolicy() {
        return policyResult;
    }
}
