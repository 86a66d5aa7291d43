package io.tlaplex.coordinator.sim;

import io.tlaplex.coordinator.cluster.NodeEngine;
import io.tlaplex.protocol.Assign;
import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.ClusterCheckpoint;
import io.tlaplex.protocol.FailureKind;
import io.tlaplex.protocol.FailureReport;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.PeerCounters;
import io.tlaplex.protocol.TraceAnswer;
import io.tlaplex.protocol.TraceLink;
import io.tlaplex.worker.cluster.NodeListener;
import io.tlaplex.worker.trace.TracePath;
import io.tlaplex.worker.trace.TraceRecord;
import io.tlaplex.worker.trace.TraceRef;
import io.tlaplex.worker.transport.OwnerFunction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fake node engine that explores the {@link StateGraph} the way io.tlaplex.worker.cluster.ClusterNode does, one
 * event at a time: it owns the states the Assign's owner function gives it, expands its current level one state per
 * step, sends successors owned elsewhere through a sender that batches them onto the simulated data plane, counts
 * states and batches sent and received per peer as the real engine and its transport do, dedups arrivals into its
 * next level, and writes and loads its part of checkpoints on the {@link SimDisk}. Owned by the simulation's thread.
 */
final class SimEngine implements NodeEngine {
    private final Attempt attempt;
    private final StateGraph graph;
    private final int nodeId;
    private final int nodes;
    private final OwnerFunction owners;
    private final NodeListener listener;
    private final int traceNode;
    private final int batchStates;
    private final Set<Long> seen = new HashSet<>();
    private final long[] sentStates;
    private final long[] sentBatches;
    private final long[] receivedStates;
    private final long[] receivedBatches;
    private final List<List<Entry>> pending = new ArrayList<>();
    private final boolean[] flushing;
    private List<Entry> current = new ArrayList<>();
    private List<Entry> next = new ArrayList<>();
    private int cursor;
    private int prepared;
    private int openLevel = -1;
    private int workerDone = -1;
    private boolean active;
    private boolean working;
    private boolean halted;
    private boolean closed;
    private int failureLevel;
    private boolean stop;
    private boolean machineryFailed;
    private boolean draining;
    private FailureReport best;
    private long generated;
    private long distinct;
    private long baseGenerated;
    private long baseDistinct;
    private long coveredEnd;

    /** A queued or travelling state: the state, its trace position or parent's, its action, the sender's level. */
    record Entry(int state, long ref, int actionId, int level) {
    }

    SimEngine(Attempt attempt, int nodeId, Assign assign, NodeListener listener) {
        this.attempt = attempt;
        this.graph = attempt.graph();
        this.nodeId = nodeId;
        this.nodes = assign.nodes().size();
        this.owners = OwnerFunction.of(assign.ownerMap(), 1);
        this.listener = listener;
        ClusterCheckpoint plan = assign.checkpoint();
        this.traceNode = (plan == null ? 0 : plan.traceNodeBase()) + nodeId;
        this.batchStates = 1 + attempt.scheduler().random().nextInt(8);
        this.sentStates = new long[nodes];
        this.sentBatches = new long[nodes];
        this.receivedStates = new long[nodes];
        this.receivedBatches = new long[nodes];
        this.flushing = new boolean[nodes];
        for (int i = 0; i < nodes; i++) {
            pending.add(new ArrayList<>());
        }
        if (plan != null && plan.resumes()) {
            load(plan);
        }
    }

    private void load(ClusterCheckpoint plan) {
        String prefix = SimDisk.epochPrefix(plan.resumeEpoch());
        for (String path : attempt.disk().list(prefix)) {
            long[] data = attempt.disk().read(path);
            if (path.endsWith("/fingerprints")) {
                for (long fp : data) {
                    if (owners.owner(fp) == nodeId) {
                        seen.add(fp);
                    }
                }
            } else if (path.endsWith("/queued")) {
                for (int i = 0; i < data.length; i += 2) {
                    if (owners.owner(data[i]) == nodeId) {
                        next.add(new Entry(graph.state(data[i]), data[i + 1], 0, plan.resumeLevel() - 1));
                    }
                }
            }
        }
        baseDistinct = seen.size();
        baseGenerated = nodeId == 0 ? plan.resumedGenerated() : 0;
        prepared = plan.resumeLevel() - 1;
        openLevel = prepared;
        workerDone = prepared;
    }

    @Override
    public void prepareLevel(int level) {
        if (level < 1 || level != prepared + 1 || Math.max(0, openLevel) != level - 1) {
            throw new IllegalStateException("node " + nodeId + " cannot prepare level " + level + " after preparing "
                    + prepared + " and opening " + openLevel);
        }
        if (active) {
            attempt.problem("node " + nodeId + " was told to prepare level " + level + " while still expanding "
                    + openLevel);
        }
        failureLevel = level;
        current = next;
        next = new ArrayList<>();
        cursor = 0;
        prepared = level;
    }

    @Override
    public void startLevel(int level) {
        if (level != prepared) {
            throw new IllegalStateException("node " + nodeId + " cannot start level " + level
                    + " before preparing it (prepared " + prepared + ")");
        }
        openLevel = level;
        active = true;
        // As the real level gate: workers that finished this level already wait for a later one, so opening it again
        // leaves the node busy for good.
        if (!working && workerDone < level) {
            working = true;
            attempt.later(attempt.scheduler().between(1_000, 200_000), () -> attempt.onEngineThread(this::work));
        }
    }

    private void work() {
        if (closed) {
            return;
        }
        if (stop || halted) {
            finishLevel();
            return;
        }
        if (openLevel == 0) {
            if (nodeId == 0) {
                generateInitialStates();
            }
            finishLevel();
            return;
        }
        if (cursor >= current.size()) {
            finishLevel();
            return;
        }
        expand(current.get(cursor++), openLevel);
        attempt.later(attempt.scheduler().between(1_000, 300_000), () -> attempt.onEngineThread(this::work));
    }

    private void finishLevel() {
        working = false;
        workerDone = openLevel;
        active = false;
        int level = openLevel;
        attempt.later(attempt.scheduler().between(0, 500_000), () -> {
            if (!closed) {
                attempt.onEngineThread(() -> listener.onIdle(level));
            }
        });
    }

    private void generateInitialStates() {
        boolean reported = false;
        for (int s : graph.initial()) {
            generated++;
            if (!reported) {
                reported = route(s, TraceRef.INITIAL, 0, 0);
            }
        }
    }

    private void expand(Entry entry, int level) {
        boolean drainingNow = draining;
        int[] successors = graph.successors(entry.state());
        boolean reported = false;
        for (int i = 0; i < successors.length; i++) {
            generated++;
            if (!drainingNow && !reported) {
                reported = route(successors[i], entry.ref(), i, level);
            }
        }
        if (successors.length == 0 && graph.checkDeadlock()) {
            report(new FailureReport(FailureKind.DEADLOCK, level, entry.ref(), 0, -1, -1, "", 0));
        }
    }

    /** Queues or sends a successor found in {@code level}; true when it violated the invariant. */
    private boolean route(int state, long parentRef, int actionId, int level) {
        long fp = graph.fingerprint(state);
        int owner = owners.owner(fp);
        if (owner != nodeId) {
            offer(owner, new Entry(state, parentRef, actionId, level));
            return false;
        }
        if (!seen.add(fp)) {
            return false;
        }
        distinct++;
        return !admit(state, parentRef, actionId, level);
    }

    private boolean admit(int state, long parentRef, int actionId, int level) {
        long fp = graph.fingerprint(state);
        if (graph.bad(state)) {
            report(new FailureReport(FailureKind.INVARIANT, level + 1, parentRef, fp, actionId, 0, "", 0));
            return false;
        }
        long ref = attempt.disk().append(traceNode, fp, parentRef, actionId);
        next.add(new Entry(state, ref, actionId, level));
        return true;
    }

    private void report(FailureReport found) {
        boolean kept = best == null || found.length() < best.length();
        if (kept) {
            best = found;
        }
        if (best.length() <= failureLevel || !graph.checkDeadlock()) {
            stop = true;
        } else {
            draining = true;
        }
        if (kept) {
            listener.onFailure(found);
        }
    }

    private void offer(int owner, Entry entry) {
        sentStates[owner]++;
        pending.get(owner).add(entry);
        if (!flushing[owner]) {
            flushing[owner] = true;
            attempt.later(attempt.scheduler().between(1_000, 300_000), () -> flush(owner));
        }
    }

    /** The sender agent: hands the next batch for {@code owner} to the data plane. */
    private void flush(int owner) {
        if (closed || halted) {
            return;
        }
        List<Entry> waiting = pending.get(owner);
        int count = Math.min(batchStates, waiting.size());
        List<Entry> batch = new ArrayList<>(waiting.subList(0, count));
        waiting.subList(0, count).clear();
        sentBatches[owner]++;
        attempt.links().send(nodeId, owner, batch);
        if (waiting.isEmpty()) {
            flushing[owner] = false;
        } else {
            attempt.later(attempt.scheduler().between(1_000, 100_000), () -> flush(owner));
        }
    }

    /** The receiver: a batch from {@code from} arrived. */
    void receive(int from, List<Entry> batch) {
        if (closed || halted) {
            return;
        }
        receivedBatches[from]++;
        receivedStates[from] += batch.size();
        for (Entry entry : batch) {
            if (draining || stop) {
                continue;
            }
            if (entry.level() != prepared) {
                attempt.problem("node " + nodeId + " holding the queue of level " + (prepared + 1)
                        + " received a state of level " + (entry.level() + 1) + " from node " + from);
            }
            if (seen.add(graph.fingerprint(entry.state()))) {
                distinct++;
                admit(entry.state(), entry.ref(), entry.actionId(), failureLevel);
            }
        }
    }

    @Override
    public LevelStatus status(long runId, long wave) {
        List<PeerCounters> channels = new ArrayList<>();
        for (int peer = 0; peer < nodes; peer++) {
            if (peer != nodeId) {
                channels.add(new PeerCounters(peer, sentBatches[peer], sentStates[peer], receivedBatches[peer],
                        receivedStates[peer]));
            }
        }
        return new LevelStatus(runId, nodeId, Math.max(0, openLevel), wave, !active, halted,
                baseGenerated + generated, baseDistinct + distinct, queued(), channels, best);
    }

    long queued() {
        return Math.max(0, current.size() - cursor) + next.size();
    }

    @Override
    public List<CheckpointFile> checkpoint(int epoch, int level) {
        if (level != prepared + 1 || Math.max(0, openLevel) != prepared || active) {
            throw new IllegalStateException("node " + nodeId + " cannot checkpoint before level " + level
                    + " after preparing " + prepared + " and opening " + openLevel);
        }
        String dir = SimDisk.epochPrefix(epoch) + String.format("node-%04d/", nodeId);
        long[] fps = seen.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] queued = new long[next.size() * 2];
        for (int i = 0; i < next.size(); i++) {
            queued[2 * i] = graph.fingerprint(next.get(i).state());
            queued[2 * i + 1] = next.get(i).ref();
        }
        List<CheckpointFile> files = new ArrayList<>();
        files.add(attempt.disk().write(nodeId, dir + "fingerprints", fps));
        files.add(attempt.disk().write(nodeId, dir + "queued", queued));
        long end = attempt.disk().logLength(traceNode);
        if (end > coveredEnd) {
            files.add(attempt.disk().describeLog(nodeId, traceNode, coveredEnd, end));
            coveredEnd = end;
        }
        return files;
    }

    /** The engine's machinery fails (a full disk, say): it stops, as the real one does, and says so once. */
    void failMachinery() {
        if (closed || halted || machineryFailed) {
            return;
        }
        machineryFailed = true;
        stop = true;
        attempt.log(() -> "the engine of node " + nodeId + " fails");
        attempt.onEngineThread(() -> listener.onMachineryFailure(new IllegalStateException("simulated disk full")));
    }

    @Override
    public void drain() {
        draining = true;
    }

    @Override
    public LevelStatus halt(long runId) {
        if (!halted) {
            stop = true;
            active = false;
            halted = true;
        }
        return status(runId, 0);
    }

    @Override
    public TraceAnswer trace(long runId, long ref) {
        if (TraceRef.nodeId(ref) != traceNode) {
            throw new IllegalStateException("trace position " + TraceRef.toString(ref) + " is not on trace node "
                    + traceNode);
        }
        TracePath path = attempt.disk().walkBack(ref);
        List<TraceLink> links = new ArrayList<>();
        for (TraceRecord step : path.steps()) {
            links.add(new TraceLink(step.ref(), step.fingerprint(), step.parentRef(), step.actionId()));
        }
        return new TraceAnswer(runId, nodeId, links, path.continueAt());
    }

    @Override
    public void close() {
        closed = true;
    }

    /** Whether this node is idle in {@code level} with nothing waiting to be sent. */
    boolean settledIn(int level) {
        if (active || Math.max(0, openLevel) != level) {
            return false;
        }
        for (List<Entry> waiting : pending) {
            if (!waiting.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    Set<Long> seen() {
        return seen;
    }

    List<Entry> next() {
        return next;
    }

    long sentStates(int peer) {
        return sentStates[peer];
    }

    long receivedStates(int peer) {
        return receivedStates[peer];
    }

    FailureReport failure() {
        return best;
    }
}
