package io.tlaplex.coordinator.sim;

import io.tlaplex.coordinator.cluster.RunReport;
import io.tlaplex.protocol.FailureKind;
import io.tlaplex.protocol.FailureReport;
import io.tlaplex.protocol.TraceLink;
import io.tlaplex.worker.trace.TraceRef;
import java.util.List;

/**
 * Judges how a simulated run ended against its graph: a success must count every reachable state and generated
 * successor at the graph's depth, a failure must be a shortest one with a trace that is a path of the graph.
 */
final class Outcome {
    private Outcome() {
    }

    /**
     * Null when {@code report} is right for {@code graph}; else what is wrong. A run may break off only for a fault
     * it could not survive: a lost node without checkpoints ({@code lossExpected}), or an engine whose machinery
     * failed ({@code engineFailed}).
     */
    static String check(StateGraph graph, RunReport report, boolean lossExpected, boolean engineFailed) {
        if (report.abort() != null) {
            boolean expected = report.nodeLost() ? lossExpected
                    : engineFailed && report.abort().contains("failed: IllegalStateException: simulated disk full");
            return expected ? null : "the run aborted: " + report.abort();
        }
        FailureReport failure = report.failure();
        if (graph.shortestFailure() == 0) {
            if (failure != null) {
                return "reported a failure of length " + failure.length() + " in a graph without failures";
            }
            if (report.distinct() != graph.reachable() || report.generated() != graph.generated()
                    || report.depth() != graph.maxDepth()) {
                return "reported " + report.distinct() + " distinct, " + report.generated() + " generated, depth "
                        + report.depth() + "; a search finds " + graph.reachable() + ", " + graph.generated()
                        + ", depth " + graph.maxDepth();
            }
            return null;
        }
        if (failure == null) {
            return "missed the failure of length " + graph.shortestFailure() + " (reported " + report.distinct()
                    + " distinct states)";
        }
        if (failure.length() != graph.shortestFailure()) {
            return "reported a failure of length " + failure.length() + ", the shortest is "
                    + graph.shortestFailure();
        }
        return traceProblem(graph, failure, report.trace());
    }

    private static String traceProblem(StateGraph graph, FailureReport failure, List<TraceLink> trace) {
        boolean deadlock = failure.kind() == FailureKind.DEADLOCK;
        int expected = deadlock ? failure.length() : failure.length() - 1;
        if (trace.size() != expected) {
            return "the trace of a " + failure.kind() + " of length " + failure.length() + " has " + trace.size()
                    + " steps";
        }
        long parent = TraceRef.INITIAL;
        int previous = -1;
        for (TraceLink link : trace) {
            int state = graph.state(link.fingerprint());
            if (link.parentRef() != parent || state < 0 || !follows(graph, previous, state)) {
                return "the trace is not a path of the graph at " + TraceRef.toString(link.ref());
            }
            parent = link.ref();
            previous = state;
        }
        if (parent != failure.traceRef()) {
            return "the trace does not end where the failure was found";
        }
        if (deadlock) {
            return graph.successors(previous).length == 0 ? null : "the trace ends in a state that is not stuck";
        }
        int bad = graph.state(failure.fingerprint());
        return bad >= 0 && graph.bad(bad) && follows(graph, previous, bad) ? null
                : "the trace does not lead to a violating state";
    }

    private static boolean follows(StateGraph graph, int from, int to) {
        if (from < 0) {
            for (int s : graph.initial()) {
                if (s == to) {
                    return true;
                }
            }
            return false;
        }
        for (int s : graph.successors(from)) {
            if (s == to) {
                return true;
            }
        }
        return false;
    }
}
