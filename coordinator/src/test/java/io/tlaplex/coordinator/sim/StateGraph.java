package io.tlaplex.coordinator.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The state graph a simulated run explores, generated from the seed: states with fingerprints, initial states,
 * successor lists, and some states that violate the invariant. Also what a correct breadth-first search of it must
 * report, computed here once. Immutable.
 */
final class StateGraph {
    private final long[] fingerprints;
    private final Map<Long, Integer> byFingerprint = new HashMap<>();
    private final int[] initial;
    private final int[][] successors;
    private final boolean[] bad;
    private final boolean checkDeadlock;
    /** depth[s]: 1 for an initial state, 0 when unreachable. */
    private final int[] depth;
    private final int maxDepth;
    private final int reachable;
    private final int shortestFailure;

    private StateGraph(long[] fingerprints, int[] initial, int[][] successors, boolean[] bad, boolean checkDeadlock) {
        this.fingerprints = fingerprints;
        this.initial = initial;
        this.successors = successors;
        this.bad = bad;
        this.checkDeadlock = checkDeadlock;
        for (int s = 0; s < fingerprints.length; s++) {
            byFingerprint.put(fingerprints[s], s);
        }
        this.depth = new int[fingerprints.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : initial) {
            if (depth[s] == 0) {
                depth[s] = 1;
                queue.add(s);
            }
        }
        int deepest = 0;
        int count = 0;
        int failure = Integer.MAX_VALUE;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            count++;
            deepest = Math.max(deepest, depth[s]);
            if (bad[s]) {
                failure = Math.min(failure, depth[s]);
                continue;
            }
            if (successors[s].length == 0 && checkDeadlock) {
                failure = Math.min(failure, depth[s]);
            }
            for (int t : successors[s]) {
                if (depth[t] == 0) {
                    depth[t] = depth[s] + 1;
                    queue.add(t);
                }
            }
        }
        this.maxDepth = deepest;
        this.reachable = count;
        this.shortestFailure = failure == Integer.MAX_VALUE ? 0 : failure;
    }

    /** A graph of up to 160 states; a third of the seeds have invariant violations, half check deadlocks. */
    static StateGraph generate(SplittableRandom random) {
        int states = 1 + random.nextInt(random.nextBoolean() ? 40 : 160);
        long[] fps = new long[states];
        for (int s = 0; s < states; s++) {
            long fp;
            do {
                fp = random.nextLong();
            } while (fp == 0 || contains(fps, s, fp));
            fps[s] = fp;
        }
        int[] initial = new int[1 + random.nextInt(Math.min(3, states))];
        for (int i = 0; i < initial.length; i++) {
            initial[i] = random.nextInt(states);
        }
        double stuck = random.nextDouble() * 0.05;
        int reach = 1 + random.nextInt(6);
        int[][] successors = new int[states][];
        for (int s = 0; s < states; s++) {
            int out = random.nextDouble() < stuck ? 0 : 1 + random.nextInt(3);
            successors[s] = new int[out];
            for (int i = 0; i < out; i++) {
                successors[s][i] = random.nextInt(8) == 0 ? random.nextInt(states)
                        : (s + 1 + random.nextInt(reach)) % states;
            }
        }
        boolean[] bad = new boolean[states];
        if (random.nextInt(3) == 0) {
            for (int s = 0; s < states; s++) {
                bad[s] = random.nextInt(40) == 0;
            }
        }
        return new StateGraph(fps, initial, successors, bad, random.nextBoolean());
    }

    private static boolean contains(long[] fps, int count, long fp) {
        for (int i = 0; i < count; i++) {
            if (fps[i] == fp) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return fingerprints.length;
    }

    long fingerprint(int state) {
        return fingerprints[state];
    }

    /** The state with fingerprint {@code fp}, or -1. */
    int state(long fp) {
        Integer s = byFingerprint.get(fp);
        return s == null ? -1 : s;
    }

    int[] initial() {
        return initial;
    }

    int[] successors(int state) {
        return successors[state];
    }

    boolean bad(int state) {
        return bad[state];
    }

    boolean checkDeadlock() {
        return checkDeadlock;
    }

    /** The depth of {@code state} (1 for an initial state), 0 when no search reaches it. */
    int depth(int state) {
        return depth[state];
    }

    int reachable() {
        return reachable;
    }

    /** The depth a search of this graph reports on success: its last level. */
    int maxDepth() {
        return maxDepth;
    }

    /** The length of the shortest failure (a violating or, with deadlock checking, a stuck state), 0 for none. */
    int shortestFailure() {
        return shortestFailure;
    }

    /** States generated by a full search: every initial state and every successor of an expanded state. */
    long generated() {
        return generatedBefore(maxDepth + 1);
    }

    /** States generated by levels {@code 0 .. level - 1}: the initial states and the successors of depths below. */
    long generatedBefore(int level) {
        long generated = initial.length;
        for (int s = 0; s < size(); s++) {
            if (depth[s] > 0 && depth[s] < level && !bad[s]) {
                generated += successors[s].length;
            }
        }
        return generated;
    }

    /** The states found once levels {@code 0 .. level - 1} have ended: depth at most {@code level}. */
    List<Integer> foundBefore(int level) {
        List<Integer> found = new ArrayList<>();
        for (int s = 0; s < size(); s++) {
            if (depth[s] > 0 && depth[s] <= level) {
                found.add(s);
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return size() + " states (" + reachable + " reachable, depth " + maxDepth + ", initial "
                + Arrays.toString(initial) + (checkDeadlock ? ", deadlocks checked" : "")
                + (shortestFailure > 0 ? ", shortest failure " + shortestFailure : ", no failure") + ")";
    }
}
