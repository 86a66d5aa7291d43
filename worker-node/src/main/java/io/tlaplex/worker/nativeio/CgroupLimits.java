package io.tlaplex.worker.nativeio;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The CPU limits the JVM's control group puts on it: the cpuset it may run on and the CPU quota
 * (quota / period, e.g. 1.5 CPUs), each absent when unrestricted. Plain value.
 */
public record CgroupLimits(Optional<CpuSet> cpuset, OptionalDouble cpuQuota) {
    public static final CgroupLimits NONE = new CgroupLimits(Optional.empty(), OptionalDouble.empty());

    /**
     * How many busy threads the quota pays for: rounded up, as the JDK's container support does for
     * {@code availableProcessors()} (1.5 CPUs gives 2), so a fractional share is used rather than
     * left idle; {@link Integer#MAX_VALUE} without a quota.
     */
    public int quotaWorkers() {
        if (cpuQuota.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(cpuQuota.getAsDouble() - 1e-9)));
    }
}
