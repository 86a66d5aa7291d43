package io.tlaplex.coordinator.sim;

import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.worker.trace.TracePath;
import io.tlaplex.worker.trace.TraceRecord;
import io.tlaplex.worker.trace.TraceRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checkpoint folder of a simulated run, in memory: files of numbers with their checksums, the nodes' trace logs
 * (one per trace-node id) and the committed manifests. It outlives the attempts of one run, as a folder outlives
 * the processes that write it. Owned by the simulation's thread.
 */
final class SimDisk {

    /** A manifest: the epoch, the run file's values and every file it lists. */
    record Manifest(int epoch, int level, long generated, long distinct, int traceNodesUsed, int nodes,
                    List<CheckpointFile> files) {
    }

    private final Map<String, long[]> files = new HashMap<>();
    private final Map<Integer, List<TraceRecord>> logs = new HashMap<>();
    private final TreeMap<Integer, Manifest> manifests = new TreeMap<>();
    private final List<Integer> commits = new ArrayList<>();

    /** Writes {@code path} and describes it as a node's checkpoint file. */
    CheckpointFile write(int nodeId, String path, long[] data) {
        files.put(path, data.clone());
        return new CheckpointFile(nodeId, path, data.length, checksum(data, 0, data.length));
    }

    long[] read(String path) {
        return files.get(path);
    }

    /** The paths under {@code prefix}, in no particular order. */
    List<String> list(String prefix) {
        List<String> found = new ArrayList<>();
        for (String path : files.keySet()) {
            if (path.startsWith(prefix)) {
                found.add(path);
            }
        }
        return found;
    }

    void deleteUnder(String prefix) {
        files.keySet().removeIf(path -> path.startsWith(prefix));
    }

    /** Flips a bit of {@code path}, as a disk that rotted would. */
    void damage(String path) {
        long[] data = files.get(path);
        if (data == null || data.length == 0) {
            files.put(path, new long[] {1});
        } else {
            data[0] ^= 1;
        }
    }

    /** Appends a record to trace node {@code traceNode}'s log; returns its position. */
    long append(int traceNode, long fingerprint, long parentRef, int actionId) {
        List<TraceRecord> log = logs.computeIfAbsent(traceNode, n -> new ArrayList<>());
        long ref = TraceRef.of(traceNode, 0, log.size() + 1);
        log.add(new TraceRecord(ref, fingerprint, parentRef, actionId));
        return ref;
    }

    int logLength(int traceNode) {
        List<TraceRecord> log = logs.get(traceNode);
        return log == null ? 0 : log.size();
    }

    static String logPath(int traceNode) {
        return String.format("trace/node-%04d/log-0000", traceNode);
    }

    /** Describes records {@code from .. to - 1} of a trace log as a checkpoint file range. */
    CheckpointFile describeLog(int nodeId, int traceNode, long from, long to) {
        return new CheckpointFile(nodeId, logPath(traceNode), to - from, logChecksum(traceNode, from, to), from);
    }

    void removeLogsFrom(int traceNode) {
        logs.keySet().removeIf(n -> n >= traceNode);
    }

    /** The record at {@code ref}; throws when there is none. */
    TraceRecord record(long ref) {
        List<TraceRecord> log = logs.get(TraceRef.nodeId(ref));
        int index = (int) TraceRef.offset(ref) - 1;
        if (log == null || index < 0 || index >= log.size()) {
            throw new IllegalStateException("no trace record at " + TraceRef.toString(ref));
        }
        return log.get(index);
    }

    /**
     * The records of one trace log ending at {@code ref}, oldest first, and where the trace goes on.
     *
     * @throws IllegalStateException when the log holds no record at {@code ref}
     */
    TracePath walkBack(long ref) {
        int traceNode = TraceRef.nodeId(ref);
        List<TraceRecord> steps = new ArrayList<>();
        long at = ref;
        while (at != TraceRef.INITIAL && TraceRef.nodeId(at) == traceNode) {
            TraceRecord record = record(at);
            steps.add(0, record);
            at = record.parentRef();
        }
        return new TracePath(steps, at);
    }

    /** Whether the file or log range {@code file} describes is there, whole and unchanged. */
    boolean verifies(CheckpointFile file) {
        if (file.path().startsWith("trace/")) {
            int traceNode = Integer.parseInt(file.path().substring(11, 15));
            return logLength(traceNode) >= file.endBytes()
                    && logChecksum(traceNode, file.offsetBytes(), file.endBytes()) == file.crc32c();
        }
        long[] data = files.get(file.path());
        return data != null && data.length == file.sizeBytes() && checksum(data, 0, data.length) == file.crc32c();
    }

    /** Whether the file is there with at least the size listed, as a commit checks. */
    boolean present(CheckpointFile file) {
        if (file.path().startsWith("trace/")) {
            return logLength(Integer.parseInt(file.path().substring(11, 15))) >= file.endBytes();
        }
        long[] data = files.get(file.path());
        return data != null && data.length >= file.sizeBytes();
    }

    void commit(Manifest manifest) {
        manifests.put(manifest.epoch(), manifest);
        commits.add(manifest.epoch());
    }

    TreeMap<Integer, Manifest> manifests() {
        return manifests;
    }

    void removeManifest(int epoch) {
        manifests.remove(epoch);
        deleteUnder(epochPrefix(epoch));
    }

    /** Every epoch ever committed here, in commit order. */
    List<Integer> commits() {
        return commits;
    }

    static String epochPrefix(int epoch) {
        return String.format("epoch-%08d/", epoch);
    }

    private static long checksum(long[] data, int from, int to) {
        return Integer.toUnsignedLong(Arrays.hashCode(Arrays.copyOfRange(data, from, to)));
    }

    private long logChecksum(int traceNode, long from, long to) {
        List<TraceRecord> log = logs.get(traceNode);
        int hash = 1;
        for (long i = from; i < to && log != null && i < log.size(); i++) {
            TraceRecord r = log.get((int) i);
            hash = 31 * hash + Long.hashCode(r.fingerprint() ^ r.parentRef() * 31 + r.actionId());
        }
        return Integer.toUnsignedLong(hash);
    }
}
