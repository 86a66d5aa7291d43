package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.syntax.Expr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the {@link Coverage} tree of a {@code -coverage} run while Init and the actions are compiled: each unit is
 * Init or one action, each entry an expression or step whose evaluations are counted, nested as the source nests
 * them (a definition's body under the place that uses it). Entries of one parent with the same place share a
 * counter. Compile time only, on the compiling thread.
 */
final class CoverageRecorder {
    private final List<Coverage.Unit> units = new ArrayList<>();
    private final Deque<Coverage.Entry> open = new ArrayDeque<>();
    /** Where the action's enumeration expanded the operators it is inside, outermost first: orders the lines. */
    private final List<SourceSpan> calls = new ArrayList<>();
    private int ids;
    /** Set while the boolean form of a conjunct is compiled: its lines show only once it was evaluated. */
    private boolean secondary;

    /** Starts the entries of Init (action 0) or of action {@code action}, reported under {@code head}. */
    void begin(int action, String head) {
        Coverage.Entry root = new Coverage.Entry(SourceSpan.NONE, -1, List.of(), false);
        units.add(new Coverage.Unit(action, head, root));
        open.clear();
        calls.clear();
        open.push(root);
    }

    void end() {
        open.clear();
        calls.clear();
    }

    Coverage build() {
        return new Coverage(units, ids);
    }

    /** {@code e} compiled by {@code compile}, counted when a unit is being compiled and TLC would count it. */
    static Node expression(CoverageRecorder rec, Expr e, Supplier<Node> compile) {
        if (rec == null || rec.open.isEmpty() || !counted(e)) {
            return compile.get();
        }
        int id = rec.enter(e.span());
        try {
            return new Counted.Eval(compile.get(), id);
        } finally {
            rec.open.pop();
        }
    }

    /** The enumeration step of {@code span} compiled by {@code compile}, counted when a unit is being compiled. */
    static Act step(CoverageRecorder rec, SourceSpan span, Supplier<Act> compile) {
        if (rec == null || rec.open.isEmpty()) {
            return compile.get();
        }
        int id = rec.enter(span);
        try {
            return new Counted.Step(compile.get(), id);
        } finally {
            rec.open.pop();
        }
    }

    /**
     * A conjunct's boolean form, evaluated instead of its enumeration once every variable is assigned, compiled by
     * {@code compile}: a line of its own only when it was evaluated.
     */
    static Node secondary(CoverageRecorder rec, Supplier<Node> compile) {
        if (rec == null || rec.open.isEmpty() || rec.secondary) {
            return compile.get();
        }
        rec.secondary = true;
        try {
            return compile.get();
        } finally {
            rec.secondary = false;
        }
    }

    /** An operator's body enumerated in place of its use at {@code site}: its lines come where the use is. */
    static Act call(CoverageRecorder rec, SourceSpan site, Supplier<Act> compile) {
        if (rec == null || rec.open.isEmpty()) {
            return compile.get();
        }
        rec.calls.add(site);
        try {
            return compile.get();
        } finally {
            rec.calls.remove(rec.calls.size() - 1);
        }
    }

    /**
     * TLC's label of a unit: the name and place of the definition it comes from, and the place of the unit itself in
     * parentheses when it is only a part of that definition ({@code <Next line 3, col 1 to line 3, col 4 of module M
     * (5 8 6 20)>}).
     */
    static String head(String name, OperatorSymbol def, Expr unit) {
        if (def == null) {
            return "<" + name + " " + Labels.location(unit.span()) + ">";
        }
        SourceSpan s = unit.span();
        String part = def.body() == unit ? "" : " (" + s.line() + " " + s.col() + " " + s.endLine() + " "
                + s.endCol() + ")";
        return "<" + def.name() + " " + Labels.location(def.span()) + part + ">";
    }

    /** Literals and labels are not counted: TLC's report has no line for them. */
    private static boolean counted(Expr e) {
        return !(e instanceof Expr.NumberLit || e instanceof Expr.StringLit || e instanceof Expr.DecimalLit
                || e instanceof Expr.Label || e instanceof Expr.At);
    }

    /** The entry of {@code span} under the innermost open one (made on first use), opened in its turn. */
    private int enter(SourceSpan span) {
        Coverage.Entry parent = open.peek();
        List<SourceSpan> key = new ArrayList<>(calls);
        key.add(span);
        Coverage.Entry entry = parent.child(span);
        if (entry == null) {
            entry = new Coverage.Entry(span, ids++, List.copyOf(key), secondary);
            parent.children.add(entry);
        } else if (Coverage.ORDER.compare(key, entry.key) < 0) {
            entry.key = List.copyOf(key);
        }
        entry.secondary &= secondary;
        open.push(entry);
        return entry.id;
    }
}
