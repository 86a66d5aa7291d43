package io.tlaplex.coordinator.phase;

import io.tlaplex.coordinator.phase.CheckFeatures.StateDump;
import io.tlaplex.frontend.eval.CompiledSpec;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.LongArrayList;
import org.agrona.collections.LongHashSet;

/**
 * Writes {@code -dump}'s file from the workers' {@link StateGraphPart}s once the search is over. The graph is
 * walked breadth first from the initial states, each state's steps in the order its actions produced them: the
 * order, and so the file, of a search with one worker, whatever the number of workers was. Plain, it holds TLC's
 * {@code State n:} blocks; as {@code dot}, TLC's Graphviz digraph. Runs on the thread that reports the run.
 */
final class StateGraphWriter {
    /** Graphviz's colour scheme for edges coloured by action; TLC gives the first action colour 2. */
    private static final int FIRST_COLOR = 2;

    private final StateDump dump;
    private final CompiledSpec spec;
    private final List<StateGraphPart> parts;
    /** Where each expanded state's steps are: {part, first step, end}. */
    private final Long2ObjectHashMap<int[]> stepsOf = new Long2ObjectHashMap<>();
    private final Map<String, Integer> colors = new LinkedHashMap<>();

    StateGraphWriter(StateDump dump, CompiledSpec spec, List<StateGraphPart> parts) {
        this.dump = dump;
        this.spec = spec;
        this.parts = parts;
        for (int p = 0; p < parts.size(); p++) {
            StateGraphPart part = parts.get(p);
            int start = 0;
            for (int i = 1; i <= part.steps(); i++) {
                if (i == part.steps() || part.from(i) != part.from(start)) {
                    stepsOf.putIfAbsent(part.from(start), new int[] {p, start, i});
                    start = i;
                }
            }
        }
    }

    void write() throws IOException {
        try (Writer out = Files.newBufferedWriter(dump.file(), StandardCharsets.UTF_8)) {
            if (dump.dot()) {
                writeDot(out);
            } else {
                writeStates(out);
            }
        }
    }

    private void writeStates(Writer out) throws IOException {
        LongArrayList order = new LongArrayList();
        LongHashSet seen = new LongHashSet();
        for (StateGraphPart part : parts) {
            for (int i = 0; i < part.initial().size(); i++) {
                visit(part.initial().getLong(i), seen, order);
            }
        }
        for (int k = 0; k < order.size(); k++) {
            int[] steps = stepsOf.get(order.getLong(k));
            if (steps != null) {
                StateGraphPart part = parts.get(steps[0]);
                for (int i = steps[1]; i < steps[2]; i++) {
                    visit(part.to(i), seen, order);
                }
            }
            out.write("State " + (k + 1) + ":\n" + label(order.getLong(k)) + "\n\n");
        }
    }

    private void writeDot(Writer out) throws IOException {
        out.write("strict digraph DiskGraph {\nnode [shape=box,style=rounded]\n");
        if (dump.colorize()) {
            out.write("edge [colorscheme=\"paired12\"]\n");
        }
        out.write("nodesep=0.35;\nsubgraph cluster_graph {\ncolor=\"white\";\n");
        LongArrayList order = new LongArrayList();
        LongHashSet seen = new LongHashSet();
        List<LongArrayList> ranks = new ArrayList<>();
        ranks.add(new LongArrayList());
        for (StateGraphPart part : parts) {
            for (int i = 0; i < part.initial().size(); i++) {
                long fp = part.initial().getLong(i);
                if (visit(fp, seen, order)) {
                    out.write(fp + " [label=\"" + escape(label(fp)) + "\",style = filled]\n");
                    ranks.get(0).addLong(fp);
                }
            }
        }
        int levelEnd = order.size();
        int level = 0;
        for (int k = 0; k < order.size(); k++) {
            if (k == levelEnd) {
                level++;
                levelEnd = order.size();
                ranks.add(new LongArrayList());
            }
            long fp = order.getLong(k);
            int[] steps = stepsOf.get(fp);
            if (steps == null) {
                continue;
            }
            if (level > 0) {
                ranks.get(level).addLong(fp);
            }
            StateGraphPart part = parts.get(steps[0]);
            for (int i = steps[1]; i < steps[2]; i++) {
                long to = part.to(i);
                if (label(to) == null) {
                    continue;
                }
                out.write(fp + " -> " + to + edgeLabel(part.action(i)) + ";\n");
                if (visit(to, seen, order)) {
                    String text = escape(label(to));
                    out.write(to + " [label=\"" + text + "\",tooltip=\"" + text + "\"];\n");
                }
            }
        }
        for (LongArrayList rank : ranks) {
            writeRank(out, rank);
        }
        out.write("}\n");
        if (dump.colorize() && !colors.isEmpty()) {
            writeLegend(out);
        }
        out.write("}");
    }

    /** Adds {@code fp} to the walk unless it was met already (or is no state the search kept); true if added. */
    private boolean visit(long fp, LongHashSet seen, LongArrayList order) {
        if (label(fp) == null || !seen.add(fp)) {
            return false;
        }
        order.addLong(fp);
        return true;
    }

    private String label(long fp) {
        for (StateGraphPart part : parts) {
            String text = part.label(fp);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** TLC's edge attributes: the action's name with {@code actionlabels}, its colour with {@code colorize}. */
    private String edgeLabel(int action) {
        String name = spec.actionName(action);
        String color = "black";
        if (dump.colorize()) {
            color = String.valueOf(colors.computeIfAbsent(name, n -> FIRST_COLOR + colors.size()));
        }
        String text = dump.actionLabels() ? escape(name) : "";
        return " [label=\"" + text + "\",color=\"" + color + "\",fontcolor=\"" + color + "\"]";
    }

    private static void writeRank(Writer out, LongArrayList rank) throws IOException {
        if (rank.isEmpty()) {
            return;
        }
        long[] fps = rank.toLongArray();
        Arrays.sort(fps);
        StringBuilder line = new StringBuilder("{rank = same; ");
        for (long fp : fps) {
            line.append(fp).append(';');
        }
        out.write(line.append("}\n").toString());
    }

    private void writeLegend(Writer out) throws IOException {
        out.write("subgraph cluster_legend {graph[style=bold];label = \"Next State Actions\" style=\"solid\"\n");
        out.write("node [ labeljust=\"l\",colorscheme=\"paired12\",style=filled,shape=record ]\n");
        for (Map.Entry<String, Integer> e : colors.entrySet()) {
            out.write(e.getKey().replaceAll("[^A-Za-z0-9_]", "_") + " [label=\"" + escape(e.getKey())
                    + "\",fillcolor=" + e.getValue() + "]\n");
        }
        out.write("}");
    }

    /** A text inside a Graphviz string: backslashes and quotes escaped, lines joined by {@code \n}. */
    static String escape(String text) {
        return text.strip().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
