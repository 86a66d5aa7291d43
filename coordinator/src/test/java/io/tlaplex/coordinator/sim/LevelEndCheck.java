package io.tlaplex.coordinator.sim;

import io.tlaplex.protocol.CheckpointSnapshot;
import io.tlaplex.protocol.ControlMessage;
import io.tlaplex.protocol.Halt;
import io.tlaplex.protocol.LevelPrepare;
import io.tlaplex.protocol.LevelStart;
import io.tlaplex.protocol.Start;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks, when the coordinator of an {@link Attempt} acts on the end of a level (prepares the next, checkpoints or
 * halts), that the level did end: every node idle in it with nothing left to send, every channel balanced with no
 * batch travelling, no failure left unreported, and the states a breadth-first search finds by then all held, the
 * deepest queued; on a halt without failure, nothing queued. Owned by the simulation's thread.
 */
final class LevelEndCheck {
    private final Attempt attempt;
    private final StateGraph graph;
    private boolean exploring;
    private int exploringLevel;

    LevelEndCheck(Attempt attempt, StateGraph graph) {
        this.attempt = attempt;
        this.graph = graph;
    }

    /** Checks the coordinator's claim that the level it explored has ended (halting: that the run is done). */
    private void onLevelEnd(boolean halting) {
        boolean failed = false;
        int unassigned = -1;
        for (int n = 0; n < attempt.nodeCount(); n++) {
            SimEngine engine = attempt.engine(n);
            if (engine == null && !attempt.alive(n)) {
                // A dead node ends the attempt anyway.
                return;
            }
            if (engine == null) {
                unassigned = n;
            } else {
                failed |= engine.failure() != null;
            }
        }
        if (halting && failed) {
            return;
        }
        if (unassigned >= 0) {
            attempt.problem("level " + exploringLevel + " ended on node " + unassigned + ", which was never assigned");
            return;
        }
        for (int n = 0; n < attempt.nodeCount(); n++) {
            SimEngine engine = attempt.engine(n);
            if (!engine.settledIn(exploringLevel)) {
                attempt.problem("level " + exploringLevel + " ended while node " + n + " was not done with it");
            }
            if (halting && engine.queued() > 0) {
                attempt.problem("the run halted with " + engine.queued() + " states queued on node " + n);
            }
            if (!halting && engine.failure() != null) {
                attempt.problem("level " + exploringLevel + " ended without the failure node " + n + " found");
            }
            for (int m = 0; m < attempt.nodeCount(); m++) {
                if (m != n && engine.sentStates(m) != attempt.engine(m).receivedStates(n)) {
                    attempt.problem("level " + exploringLevel + " ended with states from node " + n + " to node " + m
                            + " in flight");
                }
            }
        }
        if (attempt.links().busy()) {
            attempt.problem("level " + exploringLevel + " ended with batches in flight");
        }
        if (!halting) {
            checkFound(exploringLevel + 1);
        }
    }

    /** Once the levels before {@code level} ended, the nodes hold the states of depth up to it, the last queued. */
    private void checkFound(int level) {
        Set<Long> seen = new HashSet<>();
        Set<Long> queued = new HashSet<>();
        int seenCount = 0;
        int queuedCount = 0;
        for (int n = 0; n < attempt.nodeCount(); n++) {
            SimEngine engine = attempt.engine(n);
            seen.addAll(engine.seen());
            seenCount += engine.seen().size();
            for (SimEngine.Entry entry : engine.next()) {
                queued.add(graph.fingerprint(entry.state()));
                queuedCount++;
            }
        }
        int expected = 0;
        int frontier = 0;
        for (int state : graph.foundBefore(level)) {
            long fp = graph.fingerprint(state);
            expected++;
            frontier += graph.depth(state) == level ? 1 : 0;
            if (!seen.contains(fp) || graph.depth(state) == level && !queued.contains(fp)) {
                attempt.problem("after level " + (level - 1) + " the nodes lost a state of depth " + graph.depth(state));
                return;
            }
        }
        if (seenCount != expected || queuedCount != frontier) {
            attempt.problem("after level " + (level - 1) + " the nodes hold " + seenCount + " states and queue " + queuedCount
                    + ", a search " + expected + " and " + frontier);
        }
    }

    /** Takes a message the coordinator sends: a level's start, or what it sends once a level ended. */
    void observe(ControlMessage message) {
        switch (message) {
            case Start start -> {
                exploring = true;
                exploringLevel = 0;
            }
            case LevelStart start -> {
                exploring = true;
                exploringLevel = start.level();
            }
            case LevelPrepare prepare when exploring -> {
                exploring = false;
                onLevelEnd(false);
            }
            case CheckpointSnapshot snapshot when exploring -> {
                exploring = false;
                onLevelEnd(false);
            }
            case Halt halt when exploring -> {
                exploring = false;
                onLevelEnd(true);
            }
            default -> {
            }
        }
    }
}
