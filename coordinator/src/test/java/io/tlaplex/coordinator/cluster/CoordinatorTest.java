package io.tlaplex.coordinator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.typesafe.config.ConfigFactory;
import io.tlaplex.protocol.Assign;
import io.tlaplex.protocol.ControlMessage;
import io.tlaplex.protocol.Done;
import io.tlaplex.protocol.FailureFound;
import io.tlaplex.protocol.FailureKind;
import io.tlaplex.protocol.FailureReport;
import io.tlaplex.protocol.Halt;
import io.tlaplex.protocol.Join;
import io.tlaplex.protocol.LevelPrepare;
import io.tlaplex.protocol.LevelReady;
import io.tlaplex.protocol.LevelStart;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.PeerCounters;
import io.tlaplex.protocol.Refuse;
import io.tlaplex.protocol.RefuseReason;
import io.tlaplex.protocol.RunOutcome;
import io.tlaplex.protocol.Start;
import io.tlaplex.protocol.WaveRequest;
import io.tlaplex.worker.trace.TraceRef;
import java.time.Duration;
import java.util.List;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ManualTime;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class CoordinatorTest {
    private static final RunHashes HASHES = new RunHashes("sha256:spec", "sha256:config");
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration WAVE_RETRY = Duration.ofMillis(5);
    private static final Duration PROGRESS = Duration.ofSeconds(1);

    private final ActorTestKit kit = ActorTestKit.create(ManualTime.config().withFallback(ConfigFactory.load()));
    private final ManualTime time = ManualTime.get(kit.system());
    private final ClusterSecret secret = ClusterSecret.generate();
    private final TestProbe<Object> observed = kit.createTestProbe();
    private final TestProbe<ControlMessage> node0 = kit.createTestProbe();
    private final TestProbe<ControlMessage> node1 = kit.createTestProbe();
    private ActorRef<Coordinator.Command> coordinator;

    @AfterEach
    void shutdown() {
        kit.shutdownTestKit();
    }

    private void startCoordinator(boolean checkDeadlock) {
        startCoordinator(checkDeadlock, Duration.ofHours(1));
    }

    private void startCoordinator(boolean checkDeadlock, Duration progressInterval) {
        Coordinator.Settings settings = new Coordinator.Settings(2, HASHES, secret, checkDeadlock, 0L, WAVE_RETRY,
                progressInterval, JOIN_TIMEOUT);
        coordinator = kit.spawn(Coordinator.create(settings, new ProbeObserver(observed.ref())));
    }

    private Join join(int id, TestProbe<ControlMessage> node, RunHashes hashes, ClusterSecret key) {
        String replyTo = ActorRefResolver.get(kit.system()).toSerializationFormat(node.ref());
        return new Join(id, "local", 1, 0, hashes.spec(), hashes.config(),
                key.proof(id, hashes.spec(), hashes.config()), "local|127.0.0.1|" + (40_000 + id), replyTo);
    }

    private void tell(ControlMessage message) {
        coordinator.tell(new Coordinator.Inbound(message));
    }

    /** Both nodes register and join; returns the run id they were assigned. */
    private long startRun(boolean checkDeadlock) {
        return startRun(checkDeadlock, Duration.ofHours(1));
    }

    private long startRun(boolean checkDeadlock, Duration progressInterval) {
        startCoordinator(checkDeadlock, progressInterval);
        for (TestProbe<ControlMessage> node : List.of(node0, node1)) {
            kit.system().receptionist().tell(Receptionist.register(Coordinator.NODE_KEY, node.ref()));
        }
        tell(join(0, node0, HASHES, secret));
        tell(join(1, node1, HASHES, secret));
        long runId = node0.expectMessageClass(Assign.class).runId();
        node1.expectMessageClass(Assign.class);
        node0.expectMessageClass(Start.class);
        node1.expectMessageClass(Start.class);
        return runId;
    }

    private static LevelStatus idle(long runId, int node, int level, long wave, long queued) {
        return new LevelStatus(runId, node, level, wave, true, false, 10, 5, queued,
                List.of(new PeerCounters(1 - node, 1, 3, 1, 3)), null);
    }

    @Test
    void shouldAssignEveryNodeAndStartOnceAllHaveJoined() {
        startCoordinator(true);

        tell(join(0, node0, HASHES, secret));
        node0.expectNoMessage(Duration.ofMillis(50));
        tell(join(1, node1, HASHES, secret));

        Assign assign = node0.expectMessageClass(Assign.class);
        assertEquals(assign, node1.expectMessageClass(Assign.class));
        assertEquals(List.of(0, 1), assign.nodes().stream().map(n -> n.nodeId()).toList());
        assertEquals("local|127.0.0.1|40001", assign.nodes().get(1).dataChannel());
        assertEquals(HASHES.spec(), assign.specHash());
        assertEquals(new Start(assign.runId(), 0), node0.expectMessageClass(Start.class));
        assertEquals(new Start(assign.runId(), 0), node1.expectMessageClass(Start.class));
    }

    @Test
    void shouldRefuseANodeThatLoadedAnotherSpec() {
        startCoordinator(true);

        tell(join(1, node1, new RunHashes("sha256:other", HASHES.config()), secret));

        Refuse refuse = node1.expectMessageClass(Refuse.class);
        assertEquals(RefuseReason.SPEC_HASH_MISMATCH, refuse.reason());
        assertEquals("node 1 loaded a different spec than the coordinator (sha256:other instead of sha256:spec)",
                refuse.detail());
        assertEquals(refuse, observed.expectMessageClass(Refuse.class));
    }

    @Test
    void shouldRefuseANodeWithAnotherConfig() {
        startCoordinator(true);

        tell(join(0, node0, new RunHashes(HASHES.spec(), "sha256:other"), secret));

        assertEquals(RefuseReason.CONFIG_HASH_MISMATCH, node0.expectMessageClass(Refuse.class).reason());
    }

    @Test
    void shouldRefuseANodeThatDoesNotKnowTheSecret() {
        startCoordinator(true);

        tell(join(0, node0, HASHES, ClusterSecret.generate()));

        Refuse refuse = node0.expectMessageClass(Refuse.class);
        assertEquals(RefuseReason.BAD_SECRET, refuse.reason());
        assertEquals("node 0 does not know the run's secret", refuse.detail());
        node0.expectNoMessage(Duration.ofMillis(50));
    }

    @Test
    void shouldAbortWhenNotEveryNodeJoinsInTime() {
        startCoordinator(true);
        tell(join(0, node0, HASHES, secret));

        time.timePasses(JOIN_TIMEOUT.plusSeconds(1));

        RunReport report = observed.expectMessageClass(RunReport.class);
        assertEquals("only 1 of 2 nodes joined within 60 s", report.abort());
    }

    @Test
    void shouldPrepareEveryNodeBeforeStartingTheNextLevel() {
        long runId = startRun(true);

        tell(idle(runId, 0, 0, 0, 2));
        tell(idle(runId, 1, 0, 0, 1));
        long wave = node0.expectMessageClass(WaveRequest.class).wave();
        node1.expectMessageClass(WaveRequest.class);
        tell(idle(runId, 0, 0, wave, 2));
        tell(idle(runId, 1, 0, wave, 1));

        assertEquals(new LevelPrepare(runId, 1), node0.expectMessageClass(LevelPrepare.class));
        assertEquals(new LevelPrepare(runId, 1), node1.expectMessageClass(LevelPrepare.class));
        assertEquals(10L, observed.expectMessageClass(Long.class));
        tell(new LevelReady(runId, 0, 1));
        node0.expectNoMessage(Duration.ofMillis(50));
        tell(new LevelReady(runId, 1, 1));
        assertEquals(new LevelStart(runId, 1), node0.expectMessageClass(LevelStart.class));
        assertEquals(new LevelStart(runId, 1), node1.expectMessageClass(LevelStart.class));
    }

    @Test
    void shouldAskAgainAtOnceWhileTheLastStatesAreInFlight() {
        long runId = startRun(true);
        tell(inFlight(runId, 0, 0));
        tell(idle(runId, 1, 0, 0, 1));
        long first = node0.expectMessageClass(WaveRequest.class).wave();
        node1.expectMessageClass(WaveRequest.class);

        tell(idle(runId, 0, 0, first, 2));
        tell(idle(runId, 1, 0, first, 1));
        long second = node0.expectMessageClass(WaveRequest.class).wave();
        node1.expectMessageClass(WaveRequest.class);
        node0.expectNoMessage(Duration.ofMillis(20));
        tell(idle(runId, 0, 0, second, 2));
        tell(idle(runId, 1, 0, second, 1));

        assertEquals(first + 1, second);
        assertEquals(new LevelPrepare(runId, 1), node0.expectMessageClass(LevelPrepare.class));
    }

    /** Node {@code node} idle, one of its three states to the peer not yet received there. */
    private static LevelStatus inFlight(long runId, int node, long wave) {
        return new LevelStatus(runId, node, 0, wave, true, false, 10, 5, 2,
                List.of(new PeerCounters(1 - node, 1, 4, 1, 3)), null);
    }

    @Test
    void shouldNotEndALevelWhileANodeIsBusy() {
        long runId = startRun(true);
        tell(idle(runId, 0, 0, 0, 2));
        tell(idle(runId, 1, 0, 0, 1));
        long wave = node0.expectMessageClass(WaveRequest.class).wave();
        node1.expectMessageClass(WaveRequest.class);

        for (int i = 0; i < 3; i++) {
            tell(idle(runId, 0, 0, wave, 2));
            tell(busy(runId, 1, wave));
            time.timePasses(WAVE_RETRY);
            wave = node0.expectMessageClass(WaveRequest.class).wave();
            node1.expectMessageClass(WaveRequest.class);
        }

        node0.expectNoMessage(Duration.ofMillis(50));
    }

    private static LevelStatus busy(long runId, int node, long wave) {
        return new LevelStatus(runId, node, 0, wave, false, false, 10, 5, 1,
                List.of(new PeerCounters(1 - node, 1, 3, 1, 3)), null);
    }

    @Test
    void shouldHaltEveryNodeOnTheFirstFailureAndReportIt() {
        long runId = startRun(false);
        FailureReport failure = new FailureReport(FailureKind.INVARIANT, 1, TraceRef.INITIAL, 99L, -1, 0, "", 0);

        tell(new FailureFound(runId, 1, failure));

        assertEquals(new Halt(runId), node0.expectMessageClass(Halt.class));
        assertEquals(new Halt(runId), node1.expectMessageClass(Halt.class));
        tell(halted(runId, 0, null));
        tell(halted(runId, 1, failure));
        RunReport report = observed.expectMessageClass(RunReport.class);
        assertEquals(failure, report.failure());
        assertEquals(1, report.depth());
        assertEquals(20, report.generated());
        assertNull(report.abort());
        assertEquals(RunOutcome.FAILED, node0.expectMessageClass(Done.class).result().outcome());
    }

    private static LevelStatus halted(long runId, int node, FailureReport failure) {
        return new LevelStatus(runId, node, 0, 0, true, true, 10, 5, 0, List.of(), failure);
    }

    @Test
    void shouldAbortTheRunWhenANodeLeaves() {
        startRun(true);

        node1.stop();

        RunReport report = observed.expectMessageClass(RunReport.class);
        assertEquals("node 1 left the run", report.abort());
        Done done = node0.expectMessageClass(Done.class);
        assertEquals("node 1 left the run", done.result().message());
    }

    /** Ends level 0 with both nodes idle (2 and 1 states queued) and both ready for level 1. */
    private void exploreLevelZero(long runId) {
        tell(idle(runId, 0, 0, 0, 2));
        tell(idle(runId, 1, 0, 0, 1));
        long wave = node0.expectMessageClass(WaveRequest.class).wave();
        node1.expectMessageClass(WaveRequest.class);
        tell(idle(runId, 0, 0, wave, 2));
        tell(idle(runId, 1, 0, wave, 1));
        node0.expectMessageClass(LevelPrepare.class);
        node1.expectMessageClass(LevelPrepare.class);
    }

    @Test
    void shouldAskANodeAgainToPrepareWhenItsAnswerIsLate() {
        long runId = startRun(true, PROGRESS);
        exploreLevelZero(runId);
        tell(new LevelReady(runId, 0, 1));

        time.timePasses(PROGRESS.multipliedBy(2));

        assertEquals(new LevelPrepare(runId, 1), node1.expectMessageClass(LevelPrepare.class));
        node0.expectNoMessage(Duration.ofMillis(50));
    }

    @Test
    void shouldStartALevelAgainOnANodeThatStillAnswersFromTheLevelBefore() {
        long runId = startRun(true, PROGRESS);
        exploreLevelZero(runId);
        tell(new LevelReady(runId, 0, 1));
        tell(new LevelReady(runId, 1, 1));
        node0.expectMessageClass(LevelStart.class);
        node1.expectMessageClass(LevelStart.class);

        for (int tick = 0; tick < 2; tick++) {
            time.timePasses(PROGRESS);
            long wave = node0.expectMessageClass(WaveRequest.class).wave();
            tell(idle(runId, 0, 1, wave, 0));
            tell(idle(runId, 1, 0, wave, 0));
        }

        List<ControlMessage> toNode1 = node1.receiveSeveralMessages(3);
        assertEquals(new LevelStart(runId, 1), toNode1.get(2));
        node0.expectNoMessage(Duration.ofMillis(50));
    }

    @Test
    void shouldSendTheAssignAgainToANodeThatJoinsAgain() {
        long runId = startRun(true);

        tell(join(1, node1, HASHES, secret));

        assertEquals(runId, node1.expectMessageClass(Assign.class).runId());
        node0.expectNoMessage(Duration.ofMillis(50));
    }

    /** Hands the coordinator's news to a probe: the initial count as a Long, then refusals and the report. */
    private record ProbeObserver(ActorRef<Object> probe) implements RunObserver {
        @Override
        public void initialStatesDone(long distinct) {
            probe.tell(distinct);
        }

        @Override
        public void progress(int level, List<LevelStatus> nodes) {
        }

        @Override
        public void refused(Refuse refusal) {
            probe.tell(refusal);
        }

        @Override
        public void finished(RunReport report) {
            probe.tell(report);
        }
    }
}
