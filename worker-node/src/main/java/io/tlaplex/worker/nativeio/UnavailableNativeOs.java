package io.tlaplex.worker.nativeio;

import java.util.Optional;

/** Stands in for native calls where they cannot be made (not Linux, JNA cannot load); does nothing. */
final class UnavailableNativeOs implements NativeOs {
    private final String reason;

    UnavailableNativeOs(String reason) {
        this.reason = reason;
    }

    @Override
    public String unavailableReason() {
        return reason;
    }

    @Override
    public int currentCpu() {
        return -1;
    }

    @Override
    public Optional<CpuSet> affinity() {
        return Optional.empty();
    }

    @Override
    public int setAffinity(CpuSet cpus) {
        return UNSUPPORTED;
    }

    @Override
    public int preferMemoryNode(int node) {
        return UNSUPPORTED;
    }

    @Override
    public int resetMemoryPolicy() {
        return UNSUPPORTED;
    }
}
