package io.tlaplex.worker.nativeio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the NUMA nodes and the online CPUs from /sys/devices/system; used once at start-up. */
final class SysNodeReader {
    static final String NODE_DIR = "/sys/devices/system/node";
    static final String CPU_ONLINE = "/sys/devices/system/cpu/online";

    private final HostFiles files;
    private final List<String> problems;

    /** Adds a short phrase to {@code problems} for each thing it could not read. */
    SysNodeReader(HostFiles files, List<String> problems) {
        this.files = files;
        this.problems = problems;
    }

    /** The online CPUs, or empty when /sys does not say. */
    Optional<CpuSet> onlineCpus() {
        return files.read(CPU_ONLINE).flatMap(text -> parse(text, CPU_ONLINE));
    }

    /**
     * The nodes with their CPUs (restricted to {@code online} when given), in id order; empty when the
     * kernel exposes no node folder (no NUMA support, not Linux, or /sys not mounted).
     */
    List<NumaNode> nodes(Optional<CpuSet> online) {
        if (!files.isDirectory(NODE_DIR)) {
            problems.add("no NUMA information in " + NODE_DIR);
            return List.of();
        }
        CpuSet ids = nodeIds();
        List<NumaNode> nodes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int id = ids.get(i);
            String dir = NODE_DIR + "/node" + id;
            CpuSet cpus = files.read(dir + "/cpulist").flatMap(t -> parse(t, dir + "/cpulist")).orElse(CpuSet.EMPTY);
            if (online.isPresent()) {
                cpus = cpus.intersect(online.get());
            }
            int[] distances = distances(ids, dir);
            nodes.add(new NumaNode(id, cpus, distances.length == 0 ? new int[0] : ids.toArray(), distances));
        }
        return nodes;
    }

    private CpuSet nodeIds() {
        Optional<CpuSet> online = files.read(NODE_DIR + "/online").flatMap(t -> parse(t, NODE_DIR + "/online"));
        if (online.isPresent()) {
            return online.get();
        }
        List<Integer> ids = new ArrayList<>();
        for (String name : files.list(NODE_DIR)) {
            if (name.matches("node\\d{1,5}")) {
                ids.add(Integer.parseInt(name.substring(4)));
            }
        }
        return CpuSet.of(ids.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The distance file lists one value per online node, in node-id order; a mismatch means unknown. */
    private int[] distances(CpuSet ids, String dir) {
        Optional<String> text = files.read(dir + "/distance");
        if (text.isEmpty() || text.get().isEmpty()) {
            return new int[0];
        }
        String[] fields = text.get().split("\\s+");
        if (fields.length != ids.size()) {
            problems.add("unexpected " + dir + "/distance");
            return new int[0];
        }
        int[] distances = new int[fields.length];
        try {
            for (int i = 0; i < fields.length; i++) {
                distances[i] = Integer.parseInt(fields[i]);
            }
        } catch (NumberFormatException e) {
            problems.add("unexpected " + dir + "/distance");
            return new int[0];
        }
        return distances;
    }

    /** A blank list is treated as missing: no machine has no online CPU or node. */
    private Optional<CpuSet> parse(String text, String path) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CpuSet.parse(text));
        } catch (IllegalArgumentException e) {
            problems.add("unexpected " + path);
            return Optional.empty();
        }
    }
}
