package io.tlaplex.worker.nativeio;

import java.util.Optional;

/**
 * The few operating-system calls placement needs, each acting on the calling thread. Implemented by
 * JNA on Linux and by a no-op elsewhere; tests fake it. Implementations are stateless and thread-safe.
 */
interface NativeOs {
    /** Returned instead of an errno when the call does not exist here. */
    int UNSUPPORTED = -1;

    /** Why native calls are unavailable, or "" when they work. */
    String unavailableReason();

    /** The CPU the calling thread is running on, or -1 when unknown. */
    int currentCpu();

    /** The CPUs the calling thread may run on, when known. */
    Optional<CpuSet> affinity();

    /** Restricts the calling thread to {@code cpus}; 0, an errno, or {@link #UNSUPPORTED}. */
    int setAffinity(CpuSet cpus);

    /** Makes the calling thread allocate from {@code node} first; 0, an errno, or {@link #UNSUPPORTED}. */
    int preferMemoryNode(int node);

    /** Puts the calling thread back on the default memory policy; 0, an errno, or {@link #UNSUPPORTED}. */
    int resetMemoryPolicy();

    /** A readable name for a result of the calls above: "EPERM", "errno 95", "unsupported". */
    static String describe(int result) {
        return switch (result) {
            case UNSUPPORTED -> "unsupported";
            case 1 -> "EPERM";
            case 3 -> "ESRCH";
            case 14 -> "EFAULT";
            case 22 -> "EINVAL";
            case 38 -> "ENOSYS";
            default -> "errno " + result;
        };
    }
}
