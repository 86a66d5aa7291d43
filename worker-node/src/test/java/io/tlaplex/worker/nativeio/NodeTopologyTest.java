package io.tlaplex.worker.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeTopologyTest {
    @TempDir
    Path root;

    private final FakeNativeOs os = new FakeNativeOs();

    private NodeTopology detect(FakeHost host) {
        return NodeTopology.detect(host.files(), os, 3);
    }

    @Test
    void shouldUseTheNodeOfTheCurrentCpuWithOneWorkerPerCpu() {
        FakeHost host = new FakeHost(root).twoNodes();
        os.cpu = 5;

        NodeTopology topology = detect(host);

        assertEquals(2, topology.nodes().size());
        assertEquals(1, topology.localNode().id());
        assertEquals(CpuSet.parse("4-7"), topology.workerCpus());
        assertEquals(4, topology.defaultWorkers());
        assertEquals("", topology.notice());
    }

    @Test
    void shouldReadDistancesBetweenNodes() {
        FakeHost host = new FakeHost(root).twoNodes();

        List<NumaNode> nodes = detect(host).nodes();

        assertEquals(10, nodes.get(0).distanceTo(0));
        assertEquals(21, nodes.get(0).distanceTo(1));
        assertEquals(21, nodes.get(1).distanceTo(0));
        assertEquals(-1, nodes.get(1).distanceTo(7));
    }

    @Test
    void shouldLeaveOfflineCpusOut() {
        FakeHost host = new FakeHost(root).twoNodes().file("/sys/devices/system/cpu/online", "0-2,4-7");
        os.cpu = 1;

        NodeTopology topology = detect(host);

        assertEquals(CpuSet.parse("0-2"), topology.nodes().get(0).cpus());
        assertEquals(CpuSet.parse("0-2,4-7"), topology.usableCpus());
        assertEquals(3, topology.defaultWorkers());
    }

    @Test
    void shouldHonourACgroupV2CpusetThatRestrictsToASubset() {
        FakeHost host = new FakeHost(root).twoNodes().cgroupV2("/tlaplex.slice/run")
                .file("/sys/fs/cgroup/tlaplex.slice/run/cpuset.cpus.effective", "1-2,5");
        os.cpu = 2;

        NodeTopology topology = detect(host);

        assertEquals(Optional.of(CpuSet.parse("1-2,5")), topology.cgroupLimits().cpuset());
        assertEquals(CpuSet.parse("1-2,5"), topology.usableCpus());
        assertEquals(CpuSet.parse("1-2"), topology.workerCpus());
        assertEquals(2, topology.defaultWorkers());
    }

    @Test
    void shouldTakeTheCpusetOfTheNearestAncestorWhenTheGroupHasNoCpusetController() {
        FakeHost host = new FakeHost(root).twoNodes().cgroupV2("/a/b")
                .file("/sys/fs/cgroup/a/cpuset.cpus.effective", "4-5");
        os.cpu = 4;

        NodeTopology topology = detect(host);

        assertEquals(CpuSet.parse("4-5"), topology.workerCpus());
    }

    @Test
    void shouldRoundAQuotaOfOneAndAHalfCpusUpToTwoWorkers() {
        FakeHost host = new FakeHost(root).twoNodes().cgroupV2("/run")
                .file("/sys/fs/cgroup/run/cpu.max", "150000 100000");

        NodeTopology topology = detect(host);

        assertEquals(OptionalDouble.of(1.5), topology.cgroupLimits().cpuQuota());
        assertEquals(2, topology.defaultWorkers());
    }

    @Test
    void shouldApplyTheSmallestQuotaOnThePathToTheRootGroup() {
        FakeHost host = new FakeHost(root).twoNodes().cgroupV2("/outer/inner")
                .file("/sys/fs/cgroup/outer/inner/cpu.max", "max 100000")
                .file("/sys/fs/cgroup/outer/cpu.max", "100000 100000")
                .file("/sys/fs/cgroup/cpu.max", "max 100000");

        NodeTopology topology = detect(host);

        assertEquals(OptionalDouble.of(1.0), topology.cgroupLimits().cpuQuota());
        assertEquals(1, topology.defaultWorkers());
    }

    @Test
    void shouldNeverRunMoreWorkersThanCpusWhateverTheQuota() {
        FakeHost host = new FakeHost(root).twoNodes().cgroupV2("/run")
                .file("/sys/fs/cgroup/run/cpu.max", "1600000 100000");

        assertEquals(4, detect(host).defaultWorkers());
    }

    @Test
    void shouldReadCgroupV1CpusetAndCfsQuota() {
        FakeHost host = new FakeHost(root).twoNodes()
                .file("/proc/self/mountinfo", String.join("\n",
                        "31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755",
                        "32 31 0:29 / /sys/fs/cgroup/cpu,cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct",
                        "34 31 0:31 / /sys/fs/cgroup/cpuset rw,relatime - cgroup cgroup rw,cpuset",
                        "41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw"))
                .file("/proc/self/cgroup", "4:cpu,cpuacct:/job\n3:cpuset:/job\n0::/")
                .file("/sys/fs/cgroup/cpu,cpuacct/job/cpu.cfs_quota_us", "250000")
                .file("/sys/fs/cgroup/cpu,cpuacct/job/cpu.cfs_period_us", "100000")
                .file("/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us", "-1")
                .file("/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us", "100000")
                .file("/sys/fs/cgroup/cpuset/job/cpuset.effective_cpus", "0-1,4-7");

        NodeTopology topology = detect(host);

        assertEquals(OptionalDouble.of(2.5), topology.cgroupLimits().cpuQuota());
        assertEquals(CpuSet.parse("0-1"), topology.workerCpus());
        assertEquals(2, topology.defaultWorkers());
    }

    @Test
    void shouldReadTheMountPointItselfWhenAContainerMountsItsOwnGroupAsRoot() {
        FakeHost host = new FakeHost(root).twoNodes()
                .file("/proc/self/mountinfo",
                        "40 31 0:31 /docker/abc /sys/fs/cgroup/cpuset ro,nosuid - cgroup cgroup rw,cpuset")
                .file("/proc/self/cgroup", "3:cpuset:/docker/abc")
                .file("/sys/fs/cgroup/cpuset/cpuset.cpus", "2-3");

        NodeTopology topology = detect(host);

        assertEquals(Optional.of(CpuSet.parse("2-3")), topology.cgroupLimits().cpuset());
        assertEquals(2, topology.defaultWorkers());
    }

    @Test
    void shouldTreatAV1QuotaOfMinusOneAsUnlimited() {
        FakeHost host = new FakeHost(root).twoNodes()
                .file("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", "-1")
                .file("/sys/fs/cgroup/cpu/cpu.cfs_period_us", "100000");

        NodeTopology topology = detect(host);

        assertTrue(topology.cgroupLimits().cpuQuota().isEmpty());
        assertEquals(Integer.MAX_VALUE, topology.cgroupLimits().quotaWorkers());
    }

    @Test
    void shouldFallBackToTheConventionalCgroupPathsWithoutMountinfo() {
        FakeHost host = new FakeHost(root).twoNodes()
                .file("/sys/fs/cgroup/cpu.max", "200000 100000")
                .file("/sys/fs/cgroup/cpuset.cpus.effective", "0-2");

        NodeTopology topology = detect(host);

        assertEquals(OptionalDouble.of(2.0), topology.cgroupLimits().cpuQuota());
        assertEquals(CpuSet.parse("0-2"), topology.workerCpus());
        assertEquals(2, topology.defaultWorkers());
    }

    @Test
    void shouldHonourTheInheritedAffinity() {
        FakeHost host = new FakeHost(root).twoNodes();
        os.affinity = Optional.of(CpuSet.parse("5-6"));
        os.cpu = 6;

        NodeTopology topology = detect(host);

        assertEquals(CpuSet.parse("5-6"), topology.workerCpus());
        assertEquals(2, topology.defaultWorkers());
    }

    @Test
    void shouldMakeOnePseudoNodeAndSayItOnOneLineWithoutSysOrNativeCalls() {
        FakeHost host = new FakeHost(root);

        NativeOs none = new UnavailableNativeOs("native calls unavailable");

        NodeTopology topology = NodeTopology.detect(host.files(), none, 3);

        assertEquals(1, topology.nodes().size());
        assertEquals(CpuSet.parse("0-2"), topology.workerCpus());
        assertEquals(3, topology.defaultWorkers());
        assertEquals("tlaplex: NUMA placement limited: native calls unavailable; "
                + "no NUMA information in /sys/devices/system/node", topology.notice());
    }

    @Test
    void shouldUseTheFirstNodeWithUsableCpusWhenTheCurrentCpuIsUnknown() {
        FakeHost host = new FakeHost(root).twoNodes();
        os.cpu = -1;
        os.affinity = Optional.of(CpuSet.parse("6-7"));

        NodeTopology topology = detect(host);

        assertEquals(1, topology.localNode().id());
        assertEquals("tlaplex: NUMA placement limited: cannot tell which CPU this JVM runs on", topology.notice());
    }

    @Test
    void shouldReportRefusedPinningAndMemoryPolicyOnce() {
        FakeHost host = new FakeHost(root).twoNodes();
        os.affinity = Optional.of(CpuSet.parse("0-7"));
        os.affinityResult = 1;
        os.policyResult = 1;

        NodeTopology topology = detect(host);

        assertEquals("tlaplex: NUMA placement limited: cannot pin threads to CPUs (sched_setaffinity: EPERM); "
                + "cannot prefer node-local memory (set_mempolicy: EPERM)", topology.notice());
        assertFalse(topology.notice().contains("\n"));
        assertEquals(List.of(CpuSet.parse("0-7")), os.pinned);
    }

    @Test
    void shouldReportMalformedSysFilesAndIgnoreThem() {
        FakeHost host = new FakeHost(root).twoNodes().file("/sys/devices/system/node/node1/distance", "21");
        os.cpu = 4;

        NodeTopology topology = detect(host);

        assertEquals(-1, topology.nodes().get(1).distanceTo(0));
        assertEquals("tlaplex: NUMA placement limited: unexpected /sys/devices/system/node/node1/distance",
                topology.notice());
    }

    @Test
    void shouldFindNodesByFolderNameWhenTheOnlineListIsMissing() {
        FakeHost host = new FakeHost(root).twoNodes().file("/sys/devices/system/node/online", "");
        os.cpu = 4;

        NodeTopology topology = detect(host);

        assertEquals(2, topology.nodes().size());
        assertEquals(1, topology.localNode().id());
    }

    @Test
    void shouldPinWorkersToTheLocalNodeAndPreferItsMemory() {
        FakeHost host = new FakeHost(root).twoNodes();
        os.cpu = 5;
        ThreadPlacement placement = detect(host).placement();
        os.pinned.clear();

        boolean placed = placement.placeCurrentThread();

        assertTrue(placed);
        assertEquals(List.of(CpuSet.parse("4-7")), os.pinned);
        assertEquals(List.of(1), os.preferredNodes);
    }

    @Test
    void shouldReturnFalseWhenPinningIsRefused() {
        FakeHost host = new FakeHost(root).twoNodes();
        ThreadPlacement placement = detect(host).placement();
        os.affinityResult = 1;

        assertFalse(placement.placeCurrentThread());
        assertFalse(placement.pinCurrentThread(CpuSet.EMPTY));
    }
}
