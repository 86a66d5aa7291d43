package io.tlaplex.worker.explore;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Random;

/**
 * A state graph over {@code 0..n-1} for explorer tests, generated from a seed: initial states, successor lists
 * (action id = index in the list), and per state whether it violates the invariant, fails to evaluate when
 * expanded, or is outside the state constraint; some edges are cut by the action constraint, some violate an
 * action property. {@link #reference()}
 * computes what a breadth-first search must find, independently of both explorers.
 */
record Graph(int[] initial, int[][] edges, boolean[] bad, boolean[] error, boolean[] excluded, int blockedEdgeMod,
        int badStepMod, boolean checkDeadlock) {

    /** Which failures a seed's graph may hold. */
    enum Mix { CLEAN, INVARIANTS, DEADLOCKS, ERRORS, STEPS, MIXED }

    static Graph random(long seed, int minStates, int maxStates, Mix mix) {
        Random rnd = new Random(seed);
        int n = minStates + rnd.nextInt(maxStates - minStates + 1);
        boolean deadlocks = mix == Mix.DEADLOCKS || mix == Mix.MIXED;
        int[][] edges = new int[n][];
        for (int s = 0; s < n; s++) {
            int degree = deadlocks && rnd.nextInt(40) == 0 ? 0 : 1 + rnd.nextInt(4);
            edges[s] = new int[degree];
            for (int i = 0; i < degree; i++) {
                // Mostly short hops forward, so the graph is deep; some long jumps and back edges.
                edges[s][i] = rnd.nextInt(3) == 0 ? rnd.nextInt(n) : Math.floorMod(s + 1 + rnd.nextInt(12), n);
            }
        }
        int[] initial = new int[1 + rnd.nextInt(3)];
        for (int i = 0; i < initial.length; i++) {
            initial[i] = rnd.nextInt(Math.min(n, 40));
        }
        boolean[] bad = marks(rnd, n, mix == Mix.INVARIANTS || mix == Mix.MIXED ? 1 + rnd.nextInt(4) : 0);
        boolean[] error = marks(rnd, n, mix == Mix.ERRORS || mix == Mix.MIXED ? 1 + rnd.nextInt(3) : 0);
        boolean[] excluded = marks(rnd, n, rnd.nextBoolean() ? n / 20 : 0);
        int blockedEdgeMod = rnd.nextBoolean() ? 5 + rnd.nextInt(10) : 0;
        boolean steps = mix == Mix.STEPS || mix == Mix.MIXED && rnd.nextBoolean();
        int badStepMod = steps ? 100 + rnd.nextInt(400) : 0;
        boolean checkDeadlock = deadlocks || rnd.nextBoolean();
        if (checkDeadlock && !deadlocks) {
            excluded = new boolean[n];
            blockedEdgeMod = 0;
        }
        return new Graph(initial, edges, bad, error, excluded, blockedEdgeMod, badStepMod, checkDeadlock);
    }

    /** {@code n} states, each with {@code degree} random successors, one initial state; nothing fails. */
    static Graph large(long seed, int n, int degree) {
        Random rnd = new Random(seed);
        int[][] edges = new int[n][degree];
        for (int[] out : edges) {
            for (int i = 0; i < degree; i++) {
                out[i] = rnd.nextInt(n);
            }
        }
        return new Graph(new int[] {0}, edges, new boolean[n], new boolean[n], new boolean[n], 0, 0, false);
    }

    private static boolean[] marks(Random rnd, int n, int count) {
        boolean[] marked = new boolean[n];
        for (int i = 0; i < count; i++) {
            marked[rnd.nextInt(n)] = true;
        }
        return marked;
    }

    int size() {
        return edges.length;
    }

    boolean edgeAllowed(int from, int to) {
        return blockedEdgeMod == 0 || Math.floorMod(from * 31 + to, blockedEdgeMod) != 0;
    }

    /** Whether the step violates the action property; a different hash from the action constraint's. */
    boolean badStep(int from, int to) {
        return badStepMod != 0 && Math.floorMod(from * 7919 + to * 104729, badStepMod) == 0;
    }

    /**
     * Levels of a breadth-first search that, like the explorers, admits states inside the constraint over allowed
     * edges and never expands a violating or failing state; plus the shortest failure lengths.
     */
    Reference reference() {
        int n = size();
        int[] level = new int[n];
        Arrays.fill(level, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : initial) {
            if (!excluded[s] && level[s] < 0) {
                level[s] = 1;
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            if (bad[s] || error[s]) {
                continue;
            }
            for (int t : edges[s]) {
                if (edgeAllowed(s, t) && !excluded[t] && level[t] < 0) {
                    level[t] = level[s] + 1;
                    queue.add(t);
                }
            }
        }
        return new Reference(this, level);
    }

    /** What a complete search and the shortest failures look like. */
    record Reference(Graph graph, int[] level) {
        static final int NONE = Integer.MAX_VALUE;

        boolean reached(int s) {
            return level[s] > 0;
        }

        long distinct() {
            return Arrays.stream(level).filter(l -> l > 0).count();
        }

        long generated() {
            long sum = graph.initial().length;
            for (int s = 0; s < level.length; s++) {
                if (reached(s)) {
                    sum += graph.edges()[s].length;
                }
            }
            return sum;
        }

        int depth() {
            return Arrays.stream(level).max().orElse(0);
        }

        /** Shortest trace to a reached state of failure {@code kind} (or through a bad step), or {@link #NONE}. */
        int shortest(Outcome kind) {
            int best = NONE;
            for (int s = 0; s < level.length; s++) {
                if (reached(s) && has(s, kind)) {
                    best = Math.min(best, level[s]);
                }
                if (kind == Outcome.ACTION_PROPERTY_VIOLATED && reached(s) && expandable(s) && hasBadStep(s)) {
                    best = Math.min(best, level[s] + 1);
                }
            }
            return best;
        }

        private boolean expandable(int s) {
            return !graph.bad()[s] && !graph.error()[s];
        }

        private boolean hasBadStep(int s) {
            for (int t : graph.edges()[s]) {
                if (graph.edgeAllowed(s, t) && !graph.excluded()[t] && graph.badStep(s, t)) {
                    return true;
                }
            }
            return false;
        }

        boolean has(int s, Outcome kind) {
            return switch (kind) {
                case INVARIANT_VIOLATED -> graph.bad()[s];
                case EVALUATION_ERROR -> !graph.bad()[s] && graph.error()[s];
                case DEADLOCK -> graph.checkDeadlock() && !graph.bad()[s] && !graph.error()[s]
                        && graph.edges()[s].length == 0;
                case SUCCESS, INITIAL_PROPERTY_VIOLATED, ACTION_PROPERTY_VIOLATED -> false;
            };
        }
    }
}
