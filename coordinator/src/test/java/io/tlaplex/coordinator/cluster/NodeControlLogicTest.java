package io.tlaplex.coordinator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.protocol.Assign;
import io.tlaplex.protocol.AssignedNode;
import io.tlaplex.protocol.CheckpointAck;
import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.CheckpointSnapshot;
import io.tlaplex.protocol.ControlMessage;
import io.tlaplex.protocol.Join;
import io.tlaplex.protocol.LevelPrepare;
import io.tlaplex.protocol.LevelReady;
import io.tlaplex.protocol.LevelStart;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.Start;
import io.tlaplex.protocol.TraceAnswer;
import io.tlaplex.protocol.WaveRequest;
import io.tlaplex.protocol.WorkerFailed;
import io.tlaplex.worker.cluster.NodeListener;
import io.tlaplex.worker.transport.OwnerFunction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The node's control logic, driven by hand: commands that come again (Pekko may lose one and it is asked again). */
class NodeControlLogicTest {
    private static final long RUN = 7L;
    private static final Join JOIN = new Join(1, "host", 1, 0, "sha256:spec", "sha256:config", "proof", "", "me");

    private final FakeEngine engine = new FakeEngine();
    private final RecordingEffects effects = new RecordingEffects();
    private final NodeControlLogic logic = new NodeControlLogic(JOIN, this::started, effects);
    private NodeListener listener;

    private NodeEngine started(Assign assign, NodeListener nodeListener) {
        this.listener = nodeListener;
        return engine;
    }

    private void assign() {
        logic.start();
        logic.onMessage(new Assign(RUN, 0, "sha256:spec", "sha256:config", 0,
                List.of(new AssignedNode(1, "host", 1, 0, "")), OwnerFunction.uniform(2, 1, 0).toOwnerMap()));
        effects.sent.clear();
    }

    @Test
    void shouldJoinAgainUntilAssigned() {
        logic.start();
        logic.onJoinRetry();

        assertEquals(List.of(JOIN, JOIN), effects.sent);
        assertEquals(NodeControlLogic.JOIN_RETRY, effects.retry);
        logic.onMessage(new Assign(RUN, 0, "sha256:spec", "sha256:config", 0,
                List.of(new AssignedNode(1, "host", 1, 0, "")), OwnerFunction.uniform(2, 1, 0).toOwnerMap()));
        assertEquals(null, effects.retry);
    }

    @Test
    void shouldPrepareALevelOnceAndAnswerEveryRepeatOfItsPrepare() {
        assign();

        logic.onMessage(new LevelPrepare(RUN, 1));
        logic.onMessage(new LevelPrepare(RUN, 1));

        assertEquals(List.of("prepare 1"), engine.calls);
        assertEquals(List.of(new LevelReady(RUN, 1, 1), new LevelReady(RUN, 1, 1)), effects.sent);
    }

    @Test
    void shouldStartALevelOnceHoweverOftenItsStartArrives() {
        assign();

        logic.onMessage(new Start(RUN, 0));
        logic.onMessage(new Start(RUN, 0));
        logic.onMessage(new LevelPrepare(RUN, 1));
        logic.onMessage(new LevelStart(RUN, 1));
        logic.onMessage(new LevelStart(RUN, 1));
        logic.onMessage(new Start(RUN, 0));

        assertEquals(List.of("start 0", "prepare 1", "start 1"), engine.calls);
    }

    @Test
    void shouldNotReportIdleInALevelItHasNotStarted() {
        assign();

        logic.onMessage(new WaveRequest(RUN, 0, 3));
        logic.onMessage(new Start(RUN, 0));
        logic.onMessage(new WaveRequest(RUN, 0, 4));

        assertFalse(((LevelStatus) effects.sent.get(0)).idle());
        assertTrue(((LevelStatus) effects.sent.get(1)).idle());
    }

    @Test
    void shouldAnswerARepeatedCheckpointWithTheFilesItWroteTheFirstTime() {
        assign();

        logic.onMessage(new CheckpointSnapshot(RUN, 2, 1));
        logic.onMessage(new CheckpointSnapshot(RUN, 2, 1));

        assertEquals(List.of("checkpoint 2"), engine.calls);
        CheckpointAck ack = new CheckpointAck(RUN, 2, 1, List.of(new CheckpointFile(1, "epoch-2/trace", 10, 5)));
        assertEquals(List.of(ack, ack), effects.sent);
    }

    @Test
    void shouldTellAnEngineFailureAgainWithEveryStatusAndNeverReportIdle() {
        assign();
        logic.onMessage(new Start(RUN, 0));

        listener.onMachineryFailure(new IllegalStateException("disk full"));
        logic.onMessage(new WaveRequest(RUN, 0, 5));

        WorkerFailed failed = new WorkerFailed("machinery", "IllegalStateException: disk full", 1);
        assertEquals(failed, effects.sent.get(0));
        assertEquals(failed, effects.sent.get(1));
        assertFalse(((LevelStatus) effects.sent.get(2)).idle());
    }

    /** An idle engine that records what it is told to do. */
    private static final class FakeEngine implements NodeEngine {
        private final List<String> calls = new ArrayList<>();
        private int level;

        @Override
        public void prepareLevel(int prepared) {
            calls.add("prepare " + prepared);
        }

        @Override
        public void startLevel(int started) {
            calls.add("start " + started);
            level = started;
        }

        @Override
        public LevelStatus status(long runId, long wave) {
            return new LevelStatus(runId, 1, level, wave, true, false, 0, 0, 0, List.of(), null);
        }

        @Override
        public List<CheckpointFile> checkpoint(int epoch, int before) {
            calls.add("checkpoint " + epoch);
            // A trace range is listed only by the first write of an epoch, as the real engine does.
            return calls.size() == 1 ? List.of(new CheckpointFile(1, "epoch-2/trace", 10, 5)) : List.of();
        }

        @Override
        public void drain() {
        }

        @Override
        public LevelStatus halt(long runId) {
            return status(runId, 0);
        }

        @Override
        public TraceAnswer trace(long runId, long ref) {
            return new TraceAnswer(runId, 1, List.of(), ref);
        }

        @Override
        public void close() {
        }
    }

    /** Keeps what the logic sends and the Join timer's state. */
    private static final class RecordingEffects implements NodeControlLogic.Effects {
        private final List<ControlMessage> sent = new ArrayList<>();
        private Duration retry;

        @Override
        public void toCoordinator(ControlMessage message) {
            sent.add(message);
        }

        @Override
        public void exit(NodeControl.Exit exit) {
        }

        @Override
        public void startJoinRetry(Duration interval) {
            retry = interval;
        }

        @Override
        public void cancelJoinRetry() {
            retry = null;
        }
    }
}
