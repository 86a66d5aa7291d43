package io.tlaplex.worker.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.fpset.FingerprintSetConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ParallelExplorerCheckpointTest {
    @TempDir
    Path work;
    @TempDir
    Path checkpoints;

    /** Thrown from the checkpoint callback to stop a run the way a crash would, right after an epoch committed. */
    private static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash");
        }
    }

    /**
     * A clock that moves one second per reading, so an interval of one nanosecond checkpoints at every look; each
     * epoch is written during the pause, so how many there are does not depend on timing.
     */
    private static CheckpointSettings everyLevel(Path dir, String spec) {
        AtomicLong now = new AtomicLong();
        return new CheckpointSettings(dir, 1, () -> now.addAndGet(1_000_000_000L), new AtomicBoolean(), spec, "cfg",
                0).writtenDuringThePause();
    }

    private static ProgressListener crashAfterEpoch(int epoch, List<Integer> levels) {
        return new ProgressListener() {
            @Override
            public void progress(int depth, long generated, long distinct, long queued) {
            }

            @Override
            public void checkpointed(int committed, int level, long queuedStates, long pauseNanos) {
                levels.add(level);
                if (committed == epoch) {
                    throw new Crash();
                }
            }
        };
    }

    private ExplorationResult<Integer> run(Graph graph, int workers, CheckpointSettings settings, ResumePoint resume,
            ProgressListener progress) {
        try (FingerprintSet seen = new FingerprintSetConfig(64 << 20, graph.size(), null, 0).create()) {
            ParallelExplorer<Integer> explorer = new ParallelExplorer<>(w -> new GraphModel(graph, null), seen,
                    ParallelExplorerConfig.of(workers, work, Runs.QUEUE_MEMORY), progress, System::nanoTime,
                    Long.MAX_VALUE / 4);
            if (settings != null) {
                explorer.checkpointTo(settings, new GraphModel(graph, null));
            }
            if (resume != null) {
                explorer.resumeFrom(resume);
            }
            return explorer.run();
        }
    }

    /** Complete runs: exact counts. Violations: verdict and depth (the counts at a stop depend on the order). */
    private static void assertSameCounts(ExplorationResult<Integer> expected, ExplorationResult<Integer> actual) {
        assertEquals(expected.outcome(), actual.outcome());
        assertEquals(expected.depth(), actual.depth(), "depth");
        if (expected.outcome() == Outcome.SUCCESS) {
            assertEquals(expected.distinct(), actual.distinct(), "distinct");
            assertEquals(expected.generated(), actual.generated(), "generated");
        }
    }

    @Test
    void shouldGiveTheUninterruptedAnswerAfterACrashAndAResumeWithOtherWorkerCounts() throws Exception {
        Graph graph = Graph.large(7, 20_000, 3);
        ExplorationResult<Integer> uninterrupted = Runs.sequential(graph);
        for (int resumeWorkers : new int[] {1, 3}) {
            Path dir = Files.createTempDirectory(checkpoints, "run");
            List<Integer> levels = new ArrayList<>();

            assertThrows(Crash.class, () -> run(graph, 2, everyLevel(dir, "spec"), null, crashAfterEpoch(4, levels)));
            ResumePoint point = ResumePoint.load(dir, "spec", "cfg");
            ExplorationResult<Integer> resumed = run(graph, resumeWorkers, null, point, ProgressListener.NONE);

            assertEquals(4, point.manifest().epoch());
            assertTraceLogsListedAsConsecutiveRanges(point);
            assertEquals(levels.get(3), point.level());
            assertTrue(point.distinct() > 0 && point.distinct() < uninterrupted.distinct());
            assertSameCounts(uninterrupted, resumed);
        }
    }

    /** Each log is listed as ranges, one per epoch it grew in, from 0 to its recorded end without gap. */
    private static void assertTraceLogsListedAsConsecutiveRanges(ResumePoint point) {
        java.util.Map<String, List<io.tlaplex.protocol.CheckpointFile>> byLog = point.traceSegments().stream()
                .collect(java.util.stream.Collectors.groupingBy(io.tlaplex.protocol.CheckpointFile::path));
        assertEquals(2, byLog.size(), "one log per worker");
        assertTrue(point.traceSegments().size() > byLog.size(), "a log grew in more than one epoch: " + byLog);
        for (List<io.tlaplex.protocol.CheckpointFile> ranges : byLog.values()) {
            long end = 0;
            for (io.tlaplex.protocol.CheckpointFile range : ranges) {
                assertEquals(end, range.offsetBytes());
                end = range.endBytes();
            }
        }
    }

    @Test
    void shouldWriteEpochsInTheBackgroundWhileTheWorkersGoOnAndResumeFromThem() throws Exception {
        Graph graph = Graph.large(19, 40_000, 3);
        ExplorationResult<Integer> uninterrupted = Runs.sequential(graph);
        AtomicLong now = new AtomicLong();
        CheckpointSettings background = new CheckpointSettings(checkpoints, 1, () -> now.addAndGet(1_000_000_000L),
                new AtomicBoolean(), "spec", "cfg", 0);
        List<Integer> levels = new ArrayList<>();

        assertThrows(Crash.class, () -> run(graph, 2, background, null, crashAfterEpoch(1, levels)));
        ResumePoint point = ResumePoint.load(checkpoints, "spec", "cfg");

        assertEquals(1, point.manifest().epoch(), "the failure of epoch 1's writer stops the run before epoch 2");
        assertSameCounts(uninterrupted, run(graph, 3, null, point, ProgressListener.NONE));
    }

    @Test
    void shouldResumeARunThatWasItselfResumedAndKeepCheckpointing() throws Exception {
        Graph graph = Graph.large(11, 15_000, 2);
        ExplorationResult<Integer> uninterrupted = Runs.sequential(graph);
        List<Integer> levels = new ArrayList<>();
        assertThrows(Crash.class, () -> run(graph, 2, everyLevel(checkpoints, "spec"), null,
                crashAfterEpoch(2, levels)));

        assertThrows(Crash.class, () -> run(graph, 1, everyLevel(checkpoints, "spec"),
                ResumePoint.load(checkpoints, "spec", "cfg"), crashAfterEpoch(4, levels)));
        ExplorationResult<Integer> last = run(graph, 2, null, ResumePoint.load(checkpoints, "spec", "cfg"),
                ProgressListener.NONE);

        assertSameCounts(uninterrupted, last);
    }

    @Test
    void shouldRebuildAShortestTraceThroughLogsOfTheRunBeforeTheResume() throws Exception {
        int checked = 0;
        for (long seed = 1; seed <= 30; seed++) {
            Graph graph = Graph.random(seed, 300, 900, Graph.Mix.INVARIANTS);
            ExplorationResult<Integer> uninterrupted = Runs.sequential(graph);
            if (uninterrupted.outcome() != Outcome.INVARIANT_VIOLATED || uninterrupted.depth() < 4) {
                continue;
            }
            Path dir = Files.createTempDirectory(checkpoints, "seed" + seed);
            List<Integer> levels = new ArrayList<>();
            assertThrows(Crash.class, () -> run(graph, 2, everyLevel(dir, "spec"), null, crashAfterEpoch(2, levels)));

            ExplorationResult<Integer> resumed = run(graph, 3, null, ResumePoint.load(dir, "spec", "cfg"),
                    ProgressListener.NONE);

            assertSameCounts(uninterrupted, resumed);
            Runs.assertValidTrace(graph, resumed);
            checked++;
        }
        assertTrue(checked >= 5, "seeds with a deep violation: " + checked);
    }

    @Test
    void shouldFallBackToThePreviousEpochWhenTheLastOneIsCorrupted() throws Exception {
        Graph graph = Graph.large(3, 10_000, 3);
        ExplorationResult<Integer> uninterrupted = Runs.sequential(graph);
        assertThrows(Crash.class, () -> run(graph, 2, everyLevel(checkpoints, "spec"), null,
                crashAfterEpoch(3, new ArrayList<>())));
        Path frontier = checkpoints.resolve("epoch-00000003").resolve(ResumePoint.FRONTIER);
        byte[] bytes = Files.readAllBytes(frontier);
        bytes[bytes.length / 2] ^= 1;
        Files.write(frontier, bytes);

        ResumePoint point = ResumePoint.load(checkpoints, "spec", "cfg");

        assertEquals(2, point.manifest().epoch());
        assertTrue(point.skipped().get(0).startsWith("epoch 3: " + frontier + " is corrupted"),
                point.skipped().get(0));
        assertSameCounts(uninterrupted, run(graph, 2, null, point, ProgressListener.NONE));
    }

    @Test
    void shouldRefuseACheckpointOfAnotherSpecOrConfig() throws Exception {
        Graph graph = Graph.large(5, 5_000, 3);
        assertThrows(Crash.class, () -> run(graph, 2, everyLevel(checkpoints, "spec"), null,
                crashAfterEpoch(1, new ArrayList<>())));

        CheckpointException spec = assertThrows(CheckpointException.class,
                () -> ResumePoint.load(checkpoints, "other", "cfg"));
        CheckpointException cfg = assertThrows(CheckpointException.class,
                () -> ResumePoint.load(checkpoints, "spec", "other"));

        assertEquals("the checkpoint in " + checkpoints + " was made from another spec (hash spec, this spec other)",
                spec.getMessage());
        assertTrue(cfg.getMessage().contains("was made with another model config"));
    }

    /** Depths of the states a checkpoint's frontier file holds. */
    private static java.util.Set<Integer> frontierDepths(Path file) throws Exception {
        java.util.Set<Integer> depths = new java.util.TreeSet<>();
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                Files.newInputStream(file)))) {
            in.readInt();
            in.readInt();
            long count = in.readLong();
            for (long i = 0; i < count; i++) {
                in.readLong();
                in.readLong();
                depths.add(in.readInt());
                in.skipNBytes(in.readInt());
            }
        }
        return depths;
    }

    @Test
    void shouldCheckpointInTheMiddleOfALevelAndResumeFromThere() throws Exception {
        Graph graph = Graph.large(13, 30_000, 3);
        ExplorationResult<Integer> uninterrupted = Runs.sequential(graph);
        int[] levels = graph.reference().level();
        int bigLevel = 8;
        // The model asks for a checkpoint after the 10th expansion of a level of thousands of states.
        AtomicBoolean requested = new AtomicBoolean();
        AtomicLong expandedInBigLevel = new AtomicLong();
        CheckpointSettings onRequest = new CheckpointSettings(checkpoints, 0, System::nanoTime, requested, "spec",
                "cfg", 0);
        assertThrows(Crash.class, () -> {
            try (FingerprintSet seen = new FingerprintSetConfig(64 << 20, graph.size(), null, 0).create()) {
                new ParallelExplorer<>(w -> new GraphModel(graph, null) {
                    @Override
                    public void successors(Integer state, Sink<Integer> sink) {
                        if (levels[state] == bigLevel && expandedInBigLevel.incrementAndGet() == 10) {
                            requested.set(true);
                        }
                        super.successors(state, sink);
                    }
                }, seen, ParallelExplorerConfig.of(2, work, Runs.QUEUE_MEMORY).withBatchStates(16),
                        crashAfterEpoch(1, new ArrayList<>()), System::nanoTime, Long.MAX_VALUE / 4)
                        .checkpointTo(onRequest, new GraphModel(graph, null)).run();
            }
        });
        ResumePoint point = ResumePoint.load(checkpoints, "spec", "cfg");

        assertEquals(bigLevel, point.level());
        assertEquals(java.util.Set.of(bigLevel, bigLevel + 1),
                frontierDepths(point.directory().resolve("epoch-00000001").resolve(ResumePoint.FRONTIER)),
                "states of the level being expanded and of the next");
        assertSameCounts(uninterrupted, run(graph, 3, null, point, ProgressListener.NONE));
    }

    @Test
    void shouldCommitACheckpointWhileTheRunGoesOnWhenAskedFromAnotherThread() throws Exception {
        Graph graph = Graph.large(17, 20_000, 3);
        ExplorationResult<Integer> uninterrupted = Runs.sequential(graph);
        int[] levels = graph.reference().level();
        java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
        CheckpointSettings onRequest = new CheckpointSettings(checkpoints, 0, System::nanoTime, new AtomicBoolean(),
                "spec", "cfg", 0);
        java.util.concurrent.atomic.AtomicReference<ExplorationResult<Integer>> result =
                new java.util.concurrent.atomic.AtomicReference<>();
        try (FingerprintSet seen = new FingerprintSetConfig(64 << 20, graph.size(), null, 0).create()) {
            // The model holds the run inside its third level until the request is in, so it cannot end before.
            ParallelExplorer<Integer> explorer = new ParallelExplorer<>(w -> new GraphModel(graph, null) {
                @Override
                public void successors(Integer state, Sink<Integer> sink) {
                    if (levels[state] == 3) {
                        awaitQuietly(asked);
                    }
                    super.successors(state, sink);
                }
            }, seen, ParallelExplorerConfig.of(2, work, Runs.QUEUE_MEMORY), ProgressListener.NONE,
                    System::nanoTime, Long.MAX_VALUE / 4).checkpointTo(onRequest, new GraphModel(graph, null));
            Thread runner = Thread.ofPlatform().start(() -> result.set(explorer.run()));
            Thread asker = Thread.ofPlatform().start(() -> {
                while (!onRequest.requested().get()) {
                    Thread.onSpinWait();
                }
                asked.countDown();
            });

            boolean committed = explorer.checkpointNow(TimeUnit.SECONDS.toNanos(30));
            runner.join();
            asker.join();

            assertTrue(committed);
            assertEquals(1, new io.tlaplex.worker.checkpoint.CheckpointStore(checkpoints).lastCommittedEpoch()
                    .getAsInt());
            assertSameCounts(uninterrupted, result.get());
        }
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldCheckpointOnRequestOnly() throws Exception {
        Graph graph = Graph.large(9, 8_000, 3);
        AtomicBoolean requested = new AtomicBoolean(true);
        CheckpointSettings onRequest = new CheckpointSettings(checkpoints, 0, System::nanoTime, requested, "spec",
                "cfg", 0);
        List<Integer> levels = new ArrayList<>();

        run(graph, 2, onRequest, null, crashAfterEpoch(99, levels));

        assertEquals(List.of(2), levels, "one checkpoint, at the first level boundary after the request");
        assertEquals(false, requested.get());
    }
}
