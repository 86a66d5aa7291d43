package io.tlaplex.worker.liveness;

import io.tlaplex.frontend.eval.live.Fairness;
import io.tlaplex.frontend.eval.live.TFormula;
import io.tlaplex.frontend.eval.live.Tableau;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides whether a strongly connected component holds a counterexample to one check and, if so, builds a cycle
 * through it from its root. Accepted when it has a kept step, fulfils every tableau promise and {@code []<>X} of the
 * check, and is fair: each WF action is taken or disabled somewhere; each SF action is taken somewhere or never
 * enabled, and when it is enabled but never taken the search goes on in the sub-components without the states that
 * enable it. Works on one component at a time; one thread.
 */
final class FairComponent implements SccSearch.ComponentSink {
    private final ProductGraph product;
    private final List<Fairness> fairness;
    private final ProductGraph.Cursor cursor;
    private final long[] label;
    private final int sw;

    /** A condition on one kept step inside the component: its source node and the step's labels. */
    private interface Req {
        boolean test(int source, long[] label, int stepOffset);
    }

    FairComponent(ProductGraph product, List<Fairness> fairness) {
        this.product = product;
        this.fairness = fairness;
        this.cursor = product.cursor();
        this.sw = product.graph.stateWords();
        this.label = new long[sw];
    }

    @Override
    public int[] accept(int[] members) {
        int[] sorted = members.clone();
        Arrays.sort(sorted);
        boolean[] allowed = new boolean[sorted.length];
        Arrays.fill(allowed, true);
        return check(sorted, allowed, members[0]);
    }

    private int local(int[] sorted, boolean[] allowed, long node) {
        int i = Arrays.binarySearch(sorted, (int) node);
        return i >= 0 && allowed[i] ? i : -1;
    }

    private boolean enabled(int node, Fairness f) {
        product.graph.stateLabel(product.state(node), label, 0);
        return TFormula.holds(new TFormula.Lit(f.enabled(), false, false), label, 0, null, 0);
    }

    private List<Req> requirements(boolean[] sfNeeded) {
        List<Req> reqs = new ArrayList<>();
        for (TFormula f : product.check.infinitelyOften()) {
            reqs.add((u, l, o) -> TFormula.holds(f, l, 0, l, o));
        }
        Tableau t = product.check.tableau();
        if (t != null) {
            for (int p = 0; p < t.promiseCount(); p++) {
                int promise = p;
                reqs.add((u, l, o) -> t.fulfills(product.tnode(u), promise));
            }
        }
        for (int k = 0; k < fairness.size(); k++) {
            Fairness f = fairness.get(k);
            TFormula taken = new TFormula.Lit(f.taken(), true, false);
            if (!f.strong()) {
                TFormula wf = TFormula.or(List.of(new TFormula.Lit(f.enabled(), false, true), taken));
                reqs.add((u, l, o) -> TFormula.holds(wf, l, 0, l, o));
            } else if (sfNeeded[k]) {
                reqs.add((u, l, o) -> TFormula.holds(taken, l, 0, l, o));
            }
        }
        return reqs;
    }

    private int[] check(int[] sorted, boolean[] allowed, int start) {
        int nf = fairness.size();
        boolean[] sfEnabled = new boolean[nf];
        boolean[] sfNeeded = new boolean[nf];
        for (int k = 0; k < nf; k++) {
            Fairness f = fairness.get(k);
            if (f.strong()) {
                for (int i = 0; i < sorted.length; i++) {
                    if (allowed[i] && enabled(sorted[i], f)) {
                        sfEnabled[k] = true;
                        break;
                    }
                }
                sfNeeded[k] = sfEnabled[k];
            }
        }
        List<Req> reqs = requirements(sfNeeded);
        boolean[] met = new boolean[reqs.size()];
        boolean nontrivial = false;
        for (int i = 0; i < sorted.length; i++) {
            if (!allowed[i]) {
                continue;
            }
            cursor.reset(sorted[i]);
            for (long w = cursor.next(); w >= 0; w = cursor.next()) {
                if (cursor.kept() && local(sorted, allowed, w) >= 0) {
                    nontrivial = true;
                    for (int r = 0; r < met.length; r++) {
                        met[r] |= reqs.get(r).test(sorted[i], cursor.label(), cursor.stepOffset());
                    }
                }
            }
        }
        if (!nontrivial) {
            return null;
        }
        int sfBase = met.length - count(sfNeeded);
        for (int r = 0; r < sfBase; r++) {
            if (!met[r]) {
                return null;
            }
        }
        int r = sfBase;
        for (int k = 0; k < nf; k++) {
            if (sfNeeded[k] && !met[r++]) {
                return refine(sorted, allowed, fairness.get(k));
            }
        }
        return cycle(sorted, allowed, start, reqs);
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }

    /** The component without the states enabling {@code f}: its sub-components are searched in turn. */
    private int[] refine(int[] sorted, boolean[] allowed, Fairness f) {
        boolean[] rest = allowed.clone();
        for (int i = 0; i < sorted.length; i++) {
            if (rest[i] && enabled(sorted[i], f)) {
                rest[i] = false;
            }
        }
        for (int[] comp : new LocalTarjan(sorted, rest).components()) {
            boolean[] mask = new boolean[sorted.length];
            for (int i : comp) {
                mask[i] = true;
            }
            int[] found = check(sorted, mask, sorted[comp[0]]);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Tarjan's algorithm over the allowed members, on the heap: components hold local indices, root first. */
    private final class LocalTarjan {
        private final int[] sorted;
        private final boolean[] allowed;

        LocalTarjan(int[] sorted, boolean[] allowed) {
            this.sorted = sorted;
            this.allowed = allowed;
        }

        List<int[]> components() {
            int n = sorted.length;
            int[] index = new int[n];
            int[] low = new int[n];
            boolean[] done = new boolean[n];
            int[] stack = new int[n];
            int top = 0;
            int counter = 0;
            List<int[]> out = new ArrayList<>();
            for (int root = 0; root < n; root++) {
                if (!allowed[root] || index[root] != 0) {
                    continue;
                }
                ArrayDeque<int[]> calls = new ArrayDeque<>();
                index[root] = low[root] = ++counter;
                stack[top++] = root;
                calls.push(new int[] {root, 0});
                List<int[]> succs = new ArrayList<>();
                succs.add(successors(root));
                while (!calls.isEmpty()) {
                    int[] frame = calls.peek();
                    int v = frame[0];
                    int[] sv = succs.get(succs.size() - 1);
                    if (frame[1] < sv.length) {
                        int w = sv[frame[1]++];
                        if (index[w] == 0) {
                            index[w] = low[w] = ++counter;
                            stack[top++] = w;
                            calls.push(new int[] {w, 0});
                            succs.add(successors(w));
                        } else if (!done[w]) {
                            low[v] = Math.min(low[v], index[w]);
                        }
                        continue;
                    }
                    calls.pop();
                    succs.remove(succs.size() - 1);
                    if (low[v] == index[v]) {
                        int from = top - 1;
                        while (stack[from] != v) {
                            from--;
                        }
                        int[] comp = Arrays.copyOfRange(stack, from, top);
                        for (int w : comp) {
                            done[w] = true;
                        }
                        top = from;
                        out.add(comp);
                    }
                    if (!calls.isEmpty()) {
                        int u = calls.peek()[0];
                        low[u] = Math.min(low[u], low[v]);
                    }
                }
            }
            return out;
        }

        private int[] successors(int v) {
            List<Integer> out = new ArrayList<>();
            cursor.reset(sorted[v]);
            for (long w = cursor.next(); w >= 0; w = cursor.next()) {
                int j = local(sorted, allowed, w);
                if (cursor.kept() && j >= 0) {
                    out.add(j);
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** A cycle from {@code start} back to it inside the component that meets every requirement. */
    private int[] cycle(int[] sorted, boolean[] allowed, int start, List<Req> reqs) {
        List<Integer> path = new ArrayList<>();
        path.add(start);
        boolean[] met = new boolean[reqs.size()];
        int cur = start;
        for (int r = 0; r < reqs.size(); r++) {
            if (met[r]) {
                continue;
            }
            Req target = reqs.get(r);
            cur = walk(sorted, allowed, cur, (u, l, o) -> target.test(u, l, o), path, met, reqs);
        }
        if (cur != start || path.size() == 1) {
            int goal = start;
            walk(sorted, allowed, cur, (u, l, o) -> false, path, met, reqs, goal);
        }
        return path.stream().mapToInt(Integer::intValue).toArray();
    }

    private int walk(int[] sorted, boolean[] allowed, int from, Req edgeGoal, List<Integer> path, boolean[] met,
            List<Req> reqs) {
        return walk(sorted, allowed, from, edgeGoal, path, met, reqs, -1);
    }

    /**
     * Breadth-first from {@code from} to the first kept step that meets {@code edgeGoal} or enters {@code goalNode};
     * appends the path after {@code from} and marks the requirements its steps meet; returns where it ends.
     */
    private int walk(int[] sorted, boolean[] allowed, int from, Req edgeGoal, List<Integer> path, boolean[] met,
            List<Req> reqs, int goalNode) {
        int[] prev = new int[sorted.length];
        Arrays.fill(prev, -2);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int origin = local(sorted, allowed, from);
        prev[origin] = -1;
        queue.add(origin);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            cursor.reset(sorted[u]);
            for (long w = cursor.next(); w >= 0; w = cursor.next()) {
                int j = local(sorted, allowed, w);
                if (!cursor.kept() || j < 0) {
                    continue;
                }
                if (edgeGoal.test(sorted[u], cursor.label(), cursor.stepOffset()) || w == goalNode) {
                    List<Integer> back = new ArrayList<>();
                    back.add(j);
                    for (int x = u; x != origin; x = prev[x]) {
                        back.add(x);
                    }
                    int at = from;
                    for (int k = back.size() - 1; k >= 0; k--) {
                        int next = sorted[back.get(k)];
                        mark(at, next, met, reqs);
                        path.add(next);
                        at = next;
                    }
                    return at;
                }
                if (prev[j] == -2) {
                    prev[j] = u;
                    queue.add(j);
                }
            }
        }
        throw new IllegalStateException("no path inside a strongly connected component");
    }

    /** Marks the requirements the kept step {@code u -> v} meets. */
    private void mark(int u, int v, boolean[] met, List<Req> reqs) {
        ProductGraph.Cursor c = product.cursor();
        c.reset(u);
        for (long w = c.next(); w >= 0; w = c.next()) {
            if (w == v && c.kept()) {
                for (int r = 0; r < met.length; r++) {
                    met[r] |= reqs.get(r).test(u, c.label(), c.stepOffset());
                }
                return;
            }
        }
    }
}
