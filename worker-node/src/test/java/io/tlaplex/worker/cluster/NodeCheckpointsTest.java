package io.tlaplex.worker.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.CheckpointManifest;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.checkpoint.CheckpointRegistry;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.fpset.FingerprintSetConfig;
import io.tlaplex.worker.explore.TakenBatch;
import io.tlaplex.worker.queue.StateBatch;
import io.tlaplex.worker.trace.TraceLog;
import io.tlaplex.worker.trace.TraceStore;
import io.tlaplex.worker.transport.OwnerFunction;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node's part of a cluster checkpoint: what two nodes write is loaded back by any number of nodes, each keeping
 * exactly what the new owner function gives it; trace logs are listed by the ranges they gained; the registry
 * records each epoch and forgets old ones; damaged files are refused with their name.
 */
class NodeCheckpointsTest {
    private static final long SEED = 7;

    @TempDir
    Path dir;

    /** States are longs encoded in 8 bytes; a state's fingerprint is the state itself. */
    private static byte[] encode(long state) {
        return ByteBuffer.allocate(Long.BYTES).putLong(state).array();
    }

    @Test
    void shouldLetAnyNumberOfNodesLoadExactlyTheirShareOfWhatTwoNodesWrote() throws Exception {
        for (int node = 0; node < 2; node++) {
            writeEpoch(1, node, 2, 1, 4000);
        }
        for (int nodes : new int[] {1, 2, 3}) {
            OwnerFunction owners = OwnerFunction.uniform(nodes, 1, SEED);
            Set<Long> seenAll = new HashSet<>();
            Set<Long> queuedAll = new HashSet<>();
            for (int node = 0; node < nodes; node++) {
                try (FingerprintSet seen = newSet(); NodeFrontier queued = newFrontier()) {
                    long kept = NodeCheckpoints.load(dir, 1, node, owners, seen, queued);
                    assertEquals(seen.size(), kept);
                    List<Long> fps = new ArrayList<>();
                    seen.forEach(fps::add);
                    for (long fp : fps) {
                        assertEquals(node, owners.owner(fp), nodes + " nodes: fingerprint on the wrong node");
                        assertTrue(seenAll.add(fp), nodes + " nodes: fingerprint loaded twice");
                    }
                    queued.advance();
                    TakenBatch taken = new TakenBatch();
                    StateBatch batch = taken.bytes();
                    while (queued.take(taken, 100) > 0) {
                        for (int i = 0; i < batch.size(); i++) {
                            long fp = batch.fingerprint(i);
                            assertEquals(node, owners.owner(fp));
                            assertEquals(fp, ByteBuffer.wrap(batch.array(), batch.payloadOffset(i), 8).getLong());
                            assertEquals(Long.BYTES, batch.payloadLength(i));
                            assertEquals(fp * 10, batch.traceRef(i));
                            assertTrue(queuedAll.add(fp));
                        }
                    }
                }
            }
            assertEquals(4000, seenAll.size(), nodes + " nodes");
            assertEquals(2000, queuedAll.size(), nodes + " nodes");
        }
    }

    @Test
    void shouldListOnlyWhatTheTraceLogsGainedAndKeepTheLastTwoEpochsInTheRegistry() throws Exception {
        TraceStore store = new TraceStore(NodeCheckpoints.traceDirectory(dir, 0), 0);
        try (TraceLog log = store.openLog(0, 4096); FingerprintSet seen = newSet();
             NodeFrontier frontier = newFrontier()) {
            NodeCheckpoints checkpoints = new NodeCheckpoints(dir, 0, 1, 1, List.of(log));
            List<CheckpointFile> first;
            List<CheckpointFile> second;
            List<CheckpointFile> third;
            List<CheckpointFile> fourth;
            long oneRecord;
            long threeRecords;
            try (checkpoints) {
                log.append(1, -1, 0);
                first = checkpoints.write(1, seen, frontier);
                oneRecord = log.endOffset();
                second = checkpoints.write(2, seen, frontier);
                log.append(2, -1, 0);
                log.append(3, -1, 0);
                third = checkpoints.write(3, seen, frontier);
                threeRecords = log.endOffset();
                fourth = checkpoints.write(4, seen, frontier);
            }
            assertEquals(3, first.size(), "shard, queue and the log's first range");
            assertEquals(2, second.size(), "an epoch where the log did not grow lists no range");
            assertEquals(0, traceRange(first).offsetBytes());
            assertEquals(oneRecord, traceRange(first).sizeBytes());
            assertEquals(oneRecord, traceRange(third).offsetBytes());
            assertEquals(threeRecords - oneRecord, traceRange(third).sizeBytes());
            assertEquals(2, fourth.size());
        }
        try (CheckpointRegistry registry = CheckpointRegistry.open(NodeCheckpoints.registryFile(dir, 0))) {
            assertEquals(Set.of(3, 4), registry.epochs());
            CheckpointManifest fourth = registry.get(4).orElseThrow();
            assertEquals(1, fourth.nodeCount());
            assertEquals(2, fourth.files().size());
        }
    }

    @Test
    void shouldRefuseADamagedQueueNamingIt() throws Exception {
        OwnerFunction one = OwnerFunction.uniform(1, 1, SEED);
        writeEpoch(1, 0, 1, 1, 10);
        Path queued = NodeCheckpoints.epochDirectory(dir, 1).resolve("node-0000").resolve(NodeCheckpoints.QUEUED);
        byte[] bytes = Files.readAllBytes(queued);
        Files.write(queued, Arrays.copyOf(bytes, bytes.length - 3));

        try (FingerprintSet seen = newSet(); NodeFrontier frontier = newFrontier()) {
            CheckpointException e = assertThrows(CheckpointException.class,
                    () -> NodeCheckpoints.load(dir, 1, 0, one, seen, frontier));
            assertEquals(queued + " is truncated", e.getMessage());
        }
    }

    /** Node {@code node} writes states {@code 1..count} it owns, the odd ones queued with trace ref 10 × state. */
    private void writeEpoch(int epoch, int node, int nodes, long from, int count) throws Exception {
        OwnerFunction owners = OwnerFunction.uniform(nodes, 1, SEED);
        try (FingerprintSet seen = newSet(); NodeFrontier queued = newFrontier()) {
            Outbox outbox = queued.outbox();
            for (long s = from; s < from + count; s++) {
                if (owners.owner(s) == node) {
                    seen.insert(s);
                    if (s % 2 == 1) {
                        byte[] bytes = encode(s);
                        outbox.add(s, s * 10, bytes, 0, bytes.length);
                    }
                }
            }
            try (NodeCheckpoints checkpoints = new NodeCheckpoints(dir, node, nodes, 1, List.of())) {
                checkpoints.write(epoch, seen, queued);
            }
            assertEquals(count(from, count, owners, node), queued.nextCount(), "the queue keeps what was written");
        }
    }

    private static CheckpointFile traceRange(List<CheckpointFile> files) {
        return files.stream().filter(f -> f.path().startsWith("trace/")).findFirst().orElseThrow();
    }

    private static long count(long from, int count, OwnerFunction owners, int node) {
        long odd = 0;
        for (long s = from; s < from + count; s++) {
            if (owners.owner(s) == node && s % 2 == 1) {
                odd++;
            }
        }
        return odd;
    }

    private NodeFrontier newFrontier() throws IOException {
        return new NodeFrontier(Files.createTempDirectory(dir, "queues-"), 1 << 20);
    }

    private static FingerprintSet newSet() {
        return new FingerprintSetConfig(1 << 20, 0, null, 0).create();
    }
}
