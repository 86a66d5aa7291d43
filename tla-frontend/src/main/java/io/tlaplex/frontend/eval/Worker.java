package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.eval.std.Runtime;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.FcnValue;
import io.tlaplex.frontend.value.ModelValuePermutation;
import io.tlaplex.frontend.value.PrettyPrinter;
import io.tlaplex.frontend.value.StateFingerprinter;
import io.tlaplex.frontend.value.Value;
import java.util.Arrays;
import java.util.List;

/**
 * One thread's evaluator over a {@link CompiledSpec}: enumerates initial states and successors, fingerprints
 * states (after VIEW and SYMMETRY), checks constraints, invariants and properties, and prints states as TLC's
 * traces do. Owns its frames and buffers, reusing them for every state; never shared between threads.
 */
public final class Worker {
    static final String STACK_OVERFLOW = "This was a Java StackOverflowError. It was probably the result\n"
            + "of an incorrect recursive function definition that caused TLC to enter\n"
            + "an infinite loop when trying to compute the function or its application\n"
            + "to an element in its putative domain.";

    private final CompiledSpec spec;
    private final Ctx c;
    /** The context of checks, apart from {@link #c}: sinks check states while an enumeration is in progress. */
    private final Ctx checks;
    private final StateFingerprinter fingerprinter;
    private final Object[] initFrame;
    private final Object[][] actionFrames;
    private final Value[] next;
    private final Value[] scratch;
    private final Object[][] invariantFrames;
    private final Object[][] constraintFrames;
    private final Object[][] actionConstraintFrames;
    private final Object[][] impliedInitFrames;
    private final Object[][] actionPropertyFrames;
    private final Object[] viewFrame;
    private final Object[][] liveStateFrames;
    private final Object[][] liveActionFrames;
    private Sink sink;

    Worker(CompiledSpec spec, Runtime rt, long seed) {
        this.spec = spec;
        int n = spec.variables.length;
        this.c = new Ctx(rt, n);
        this.c.sink = this::emit;
        this.c.coverage = spec.coverage == null ? null : spec.coverage.newCounters();
        this.checks = new Ctx(rt, n);
        this.fingerprinter = new StateFingerprinter(seed);
        this.initFrame = new Object[spec.initFrameSize];
        this.actionFrames = new Object[spec.actions.length][];
        for (int i = 0; i < actionFrames.length; i++) {
            actionFrames[i] = spec.actions[i].template().clone();
        }
        this.next = new Value[n];
        this.scratch = new Value[n];
        this.invariantFrames = frames(spec.invariants);
        this.constraintFrames = frames(spec.constraints);
        this.actionConstraintFrames = frames(spec.actionConstraints);
        this.impliedInitFrames = frames(spec.impliedInits);
        this.actionPropertyFrames = frames(spec.actionProperties);
        this.viewFrame = spec.view == null ? null : new Object[spec.view.frameSize()];
        this.liveStateFrames = liveFrames(spec.liveness.statePreds(), spec.liveness.frameSize());
        this.liveActionFrames = liveFrames(spec.liveness.actionPreds(), spec.liveness.frameSize());
    }

    /** One reusable frame per check (a check's slots are always written before they are read). */
    private static Object[][] frames(Check[] checks) {
        Object[][] out = new Object[checks.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Object[checks[i].frameSize()];
        }
        return out;
    }

    private static Object[][] liveFrames(List<LiveCompiler.Pred> preds, int size) {
        Object[][] out = new Object[preds.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.copyOf(preds.get(i).template(), Math.max(size, preds.get(i).template().length));
        }
        return out;
    }

    /**
     * Sets bit {@code i} of {@code out} (from {@code offset}, 64 to a long) to the truth of state predicate {@code i}
     * of {@link CompiledSpec#liveness()} in {@code s}. Evaluation errors exit with TLC's liveness code 77.
     */
    public void liveStateBits(State s, long[] out, int offset) {
        List<LiveCompiler.Pred> preds = spec.liveness.statePreds();
        for (int i = 0; i < preds.size(); i++) {
            setBit(out, offset, i, livePred(preds.get(i), liveStateFrames[i], s.values(), null));
        }
    }

    /** As {@link #liveStateBits} for the action predicates, on the step {@code s -> t}. */
    public void liveActionBits(State s, State t, long[] out, int offset) {
        List<LiveCompiler.Pred> preds = spec.liveness.actionPreds();
        for (int i = 0; i < preds.size(); i++) {
            setBit(out, offset, i, livePred(preds.get(i), liveActionFrames[i], s.values(), t.values()));
        }
    }

    private static void setBit(long[] out, int offset, int i, boolean value) {
        long mask = 1L << (i & 63);
        int at = offset + (i >>> 6);
        out[at] = value ? out[at] | mask : out[at] & ~mask;
    }

    private boolean livePred(LiveCompiler.Pred p, Object[] frame, Value[] s0, Value[] s1) {
        checks.s0 = s0;
        checks.s1 = s1;
        try {
            return p.node().evalBool(checks, frame, "a temporal formula");
        } catch (EvalException e) {
            throw located(e, EvalError.EXIT_LIVENESS_EVAL);
        } catch (StackOverflowError e) {
            throw new EvalError(STACK_OVERFLOW, SourceSpan.NONE, EvalError.EXIT_LIVENESS_EVAL);
        }
    }

    /** Generates every initial state (duplicates included), each with action id {@link CompiledSpec#INIT_ACTION}. */
    public void initialStates(Sink out) {
        this.sink = out;
        Arrays.fill(scratch, null);
        c.s0 = scratch;
        c.s1 = null;
        c.assigned = 0;
        c.action = CompiledSpec.INIT_ACTION;
        Arrays.fill(initFrame, null);
        try {
            spec.init.run(c, initFrame);
        } catch (EvalException e) {
            throw located(e, EvalError.EXIT_SPEC_EVAL);
        } catch (StackOverflowError e) {
            throw new EvalError(STACK_OVERFLOW, SourceSpan.NONE, EvalError.EXIT_SPEC_EVAL);
        } finally {
            Arrays.fill(scratch, null);
        }
    }

    /** Generates every successor of {@code s} under each next-state action in turn (duplicates included). */
    public void successors(State s, Sink out) {
        this.sink = out;
        Splitter.Action[] actions = spec.actions;
        for (int i = 0; i < actions.length; i++) {
            Object[] frame = actionFrames[i];
            for (int slot : actions[i].clear()) {
                frame[slot] = null;
            }
            c.s0 = s.values();
            c.s1 = next;
            c.assigned = 0;
            c.action = i + 1;
            try {
                actions[i].root().run(c, frame);
            } catch (EvalException e) {
                Arrays.fill(next, null);
                throw located(e, EvalError.EXIT_SPEC_EVAL);
            } catch (StackOverflowError e) {
                Arrays.fill(next, null);
                throw new EvalError(STACK_OVERFLOW, SourceSpan.NONE, EvalError.EXIT_SPEC_EVAL);
            }
        }
    }

    /** Hands a finished state of the enumeration to the caller's sink (the state under construction is copied). */
    private void emit(Ctx ctx) {
        Value[] values = ctx.s1 == null ? ctx.s0.clone() : ctx.s1.clone();
        sink.accept(new State(values), ctx.action);
    }

    /**
     * The state's 64-bit identity: of its VIEW when there is one, and under SYMMETRY of the smallest state (in TLC's
     * value order, variable by variable) among the state and its images under each permutation, as TLC does.
     */
    public long fingerprint(State s) {
        try {
            Value[] values = spec.view == null ? s.values() : new Value[] {evalOn(spec.view, viewFrame, s.values(), null)};
            Value[] min = values;
            Value[] candidate = null;
            for (ModelValuePermutation p : spec.symmetry) {
                if (candidate == null || candidate == min) {
                    candidate = new Value[values.length];
                }
                if (smallerImage(values, p, min, candidate)) {
                    min = candidate;
                }
            }
            return min.length == 1 && spec.view != null ? fingerprinter.fingerprint(min[0])
                    : fingerprinter.fingerprint(min);
        } catch (EvalException e) {
            throw located(e, EvalError.EXIT_SPEC_EVAL);
        }
    }

    /**
     * Whether the image of {@code values} under {@code p}, built into {@code out}, is smaller than {@code min};
     * stops permuting as soon as it is known to be larger, as TLC does.
     */
    private static boolean smallerImage(Value[] values, ModelValuePermutation p, Value[] min, Value[] out) {
        int cmp = 0;
        for (int j = 0; j < values.length; j++) {
            out[j] = values[j].permute(p);
            if (cmp == 0) {
                cmp = out[j].compareTo(min[j]);
                if (cmp > 0) {
                    return false;
                }
            }
        }
        return cmp < 0;
    }

    /** True when {@code s} satisfies every CONSTRAINT. */
    public boolean satisfiesConstraints(State s) {
        Check[] ks = spec.constraints;
        for (int i = 0; i < ks.length; i++) {
            if (!holds(ks[i], constraintFrames[i], s.values(), null, EvalError.EXIT_SPEC_EVAL)) {
                return false;
            }
        }
        return true;
    }

    /** True when the step {@code s -> t} satisfies every ACTION_CONSTRAINT. */
    public boolean satisfiesActionConstraints(State s, State t) {
        Check[] ks = spec.actionConstraints;
        for (int i = 0; i < ks.length; i++) {
            if (!holds(ks[i], actionConstraintFrames[i], s.values(), t.values(), EvalError.EXIT_SPEC_EVAL)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first invariant {@code s} violates, or -1 (evaluation errors exit with 76). */
    public int violatedInvariant(State s) {
        for (int i = 0; i < spec.invariants.length; i++) {
            if (!holds(spec.invariants[i], invariantFrames[i], s.values(), null, EvalError.EXIT_SAFETY_EVAL)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first property conjunct checked on initial states that {@code s} violates, or -1. */
    public int violatedImpliedInit(State s) {
        for (int i = 0; i < spec.impliedInits.length; i++) {
            if (!holds(spec.impliedInits[i], impliedInitFrames[i], s.values(), null,
                    EvalError.EXIT_LIVENESS_VIOLATION)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first action property {@code [][A]_v} the step {@code s -> t} violates, or -1. */
    public int violatedActionProperty(State s, State t) {
        for (int i = 0; i < spec.actionProperties.length; i++) {
            if (!holds(spec.actionProperties[i], actionPropertyFrames[i], s.values(), t.values(),
                    EvalError.EXIT_LIVENESS_VIOLATION)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the POSTCONDITION holds (true without one); its TLCGet statistics come from this worker's runtime. */
    public boolean postconditionHolds() {
        return spec.postcondition == null || holds(spec.postcondition, new Object[spec.postcondition.frameSize()],
                new Value[spec.variables.length], null, EvalError.EXIT_SPEC_EVAL);
    }

    private boolean holds(Check k, Object[] frame, Value[] s0, Value[] s1, int exitCode) {
        Value v;
        try {
            v = evalOn(k, frame, s0, s1);
        } catch (EvalException e) {
            throw located(e, exitCode);
        }
        if (v instanceof BoolValue b) {
            return b.value();
        }
        throw new EvalError("The value of " + k.name() + " is not a boolean: " + v, k.node().span, exitCode);
    }

    private Value evalOn(Check k, Object[] frame, Value[] s0, Value[] s1) {
        checks.s0 = s0;
        checks.s1 = s1;
        try {
            return k.node().eval(checks, frame);
        } catch (StackOverflowError e) {
            throw new EvalError(STACK_OVERFLOW, SourceSpan.NONE, EvalError.EXIT_SPEC_EVAL);
        }
    }

    /**
     * The state as TLC prints it in traces: {@code /\ x = 1} per variable in declaration order, values pretty
     * printed; with an ALIAS, its record's fields instead (the state itself when the alias fails, as in TLC).
     */
    public String format(State s) {
        if (spec.alias != null) {
            try {
                Value a = evalOn(spec.alias, new Object[spec.alias.frameSize()], s.values(), null);
                if (a instanceof FcnValue f) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < f.size(); i++) {
                        line(b, f.domainAt(i) instanceof io.tlaplex.frontend.value.StringValue n ? n.value()
                                : f.domainAt(i).toString(), f.valueAt(i));
                    }
                    return b.toString();
                }
            } catch (EvalException e) {
                // TLC falls back to the state itself when its alias cannot be evaluated.
            }
        }
        if (spec.variables.length == 1) {
            return spec.variables[0] + " = " + PrettyPrinter.ppr(s.get(0));
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < spec.variables.length; i++) {
            line(b, spec.variables[i], s.get(i));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String name, Value v) {
        if (!b.isEmpty()) {
            b.append('\n');
        }
        b.append("/\\ ").append(name).append(" = ").append(PrettyPrinter.ppr(v));
    }

    private static EvalError located(EvalException e, int exitCode) {
        return EvalError.at(e, SourceSpan.NONE).withExitCode(exitCode);
    }
}
