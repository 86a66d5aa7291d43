package io.tlaplex.frontend.eval;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * A single-threaded breadth-first search over a compiled spec that counts as TLC does (the explorer of
 * worker-node does the same with its own fingerprint store): every generated state counts, distinct states are
 * those that satisfy the constraints and have a new fingerprint. The depth of a failure is the length of the
 * shortest trace to it.
 */
final class Bfs implements Sink {
    private final CompiledSpec spec;
    private final Worker w;
    private final long limit;
    private final Set<Long> seen = new HashSet<>();
    private final ArrayDeque<State> queue = new ArrayDeque<>();
    private final ArrayDeque<Integer> levels = new ArrayDeque<>();
    private int currentLevel;
    private int failureLevel;
    private long generated;
    private State current;
    private boolean hasSuccessor;
    private String failure;

    Bfs(CompiledSpec spec, long limit) {
        this.spec = spec;
        this.w = spec.newWorker();
        this.limit = limit;
    }

    Specs.Counts run() {
        if (spec.variableNames().isEmpty()) {
            return new Specs.Counts(0, 0, 0, "success");
        }
        w.initialStates(this);
        int depth = queue.isEmpty() ? 0 : 1;
        int remaining = queue.size();
        int nextLevel = 0;
        while (!queue.isEmpty() && failure == null && seen.size() < limit) {
            current = queue.poll();
            currentLevel = levels.poll();
            hasSuccessor = false;
            int before = queue.size();
            w.successors(current, this);
            if (failure != null) {
                break;
            }
            if (!hasSuccessor && spec.checkDeadlock()) {
                failure = "deadlock";
                failureLevel = currentLevel;
                break;
            }
            nextLevel += queue.size() - before;
            if (--remaining == 0 && nextLevel > 0) {
                depth++;
                remaining = nextLevel;
                nextLevel = 0;
            }
        }
        return new Specs.Counts(seen.size(), generated, failure == null ? depth : failureLevel,
                failure == null ? "success" : failure);
    }

    @Override
    public void accept(State s, int actionId) {
        generated++;
        hasSuccessor = true;
        if (failure != null) {
            return;
        }
        if (current != null && !w.satisfiesActionConstraints(current, s)) {
            return;
        }
        if (!w.satisfiesConstraints(s)) {
            return;
        }
        if (!seen.add(w.fingerprint(s))) {
            return;
        }
        int level = current == null ? 1 : currentLevel + 1;
        failureLevel = level;
        int inv = w.violatedInvariant(s);
        if (inv >= 0) {
            failure = "invariant " + spec.invariantName(inv);
            return;
        }
        if (current == null && w.violatedImpliedInit(s) >= 0) {
            failure = "property";
            return;
        }
        if (current != null && w.violatedActionProperty(current, s) >= 0) {
            failure = "action property";
            return;
        }
        queue.add(s);
        levels.add(level);
    }
}
