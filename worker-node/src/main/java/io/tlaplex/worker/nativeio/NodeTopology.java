package io.tlaplex.worker.nativeio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What this JVM may use of its host, read once at start-up: the NUMA nodes, the CPUs left usable by
 * the cgroup cpuset and the inherited affinity, the node the JVM runs on, and from these the CPUs and
 * number of workers to use. Immutable; anything that could not be read becomes one line in {@link #notice()}.
 */
public final class NodeTopology {
    private final List<NumaNode> nodes;
    private final CpuSet usableCpus;
    private final CgroupLimits cgroupLimits;
    private final NumaNode localNode;
    private final CpuSet workerCpus;
    private final int defaultWorkers;
    private final String notice;
    private final NativeOs os;

    private NodeTopology(List<NumaNode> nodes, CpuSet usableCpus, CgroupLimits cgroupLimits, NumaNode localNode,
            List<String> problems, NativeOs os) {
        this.nodes = List.copyOf(nodes);
        this.usableCpus = usableCpus;
        this.cgroupLimits = cgroupLimits;
        this.localNode = localNode;
        CpuSet local = usableCpus.intersect(localNode.cpus());
        this.workerCpus = local.isEmpty() ? usableCpus : local;
        this.defaultWorkers = Math.max(1, Math.min(workerCpus.size(), cgroupLimits.quotaWorkers()));
        this.notice = problems.isEmpty() ? "" : "tlaplex: NUMA placement limited: " + String.join("; ", problems);
        this.os = os;
    }

    /** Reads this host's /sys and /proc and asks the OS which CPU the calling thread is on. */
    public static NodeTopology detect() {
        return detect(new HostFiles(Path.of("/")), LinuxNativeOs.load(), Runtime.getRuntime().availableProcessors());
    }

    /** {@code jvmProcessors} is the CPU count to assume when neither /sys nor the OS tells. */
    static NodeTopology detect(HostFiles files, NativeOs os, int jvmProcessors) {
        List<String> problems = new ArrayList<>();
        if (!os.unavailableReason().isEmpty()) {
            problems.add(os.unavailableReason());
        }
        SysNodeReader sys = new SysNodeReader(files, problems);
        Optional<CpuSet> online = sys.onlineCpus();
        List<NumaNode> nodes = sys.nodes(online);
        CgroupLimits limits = new CgroupReader(files, problems).read();
        CpuSet onlineCpus = online.isPresent() ? online.get() : allCpus(nodes, jvmProcessors);
        if (nodes.isEmpty()) {
            nodes = List.of(new NumaNode(0, onlineCpus, new int[] {0}, new int[] {10}));
        }
        Optional<CpuSet> affinity = os.affinity();
        CpuSet usable = onlineCpus;
        usable = limits.cpuset().map(usable::intersect).orElse(usable);
        usable = affinity.map(usable::intersect).orElse(usable);
        if (usable.isEmpty()) {
            problems.add("cpuset and affinity leave no online CPU; using all online CPUs");
            usable = onlineCpus;
        }
        NumaNode local = localNode(nodes, usable, os.currentCpu(), problems, os);
        probe(os, affinity.orElse(usable), nodes.size(), problems);
        return new NodeTopology(nodes, usable, limits, local, problems, os);
    }

    /** All NUMA nodes, in id order; one pseudo-node holding every CPU when the kernel shows none. */
    public List<NumaNode> nodes() {
        return nodes;
    }

    /** The node this JVM was running on when detected (the launcher binds one JVM per node). */
    public NumaNode localNode() {
        return localNode;
    }

    /** Online CPUs this process may run on: restricted by the cgroup cpuset and the inherited affinity. */
    public CpuSet usableCpus() {
        return usableCpus;
    }

    /** The usable CPUs of the local node: where workers are pinned. */
    public CpuSet workerCpus() {
        return workerCpus;
    }

    public CgroupLimits cgroupLimits() {
        return cgroupLimits;
    }

    /** One worker per worker CPU, capped by the cgroup CPU quota (rounded up), at least one. */
    public int defaultWorkers() {
        return defaultWorkers;
    }

    /** "" when everything was available; otherwise one line for the CLI to print once at start. */
    public String notice() {
        return notice;
    }

    /** Pins threads and sets memory policy with the same native calls detection used. */
    public ThreadPlacement placement() {
        return new ThreadPlacement(os, workerCpus, localNode.id());
    }

    @Override
    public String toString() {
        return "node " + localNode.id() + " of " + nodes.size() + ", CPUs " + workerCpus + ", " + defaultWorkers
                + " workers";
    }

    private static CpuSet allCpus(List<NumaNode> nodes, int jvmProcessors) {
        CpuSet all = CpuSet.EMPTY;
        for (NumaNode node : nodes) {
            all = all.union(node.cpus());
        }
        return all.isEmpty() ? CpuSet.range(0, Math.max(1, jvmProcessors) - 1) : all;
    }

    private static NumaNode localNode(List<NumaNode> nodes, CpuSet usable, int cpu, List<String> problems,
            NativeOs os) {
        for (NumaNode node : nodes) {
            if (node.cpus().contains(cpu)) {
                return node;
            }
        }
        if (os.unavailableReason().isEmpty()) {
            problems.add("cannot tell which CPU this JVM runs on");
        }
        for (NumaNode node : nodes) {
            if (!node.cpus().intersect(usable).isEmpty()) {
                return node;
            }
        }
        return nodes.get(0);
    }

    /** Tries each call in a way that changes nothing, so a refusal is reported once, up front. */
    private static void probe(NativeOs os, CpuSet allowed, int nodeCount, List<String> problems) {
        if (!os.unavailableReason().isEmpty()) {
            return;
        }
        int pinned = os.setAffinity(allowed);
        if (pinned != 0) {
            problems.add("cannot pin threads to CPUs (sched_setaffinity: " + NativeOs.describe(pinned) + ")");
        }
        int policy = os.resetMemoryPolicy();
        if (policy != 0 && nodeCount > 1) {
            problems.add("cannot prefer node-local memory (set_mempolicy: " + NativeOs.describe(policy) + ")");
        }
    }
}
