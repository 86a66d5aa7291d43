package io.tlaplex.worker.nativeio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Finds this process's control groups (v2, v1 or a hybrid of both) through /proc/self/mountinfo and
 * /proc/self/cgroup and reads their cpuset and CPU quota; used once at start-up. The quota is the
 * smallest one on the path from the process's group up to the mount point, since every ancestor
 * limits it.
 */
final class CgroupReader {
    private static final String ROOT = "/sys/fs/cgroup";

    private final HostFiles files;
    private final List<String> problems;

    CgroupReader(HostFiles files, List<String> problems) {
        this.files = files;
        this.problems = problems;
    }

    CgroupLimits read() {
        List<Mount> mounts = mounts();
        Map<String, String> paths = groupPaths();
        Optional<CpuSet> cpuset;
        OptionalDouble quota;
        Optional<Mount> v1Cpuset = v1Mount(mounts, "cpuset");
        Optional<Mount> v1Cpu = v1Mount(mounts, "cpu");
        Optional<Mount> v2 = mounts.stream().filter(m -> m.fsType.equals("cgroup2")).findFirst();
        if (v1Cpuset.isPresent()) {
            List<String> dirs = dirs(v1Cpuset.get(), paths.get("cpuset"));
            cpuset = firstCpuset(dirs, "cpuset.effective_cpus").or(() -> firstCpuset(dirs, "cpuset.cpus"));
        } else if (v2.isPresent()) {
            cpuset = firstCpuset(dirs(v2.get(), paths.get("")), "cpuset.cpus.effective");
        } else {
            cpuset = firstCpuset(List.of(ROOT), "cpuset.cpus.effective")
                    .or(() -> firstCpuset(List.of(ROOT + "/cpuset"), "cpuset.effective_cpus"))
                    .or(() -> firstCpuset(List.of(ROOT + "/cpuset"), "cpuset.cpus"));
        }
        if (v1Cpu.isPresent()) {
            quota = v1Quota(dirs(v1Cpu.get(), paths.get("cpu")));
        } else if (v2.isPresent()) {
            quota = v2Quota(dirs(v2.get(), paths.get("")));
        } else {
            OptionalDouble v1 = min(v1Quota(List.of(ROOT + "/cpu")), v1Quota(List.of(ROOT + "/cpu,cpuacct")));
            quota = min(v2Quota(List.of(ROOT)), v1);
        }
        return new CgroupLimits(cpuset, quota);
    }

    private Optional<Mount> v1Mount(List<Mount> mounts, String controller) {
        return mounts.stream().filter(m -> m.fsType.equals("cgroup") && m.options.contains(controller)).findFirst();
    }

    /** The group's folder, then each parent up to the mount point. */
    private List<String> dirs(Mount mount, String groupPath) {
        String relative = "";
        if (groupPath != null && !groupPath.equals("/") && !groupPath.contains("/..")) {
            if (mount.root.equals("/")) {
                relative = groupPath;
            } else if (groupPath.startsWith(mount.root + "/")) {
                relative = groupPath.substring(mount.root.length());
            }
        }
        // Inside a container the listed path may name a host folder that is not mounted here.
        if (!relative.isEmpty() && !files.isDirectory(mount.point + relative)) {
            relative = "";
        }
        List<String> dirs = new ArrayList<>();
        while (true) {
            dirs.add(mount.point + relative);
            if (relative.isEmpty()) {
                return dirs;
            }
            relative = relative.substring(0, relative.lastIndexOf('/'));
        }
    }

    private Optional<CpuSet> firstCpuset(List<String> dirs, String name) {
        for (String dir : dirs) {
            Optional<String> text = files.read(dir + "/" + name);
            if (text.isPresent() && !text.get().isEmpty()) {
                try {
                    return Optional.of(CpuSet.parse(text.get()));
                } catch (IllegalArgumentException e) {
                    problems.add("unexpected " + dir + "/" + name);
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private OptionalDouble v1Quota(List<String> dirs) {
        OptionalDouble smallest = OptionalDouble.empty();
        for (String dir : dirs) {
            Optional<String> quota = files.read(dir + "/cpu.cfs_quota_us");
            Optional<String> period = files.read(dir + "/cpu.cfs_period_us");
            if (quota.isPresent() && period.isPresent()) {
                smallest = min(smallest, ratio(quota.get(), period.get(), dir + "/cpu.cfs_quota_us"));
            }
        }
        return smallest;
    }

    private OptionalDouble v2Quota(List<String> dirs) {
        OptionalDouble smallest = OptionalDouble.empty();
        for (String dir : dirs) {
            Optional<String> max = files.read(dir + "/cpu.max");
            if (max.isPresent()) {
                String[] fields = max.get().split("\\s+");
                String period = fields.length > 1 ? fields[1] : "100000";
                smallest = min(smallest, fields[0].equals("max")
                        ? OptionalDouble.empty() : ratio(fields[0], period, dir + "/cpu.max"));
            }
        }
        return smallest;
    }

    /** quota / period; a negative quota (v1's -1) means unlimited. */
    private OptionalDouble ratio(String quotaText, String periodText, String path) {
        try {
            long quota = Long.parseLong(quotaText.strip());
            long period = Long.parseLong(periodText.strip());
            if (quota < 0) {
                return OptionalDouble.empty();
            }
            if (quota == 0 || period <= 0) {
                problems.add("unexpected " + path);
                return OptionalDouble.empty();
            }
            return OptionalDouble.of((double) quota / period);
        } catch (NumberFormatException e) {
            problems.add("unexpected " + path);
            return OptionalDouble.empty();
        }
    }

    private static OptionalDouble min(OptionalDouble a, OptionalDouble b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : OptionalDouble.of(Math.min(a.getAsDouble(), b.getAsDouble()));
    }

    /** Controller name to group path from /proc/self/cgroup; the v2 entry is under "". */
    private Map<String, String> groupPaths() {
        Map<String, String> paths = new HashMap<>();
        for (String line : files.read("/proc/self/cgroup").orElse("").split("\n")) {
            String[] fields = line.split(":", 3);
            if (fields.length == 3) {
                for (String controller : fields[1].split(",")) {
                    paths.put(controller, fields[2]);
                }
            }
        }
        return paths;
    }

    private List<Mount> mounts() {
        List<Mount> mounts = new ArrayList<>();
        for (String line : files.read("/proc/self/mountinfo").orElse("").split("\n")) {
            String[] fields = line.split(" ");
            int dash = List.of(fields).indexOf("-");
            if (dash >= 6 && fields.length >= dash + 4) {
                String fsType = fields[dash + 1];
                if (fsType.equals("cgroup") || fsType.equals("cgroup2")) {
                    Set<String> options = new HashSet<>(Arrays.asList(fields[dash + 3].split(",")));
                    mounts.add(new Mount(unescape(fields[3]), unescape(fields[4]), fsType, options));
                }
            }
        }
        return mounts;
    }

    /** mountinfo writes space, tab, newline and backslash as octal escapes such as {@code \040}. */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        String path = out.toString();
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private record Mount(String root, String point, String fsType, Set<String> options) {
    }
}
