package io.tlaplex.frontend.eval.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tableau of a temporal formula: a graph whose infinite paths that visit, for every promise {@code <>X}, a node
 * fulfilling it infinitely often are exactly the models of the formula. Built by expanding each node's obligations
 * ({@code []X} is X now and {@code []X} next; {@code <>X} is X now or {@code <>X} next). A node constrains the state
 * it is paired with ({@link #stateLiterals}) and the step leaving it ({@link #actionLiterals}). Immutable.
 */
public final class Tableau {
    private final List<TFormula> promises = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final int[] initial;

    private record Node(Set<TFormula> old, Set<TFormula> next, List<TFormula.Lit> literals, List<Integer> successors) {
    }

    private record Key(Set<TFormula> old, Set<TFormula> next) {
    }

    public Tableau(TFormula formula) {
        collectPromises(formula);
        Map<Key, Integer> index = new HashMap<>();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        List<Integer> init = new ArrayList<>();
        for (Node n : expand(List.of(formula))) {
            init.add(intern(n, index, work));
        }
        while (!work.isEmpty()) {
            Node n = nodes.get(work.poll());
            for (Node s : expand(new ArrayList<>(n.next()))) {
                n.successors().add(intern(s, index, work));
            }
        }
        this.initial = init.stream().distinct().mapToInt(Integer::intValue).toArray();
    }

    private int intern(Node n, Map<Key, Integer> index, ArrayDeque<Integer> work) {
        Key key = new Key(n.old(), n.next());
        Integer at = index.get(key);
        if (at != null) {
            return at;
        }
        index.put(key, nodes.size());
        nodes.add(n);
        work.add(nodes.size() - 1);
        return nodes.size() - 1;
    }

    private void collectPromises(TFormula f) {
        switch (f) {
            case TFormula.And a -> a.items().forEach(this::collectPromises);
            case TFormula.Or o -> o.items().forEach(this::collectPromises);
            case TFormula.Always a -> collectPromises(a.body());
            case TFormula.Eventually e -> {
                if (!promises.contains(e)) {
                    promises.add(e);
                }
                collectPromises(e.body());
            }
            default -> {
            }
        }
    }

    /** Every consistent node that satisfies all of {@code todo} now. */
    private static List<Node> expand(List<TFormula> todo) {
        List<Node> out = new ArrayList<>();
        expand(new ArrayDeque<>(todo), new LinkedHashSet<>(), new LinkedHashSet<>(), new ArrayList<>(), out);
        return out;
    }

    private static void expand(ArrayDeque<TFormula> todo, Set<TFormula> old, Set<TFormula> next,
            List<TFormula.Lit> lits, List<Node> out) {
        while (!todo.isEmpty()) {
            TFormula f = todo.poll();
            if (!old.add(f)) {
                continue;
            }
            switch (f) {
                case TFormula.Lit l -> {
                    if (lits.contains(l.negate())) {
                        return;
                    }
                    if (!lits.contains(l)) {
                        lits.add(l);
                    }
                }
                case TFormula.Const c -> {
                    if (!c.value()) {
                        return;
                    }
                }
                case TFormula.And a -> todo.addAll(a.items());
                case TFormula.Or o -> {
                    for (TFormula item : o.items()) {
                        ArrayDeque<TFormula> branch = new ArrayDeque<>(todo);
                        branch.addFirst(item);
                        expand(branch, new LinkedHashSet<>(old), new LinkedHashSet<>(next), new ArrayList<>(lits),
                                out);
                    }
                    return;
                }
                case TFormula.Always a -> {
                    todo.add(a.body());
                    next.add(a);
                }
                case TFormula.Eventually e -> {
                    ArrayDeque<TFormula> now = new ArrayDeque<>(todo);
                    now.addFirst(e.body());
                    expand(now, new LinkedHashSet<>(old), new LinkedHashSet<>(next), new ArrayList<>(lits), out);
                    Set<TFormula> later = new LinkedHashSet<>(next);
                    later.add(e);
                    expand(todo, old, later, lits, out);
                    return;
                }
            }
        }
        out.add(new Node(frozen(old), frozen(next), List.copyOf(lits), new ArrayList<>()));
    }

    /** Insertion order kept, so that node numbers and successor order do not vary from run to run. */
    private static Set<TFormula> frozen(Set<TFormula> s) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(s));
    }

    public int size() {
        return nodes.size();
    }

    /** The nodes a behaviour may start in. */
    public int[] initial() {
        return initial.clone();
    }

    public int[] successors(int node) {
        return nodes.get(node).successors().stream().mapToInt(Integer::intValue).toArray();
    }

    /** What the state paired with {@code node} must satisfy. */
    public TFormula stateLiterals(int node) {
        return TFormula.and(nodes.get(node).literals().stream().filter(l -> !l.action()).map(l -> (TFormula) l)
                .toList());
    }

    /** What the step leaving {@code node} must satisfy. */
    public TFormula actionLiterals(int node) {
        return TFormula.and(nodes.get(node).literals().stream().filter(TFormula.Lit::action).map(l -> (TFormula) l)
                .toList());
    }

    public int promiseCount() {
        return promises.size();
    }

    /** Whether {@code node} fulfils promise {@code p}: it does not owe {@code <>X}, or X holds in it. */
    public boolean fulfills(int node, int p) {
        TFormula.Eventually e = (TFormula.Eventually) promises.get(p);
        Node n = nodes.get(node);
        return !n.old().contains(e) || n.old().contains(e.body());
    }
}
