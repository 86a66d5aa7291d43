package io.tlaplex.worker.nativeio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds a fake /sys and /proc tree below a temp folder for one test. */
final class FakeHost {
    private final Path root;

    FakeHost(Path root) {
        this.root = root;
    }

    FakeHost file(String hostPath, String content) {
        try {
            Path path = root.resolve(hostPath.substring(1));
            Files.createDirectories(path.getParent());
            Files.writeString(path, content + "\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FakeHost dir(String hostPath) {
        try {
            Files.createDirectories(root.resolve(hostPath.substring(1)));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two nodes of four CPUs each, all online, with symmetric distances 10/21. */
    FakeHost twoNodes() {
        return file("/sys/devices/system/cpu/online", "0-7")
                .file("/sys/devices/system/node/online", "0-1")
                .file("/sys/devices/system/node/node0/cpulist", "0-3")
                .file("/sys/devices/system/node/node0/distance", "10 21")
                .file("/sys/devices/system/node/node1/cpulist", "4-7")
                .file("/sys/devices/system/node/node1/distance", "21 10");
    }

    /** A pure cgroup v2 host with this process in {@code group}. */
    FakeHost cgroupV2(String group) {
        return file("/proc/self/mountinfo",
                "22 1 0:21 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:9 - cgroup2 cgroup2 rw,nsdelegate")
                .file("/proc/self/cgroup", "0::" + group)
                .dir("/sys/fs/cgroup" + group);
    }

    HostFiles files() {
        return new HostFiles(root);
    }
}
