package io.tlaplex.coordinator.sim;

import io.tlaplex.coordinator.cluster.ClusterCheck;
import io.tlaplex.coordinator.cluster.ClusterSecret;
import io.tlaplex.coordinator.cluster.Coordinator;
import io.tlaplex.coordinator.cluster.RunHashes;
import io.tlaplex.coordinator.cluster.RunReport;
import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.trace.TraceRef;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One seed's simulated cluster run: generates the state graph and the cluster from the seed, runs attempts as
 * ClusterCheck does (a lost node restarts every node from the last committed epoch, up to
 * {@link ClusterCheck#RESTARTS} times; after a coordinator crash the user runs the check again, with {@code -recover}
 * when an epoch was committed), injects the level's crashes and corruption, checks the invariants after every step
 * and the outcome at the end. Single-threaded and deterministic for a seed.
 */
final class Simulation {
    static final RunHashes HASHES = new RunHashes("sha256:sim-spec", "sha256:sim-config");
    private static final ClusterSecret SECRET = ClusterSecret.generate();
    private static final int LOG_LINES = 400;

    private final long seed;
    private final SimLevel level;
    private final long maxSteps;
    private final boolean verbose;
    private final Scheduler scheduler;
    private final StateGraph graph;
    private final SimDisk disk = new SimDisk();
    private int nodes;
    private final long checkpointIntervalNanos;
    private final Duration progressInterval;
    private final long ownerSeed;
    private final ArrayDeque<String> logLines = new ArrayDeque<>();
    private long clockOffsetNanos;
    private String problem;
    private long problemStep;
    private int nodeCrashes;
    private int coordinatorCrashes;
    private int engineFailures;
    private int attempts;
    private int damaged;
    private long dropped;
    private long duplicated;
    private String ending = "none";

    Simulation(long seed, SimLevel level, long maxSteps, boolean verbose) {
        this.seed = seed;
        this.level = level;
        this.maxSteps = maxSteps;
        this.verbose = verbose;
        this.scheduler = new Scheduler(seed);
        this.graph = StateGraph.generate(scheduler.random().split());
        this.nodes = 1 + scheduler.random().nextInt(4);
        this.checkpointIntervalNanos = scheduler.chance(0.25) ? -1
                : scheduler.chance(0.1) ? 0 : scheduler.between(1_000, 4_000_000L);
        this.progressInterval = Duration.ofNanos(scheduler.between(5_000_000L, 100_000_000L));
        this.ownerSeed = scheduler.random().nextLong();
    }

    /** Runs the seed to its end; the verdict names the first problem, the step it showed at, and what was run. */
    Verdict run() {
        String setup = nodes + " nodes, " + graph + ", "
                + (checkpointIntervalNanos < 0 ? "no checkpoints" : checkpointIntervalNanos == 0
                ? "a checkpoint folder but no checkpoints" : "checkpoints every " + checkpointIntervalNanos / 1000
                + " us");
        try {
            String failure = explore();
            long step = problem != null ? problemStep : scheduler.steps();
            return new Verdict(seed, level, failure == null, step, failure, setup, tail(), stats());
        } catch (RuntimeException e) {
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            return new Verdict(seed, level, false, scheduler.steps(), "unexpected " + e + (at == null ? ""
                    : " at " + at), setup, tail(), stats());
        }
    }

    private String explore() {
        SimCheckpoints checkpoints;
        try {
            checkpoints = checkpointIntervalNanos < 0 ? null
                    : SimCheckpoints.fresh(disk, checkpointIntervalNanos, this::nanoTime, this::onCommit);
        } catch (CheckpointException e) {
            return "cannot start: " + e.getMessage();
        }
        Attempt attempt = start(checkpoints);
        int restarts = 0;
        while (true) {
            if (problem != null) {
                return problem;
            }
            if (attempt.over()) {
                dropped += attempt.net().dropped();
                duplicated += attempt.net().duplicated();
                RunReport report = attempt.report();
                if (attempt.coordinatorCrashed() || report.nodeLost() && checkpoints != null
                        && restarts < ClusterCheck.RESTARTS) {
                    if (attempt.coordinatorCrashed()) {
                        // The user runs the check again, perhaps with another node count.
                        nodes = scheduler.chance(0.5) ? 1 + scheduler.random().nextInt(4) : nodes;
                    } else {
                        restarts++;
                    }
                    try {
                        checkpoints = restart(checkpoints);
                    } catch (CheckpointException e) {
                        return "cannot restart: " + e.getMessage();
                    }
                    if (problem != null) {
                        return problem;
                    }
                    attempt = start(checkpoints);
                    continue;
                }
                ending = report.abort() != null ? "lost" : report.failure() != null ? "failure" : "success";
                return Outcome.check(graph, report, checkpoints == null && nodeCrashes > 0, engineFailures > 0);
            }
            if (scheduler.steps() >= maxSteps) {
                return "no end after " + maxSteps + " steps (" + scheduler.nowNanos() / 1_000_000 + " ms simulated)";
            }
            maybeCrash(attempt);
            if (!scheduler.step()) {
                return "nothing is left to happen, but the run has not ended";
            }
        }
    }

    private Attempt start(SimCheckpoints checkpoints) {
        attempts++;
        Coordinator.Settings settings = new Coordinator.Settings(nodes, HASHES, SECRET, graph.checkDeadlock(),
                ownerSeed, Duration.ofMillis(1), progressInterval, Duration.ofSeconds(30), checkpoints);
        Attempt attempt = new Attempt(this, attempts, settings);
        log(() -> "attempt " + attempts + (checkpoints == null || checkpoints.resumed() == null ? " from the start"
                : " from epoch " + checkpoints.resumed().epoch() + " (level " + checkpoints.resumed().level() + ")"));
        attempt.start();
        return attempt;
    }

    /** As ClusterCheck after a lost node, or the user after a crashed coordinator: from the last usable epoch. */
    private SimCheckpoints restart(SimCheckpoints checkpoints) throws CheckpointException {
        if (checkpoints == null) {
            return null;
        }
        Integer damaged = maybeCorrupt();
        SimCheckpoints next = checkpoints.restart(this::nanoTime);
        if (damaged != null && (next.resumed() == null || next.resumed().epoch() >= damaged)) {
            problem("the restart used damaged epoch " + damaged);
        }
        return next;
    }

    /** Damages a file of the newest epoch when an older one verifies; returns the damaged epoch, or null. */
    private Integer maybeCorrupt() {
        if (disk.manifests().size() < 2 || !scheduler.chance(level.corruptChance())) {
            return null;
        }
        for (SimDisk.Manifest m : disk.manifests().values()) {
            for (CheckpointFile f : m.files()) {
                if (!disk.verifies(f)) {
                    return null;
                }
            }
        }
        SimDisk.Manifest newest = disk.manifests().lastEntry().getValue();
        List<CheckpointFile> files = newest.files().stream().filter(f -> !f.path().startsWith("trace/")).toList();
        String path = files.get(scheduler.random().nextInt(files.size())).path();
        disk.damage(path);
        damaged++;
        log(() -> "damaged " + path);
        return newest.epoch();
    }

    private void maybeCrash(Attempt attempt) {
        if (attempt.over() || !scheduler.chance(level.crashChance())) {
            return;
        }
        if (engineFailures < level.engineFailures() && scheduler.chance(0.25)) {
            List<Integer> live = attempt.liveNodes();
            SimEngine engine = live.isEmpty() ? null
                    : attempt.engine(live.get(scheduler.random().nextInt(live.size())));
            if (engine != null) {
                engineFailures++;
                engine.failMachinery();
            }
            return;
        }
        boolean node = nodeCrashes < level.nodeCrashes()
                && (coordinatorCrashes >= level.coordinatorCrashes() || scheduler.chance(0.75));
        if (node) {
            List<Integer> live = attempt.liveNodes();
            if (!live.isEmpty()) {
                nodeCrashes++;
                attempt.crashNode(live.get(scheduler.random().nextInt(live.size())));
            }
        } else if (coordinatorCrashes < level.coordinatorCrashes()) {
            coordinatorCrashes++;
            attempt.crashCoordinator();
        }
    }

    /** A committed epoch must hold exactly the states a search finds before the level it resumes. */
    private void onCommit(SimDisk.Manifest m) {
        List<Integer> commits = disk.commits();
        for (int i = 1; i < commits.size(); i++) {
            if (commits.get(i) <= commits.get(i - 1)) {
                problem("epoch " + commits.get(i) + " committed after epoch " + commits.get(i - 1));
            }
        }
        Set<Long> seen = new HashSet<>();
        Set<Long> queued = new HashSet<>();
        int queuedEntries = 0;
        Map<String, List<CheckpointFile>> ranges = new HashMap<>();
        for (CheckpointFile f : m.files()) {
            ranges.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
        }
        Set<Long> listed = new HashSet<>();
        for (String path : disk.list(SimDisk.epochPrefix(m.epoch()))) {
            long[] data = disk.read(path);
            if (path.endsWith("/fingerprints")) {
                for (long fp : data) {
                    if (!seen.add(fp)) {
                        problem("epoch " + m.epoch() + " holds fingerprint " + fp + " twice");
                    }
                }
            } else if (path.endsWith("/queued")) {
                for (int i = 0; i < data.length; i += 2) {
                    queued.add(data[i]);
                    queuedEntries++;
                    checkTraceListed(m.epoch(), ranges, listed, data[i + 1]);
                }
            }
        }
        Set<Long> expected = new HashSet<>();
        Set<Long> frontier = new HashSet<>();
        for (int s : graph.foundBefore(m.level())) {
            expected.add(graph.fingerprint(s));
            if (graph.depth(s) == m.level()) {
                frontier.add(graph.fingerprint(s));
            }
        }
        if (!seen.equals(expected) || m.distinct() != expected.size()) {
            problem("epoch " + m.epoch() + " before level " + m.level() + " holds " + seen.size() + " states ("
                    + m.distinct() + " counted), a search finds " + expected.size());
        }
        if (!queued.equals(frontier) || queuedEntries != frontier.size()) {
            problem("epoch " + m.epoch() + " before level " + m.level() + " queues " + queuedEntries
                    + " states, a search queues " + frontier.size());
        }
        if (m.generated() != graph.generatedBefore(m.level())) {
            problem("epoch " + m.epoch() + " before level " + m.level() + " counts " + m.generated()
                    + " states generated, a search " + graph.generatedBefore(m.level()));
        }
    }

    /**
     * Every trace record a queued state's trace goes through must lie in a log range the manifest lists ({@code ranges}
     * by path); {@code listed} holds the records found so already.
     */
    private void checkTraceListed(int epoch, Map<String, List<CheckpointFile>> ranges, Set<Long> listed, long ref) {
        for (long at = ref; at != TraceRef.INITIAL && listed.add(at); at = disk.record(at).parentRef()) {
            long offset = TraceRef.offset(at) - 1;
            boolean covered = false;
            for (CheckpointFile f : ranges.getOrDefault(SimDisk.logPath(TraceRef.nodeId(at)), List.of())) {
                covered |= f.offsetBytes() <= offset && offset < f.endBytes();
            }
            if (!covered) {
                problem("epoch " + epoch + " does not list trace record " + TraceRef.toString(at));
                return;
            }
        }
    }

    /** The monotonic clock of the coordinator's host: simulated time, plus any jumps ahead. */
    long nanoTime() {
        return scheduler.nowNanos() + clockOffsetNanos;
    }

    void maybeJumpClock() {
        if (scheduler.chance(level.clockJumpChance())) {
            clockOffsetNanos += scheduler.between(0, 1_000_000_000L);
        }
    }

    void problem(String what) {
        if (problem == null) {
            problem = what;
            problemStep = scheduler.steps();
        }
    }

    void log(Supplier<String> line) {
        if (verbose) {
            logLines.addLast(String.format("%10.3f ms  %s", scheduler.nowNanos() / 1e6, line.get()));
            if (logLines.size() > LOG_LINES) {
                logLines.removeFirst();
            }
        }
    }

    private Verdict.Stats stats() {
        return new Verdict.Stats(ending, attempts, nodeCrashes, coordinatorCrashes, engineFailures,
                disk.commits().size(), damaged, dropped, duplicated);
    }

    private List<String> tail() {
        return List.copyOf(logLines);
    }

    Scheduler scheduler() {
        return scheduler;
    }

    SimLevel level() {
        return level;
    }

    StateGraph graph() {
        return graph;
    }

    SimDisk disk() {
        return disk;
    }

    ClusterSecret secret() {
        return SECRET;
    }
}
