package io.tlaplex.worker.liveness;

import java.nio.file.Path;

/**
 * Finds, for one check, the first strongly connected component of kept steps that {@link FairComponent} accepts:
 * an iterative Tarjan search whose roots are the product nodes in breadth-first order from the initial nodes (so
 * the initial nodes come first, in generation order). The breadth-first pass also records each node's parent, from
 * which the counterexample's prefix (a shortest path from an initial node) is read. All per-node bookkeeping lives
 * in memory-mapped arrays. One thread.
 */
final class SccSearch implements AutoCloseable {
    private final ProductGraph product;
    private final Path dir;
    private final long nodes;
    private final MappedArray parent;
    private final MappedArray order;
    private long reached;

    SccSearch(ProductGraph product, Path dir) {
        this.product = product;
        this.dir = dir;
        this.nodes = product.nodeCount();
        if (nodes >= Integer.MAX_VALUE) {
            throw new IllegalStateException("liveness checking handles fewer than 2^31 graph x tableau nodes");
        }
        this.parent = MappedArray.ints(dir, "parent", nodes);
        this.order = MappedArray.ints(dir, "order", nodes);
    }

    /** Breadth-first from the initial nodes over every step; fills {@link #parent} and {@link #order}. */
    void reach() {
        ProductGraph.Cursor c = product.cursor();
        for (long n : product.initialNodes()) {
            if (parent.getInt(n) == 0) {
                parent.setInt(n, -1);
                order.setInt(reached++, (int) n);
            }
        }
        for (long head = 0; head < reached; head++) {
            int u = order.getInt(head);
            c.reset(u);
            for (long v = c.next(); v >= 0; v = c.next()) {
                if (parent.getInt(v) == 0) {
                    parent.setInt(v, u + 1);
                    order.setInt(reached++, (int) v);
                }
            }
        }
    }

    /** The node's parent on a shortest path from an initial node, or -1 for an initial node. */
    int parentOf(int node) {
        int p = parent.getInt(node);
        return p < 0 ? -1 : p - 1;
    }

    /** Runs Tarjan's algorithm over kept steps; returns the first component {@code accept} takes, or null. */
    int[] search(ComponentSink accept) {
        long maxSucc = Math.max(1, (product.graph.edgeCount() + product.graph.stateCount()) * (long) product.tableauSize
                * product.tableauSize);
        try (MappedArray index = MappedArray.ints(dir, "tarjan-index", nodes);
                MappedArray low = MappedArray.ints(dir, "tarjan-low", nodes);
                MappedArray done = MappedArray.ints(dir, "tarjan-done", nodes);
                MappedArray stack = MappedArray.ints(dir, "tarjan-stack", nodes);
                MappedArray calls = MappedArray.ints(dir, "tarjan-calls", nodes);
                MappedArray callPos = MappedArray.longs(dir, "tarjan-pos", nodes);
                MappedArray callEnd = MappedArray.longs(dir, "tarjan-end", nodes);
                MappedArray succ = MappedArray.ints(dir, "tarjan-succ", maxSucc)) {
            Tarjan t = new Tarjan(index, low, done, stack, calls, callPos, callEnd, succ);
            for (long i = 0; i < reached; i++) {
                int root = order.getInt(i);
                if (index.getInt(root) == 0) {
                    int[] found = t.run(root, accept);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }
    }

    /** Takes a component (its nodes, the root first) and says whether it holds a counterexample. */
    interface ComponentSink {
        int[] accept(int[] members);
    }

    /** One Tarjan run's state over the mapped arrays. */
    private final class Tarjan {
        private final MappedArray index;
        private final MappedArray low;
        private final MappedArray done;
        private final MappedArray stack;
        private final MappedArray calls;
        private final MappedArray callPos;
        private final MappedArray callEnd;
        private final MappedArray succ;
        private final ProductGraph.Cursor cursor = product.cursor();
        private int counter;
        private long stackTop;
        private long succTop;

        Tarjan(MappedArray index, MappedArray low, MappedArray done, MappedArray stack, MappedArray calls,
                MappedArray callPos, MappedArray callEnd, MappedArray succ) {
            this.index = index;
            this.low = low;
            this.done = done;
            this.stack = stack;
            this.calls = calls;
            this.callPos = callPos;
            this.callEnd = callEnd;
            this.succ = succ;
        }

        int[] run(int root, ComponentSink accept) {
            int depth = 0;
            depth = push(root, depth);
            while (depth > 0) {
                int v = calls.getInt(depth - 1);
                long pos = callPos.getLong(depth - 1);
                if (pos < callEnd.getLong(depth - 1)) {
                    callPos.setLong(depth - 1, pos + 1);
                    int w = succ.getInt(pos);
                    if (index.getInt(w) == 0) {
                        depth = push(w, depth);
                    } else if (done.getInt(w) == 0) {
                        low.setInt(v, Math.min(low.getInt(v), index.getInt(w)));
                    }
                    continue;
                }
                depth--;
                succTop = depth == 0 ? 0 : callEnd.getLong(depth - 1);
                if (low.getInt(v) == index.getInt(v)) {
                    int[] found = component(v, accept);
                    if (found != null) {
                        return found;
                    }
                }
                if (depth > 0) {
                    int u = calls.getInt(depth - 1);
                    low.setInt(u, Math.min(low.getInt(u), low.getInt(v)));
                }
            }
            return null;
        }

        private int push(int v, int depth) {
            counter++;
            index.setInt(v, counter);
            low.setInt(v, counter);
            stack.setInt(stackTop++, v);
            calls.setInt(depth, v);
            long start = succTop;
            cursor.reset(v);
            for (long w = cursor.next(); w >= 0; w = cursor.next()) {
                if (cursor.kept()) {
                    succ.setInt(succTop++, (int) w);
                }
            }
            callPos.setLong(depth, start);
            callEnd.setLong(depth, succTop);
            return depth + 1;
        }

        private int[] component(int v, ComponentSink accept) {
            long from = stackTop - 1;
            while (stack.getInt(from) != v) {
                from--;
            }
            int[] members = new int[(int) (stackTop - from)];
            for (long i = from; i < stackTop; i++) {
                int w = stack.getInt(i);
                members[(int) (i - from)] = w;
                done.setInt(w, 1);
            }
            stackTop = from;
            return accept.accept(members);
        }
    }

    @Override
    public void close() {
        parent.close();
        order.close();
    }
}
