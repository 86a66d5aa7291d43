package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-expression counts of {@code -coverage}, reported in TLC's layout: for Init and each action, its header
 * with {@code distinct:generated}, then how often each of its conjuncts, assignments and guards was evaluated, and
 * below them ({@code |}-prefixed) their sub-expressions where those counts differ. Made when a spec is compiled
 * with coverage; each {@link Worker} counts into arrays of its own, summed when a report is asked for.
 */
public final class Coverage {
    /** Orders places as the source does: by file, then position; a place reached through an operator by its use. */
    static final Comparator<List<SourceSpan>> ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final List<Unit> units;
    private final int size;
    private final List<long[]> counters = new ArrayList<>();

    Coverage(List<Unit> units, int size) {
        this.units = List.copyOf(units);
        this.size = size;
    }

    /** A new worker's counters, one per entry; summed into every report from now on. Any thread. */
    synchronized long[] newCounters() {
        long[] counts = new long[size];
        counters.add(counts);
        return counts;
    }

    /**
     * The report's lines (without TLC's first and last line): per Init and action, in order, {@code <Name line L,
     * col C to line L2, col C2 of module M>: distinct:generated} with the numbers of states the action found
     * ({@code distinct[a]}, {@code generated[a]}, index 0 for Init), then {@code   line ... of module M: n} for each
     * expression it evaluated at the top and {@code   |line ...: n} ({@code ||} ...) for sub-expressions, printed
     * only where a count below differs from the one above and is not 0. Actions that come from one definition with
     * different parameter values are reported together, as TLC does. Counts read while workers run are a moment
     * late.
     */
    public List<String> lines(long[] distinct, long[] generated) {
        long[] totals = totals();
        Map<String, Block> blocks = new LinkedHashMap<>();
        for (Unit u : units) {
            Block b = blocks.computeIfAbsent(u.head(), h -> new Block());
            b.distinct += at(distinct, u.action());
            b.generated += at(generated, u.action());
            b.root.merge(u.root(), totals);
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Block> e : blocks.entrySet()) {
            Block b = e.getValue();
            out.add(e.getKey() + ": " + b.distinct + ":" + b.generated);
            for (Line top : b.root.sorted()) {
                if (top.count != 0 || !top.secondary) {
                    out.add("  " + Labels.location(top.span) + ": " + top.count);
                    top.printBelow(out, 1);
                }
            }
        }
        return out;
    }

    private synchronized long[] totals() {
        long[] totals = new long[size];
        for (long[] counts : counters) {
            for (int i = 0; i < size; i++) {
                totals[i] += counts[i];
            }
        }
        return totals;
    }

    private static long at(long[] values, int i) {
        return values != null && i < values.length ? values[i] : 0;
    }

    private static int compare(SourceSpan a, SourceSpan b) {
        int c = a.file().compareTo(b.file());
        if (c == 0) {
            c = Integer.compare(a.line(), b.line());
        }
        if (c == 0) {
            c = Integer.compare(a.col(), b.col());
        }
        if (c == 0) {
            c = Integer.compare(a.endLine(), b.endLine());
        }
        return c != 0 ? c : Integer.compare(a.endCol(), b.endCol());
    }

    /** Init (action 0) or one action: its header and the root of its entries. */
    record Unit(int action, String head, Entry root) {
    }

    /**
     * A counted place of one unit; {@code key} orders it among its siblings; {@code secondary} when only the boolean
     * form of a conjunct has it (reported once evaluated). Changed at compile time only.
     */
    static final class Entry {
        final SourceSpan span;
        final int id;
        List<SourceSpan> key;
        boolean secondary;
        final List<Entry> children = new ArrayList<>();

        Entry(SourceSpan span, int id, List<SourceSpan> key, boolean secondary) {
            this.span = span;
            this.id = id;
            this.key = key;
            this.secondary = secondary;
        }

        Entry child(SourceSpan place) {
            for (Entry c : children) {
                if (c.span.equals(place)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** The units reported under one header. */
    private static final class Block {
        final Line root = new Line(SourceSpan.NONE, List.of());
        long distinct;
        long generated;
    }

    /** One line of a report: the entries of a place in the units of a block, their counts added up. */
    private static final class Line {
        final SourceSpan span;
        List<SourceSpan> key;
        long count;
        boolean secondary = true;
        final Map<SourceSpan, Line> children = new LinkedHashMap<>();

        Line(SourceSpan span, List<SourceSpan> key) {
            this.span = span;
            this.key = key;
        }

        void merge(Entry entry, long[] totals) {
            for (Entry c : entry.children) {
                Line line = children.computeIfAbsent(c.span, s -> new Line(s, c.key));
                if (ORDER.compare(c.key, line.key) < 0) {
                    line.key = c.key;
                }
                line.count += totals[c.id];
                line.secondary &= c.secondary;
                line.merge(c, totals);
            }
        }

        List<Line> sorted() {
            List<Line> lines = new ArrayList<>(children.values());
            lines.sort((a, b) -> ORDER.compare(a.key, b.key));
            return lines;
        }

        /** The sub-expressions at {@code depth}, when some count below this line's differs from it. */
        void printBelow(List<String> out, int depth) {
            if (!differsBelow(count)) {
                return;
            }
            for (Line c : sorted()) {
                if (c.count != 0) {
                    out.add("  " + "|".repeat(depth) + Labels.location(c.span) + ": " + c.count);
                    c.printBelow(out, depth + 1);
                }
            }
        }

        private boolean differsBelow(long than) {
            for (Line c : children.values()) {
                if (c.count != 0 && c.count != than || c.differsBelow(than)) {
                    return true;
                }
            }
            return false;
        }
    }
}
