package io.tlaplex.worker.liveness;

import io.tlaplex.frontend.eval.live.LiveCheck;
import io.tlaplex.frontend.eval.live.TFormula;
import io.tlaplex.frontend.eval.live.Tableau;
import java.util.Arrays;

/**
 * The behaviour graph paired with the tableau of one {@link LiveCheck}: node {@code s * T + t} is state s in
 * tableau node t (T = 1 without a tableau). Successors come in the order the graph recorded them, each state's
 * stuttering step last. A step is "kept" when it satisfies the check's {@code <>[]} formulas: cycles of a
 * counterexample use kept steps only. Read-only over the graph and shared by threads; each {@link Cursor} holds its
 * own scratch labels and belongs to one thread.
 */
final class ProductGraph {
    final BehaviourGraph graph;
    final LiveCheck check;
    final int tableauSize;
    private final TFormula[] stateLits;
    private final TFormula[] actionLits;
    private final int[][] tableauSucc;
    private final int sw;

    ProductGraph(BehaviourGraph graph, LiveCheck check) {
        this.graph = graph;
        this.check = check;
        Tableau t = check.tableau();
        this.tableauSize = t == null ? 1 : t.size();
        this.stateLits = new TFormula[tableauSize];
        this.actionLits = new TFormula[tableauSize];
        this.tableauSucc = new int[tableauSize][];
        for (int i = 0; i < tableauSize; i++) {
            stateLits[i] = t == null ? TFormula.TRUE : t.stateLiterals(i);
            actionLits[i] = t == null ? TFormula.TRUE : t.actionLiterals(i);
            tableauSucc[i] = t == null ? new int[] {0} : t.successors(i);
        }
        this.sw = graph.stateWords();
    }

    long nodeCount() {
        return (long) graph.stateCount() * tableauSize;
    }

    int state(long node) {
        return (int) (node / tableauSize);
    }

    int tnode(long node) {
        return (int) (node % tableauSize);
    }

    /** The initial nodes, in the order the initial states were generated. */
    long[] initialNodes() {
        Tableau t = check.tableau();
        int[] starts = t == null ? new int[] {0} : t.initial();
        long[] out = new long[graph.initialCount() * starts.length];
        long[] targetLabel = new long[sw];
        int n = 0;
        for (int i = 0; i < graph.initialCount(); i++) {
            int s = graph.initial(i);
            graph.stateLabel(s, targetLabel, 0);
            for (int tn : starts) {
                boolean ok = TFormula.holds(stateLits[tn], targetLabel, 0, null, 0)
                        && (check.init() == null || TFormula.holds(check.init(), targetLabel, 0, null, 0));
                if (ok) {
                    out[n++] = (long) s * tableauSize + tn;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Iterates the successors of one node: {@link #next()} gives each, then -1. */
    final class Cursor {
        private final long[] label = new long[sw + graph.actionWords()];
        private final long[] targetLabel = new long[sw];
        private long node;
        private int s;
        private int t;
        private long edge;
        private long end;
        private int ti;
        private boolean stepOk;
        private boolean keptStep;
        private int target;

        Cursor reset(long n) {
            node = n;
            s = state(n);
            t = tnode(n);
            edge = graph.firstEdge(s);
            end = graph.endEdge(s);
            ti = -1;
            return this;
        }

        /** The next successor node, or -1; {@link #kept()} then tells whether its step is kept. */
        long next() {
            while (true) {
                if (ti < 0 || ti >= tableauSucc[t].length) {
                    if (edge > end) {
                        return -1;
                    }
                    long e = edge == end ? -1L - s : edge;
                    edge++;
                    target = e < 0 ? s : graph.target(e);
                    graph.stateLabel(s, label, 0);
                    graph.stepLabel(e, label, sw);
                    stepOk = TFormula.holds(actionLits[t], label, 0, label, sw);
                    keptStep = stepOk && keptStep();
                    ti = 0;
                    if (!stepOk) {
                        ti = tableauSucc[t].length;
                        continue;
                    }
                    graph.stateLabel(target, targetLabel, 0);
                }
                int tn = tableauSucc[t][ti++];
                if (TFormula.holds(stateLits[tn], targetLabel, 0, null, 0)) {
                    return (long) target * tableauSize + tn;
                }
            }
        }

        private boolean keptStep() {
            for (TFormula f : check.eventuallyAlways()) {
                if (!TFormula.holds(f, label, 0, label, sw)) {
                    return false;
                }
            }
            return true;
        }

        boolean kept() {
            return keptStep;
        }

        /** The labels of the current step: state bits from 0, step bits from {@link #stepOffset()}. */
        long[] label() {
            return label;
        }

        int stepOffset() {
            return sw;
        }

        long source() {
            return node;
        }
    }

    Cursor cursor() {
        return new Cursor();
    }
}
