package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.frontend.eval.std.Runtime;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.semantic.VariableSymbol;
import io.tlaplex.frontend.value.ModelValuePermutation;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.frontend.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A spec and its configuration compiled for checking: the initial predicate and the next-state actions ready to
 * enumerate, the invariants, constraints and properties ready to evaluate, and the names TLC reports them by.
 * Immutable after {@link #compile}; shared by all worker threads, each of which gets its own {@link Worker}.
 */
public final class CompiledSpec {
    /** The action id of initial states. */
    public static final int INIT_ACTION = 0;

    final String[] variables;
    final Act init;
    final int initFrameSize;
    final Splitter.Action[] actions;
    final Check[] invariants;
    final Check[] constraints;
    final Check[] actionConstraints;
    final Check[] impliedInits;
    final Check[] actionProperties;
    final Check view;
    final Check alias;
    final Check postcondition;
    final ModelValuePermutation[] symmetry;
    final List<Assumption> assumptions;
    private final List<String> temporalProperties;
    private final List<String> fairness;
    final LiveSpecBuilder.Result liveness;
    private final boolean checkDeadlock;
    private final List<Diagnostic> warnings;
    private final Runtime runtime;
    private final StringTable strings;
    private final SemanticModel model;
    private final Map<Symbol, CfgOverride> overrides;
    final Coverage coverage;

    CompiledSpec(SpecBuilder b) {
        this.variables = b.variables;
        this.init = b.init;
        this.initFrameSize = b.initFrameSize;
        this.actions = b.actions.toArray(new Splitter.Action[0]);
        this.invariants = b.invariants.toArray(new Check[0]);
        this.constraints = b.constraints.toArray(new Check[0]);
        this.actionConstraints = b.actionConstraints.toArray(new Check[0]);
        this.impliedInits = b.impliedInits.toArray(new Check[0]);
        this.actionProperties = b.actionProperties.toArray(new Check[0]);
        this.view = b.view;
        this.alias = b.alias;
        this.postcondition = b.postcondition;
        this.symmetry = b.symmetry;
        this.assumptions = List.copyOf(b.assumptions);
        this.temporalProperties = List.copyOf(b.temporalProperties);
        this.fairness = List.copyOf(b.fairness);
        this.liveness = b.liveness;
        this.checkDeadlock = b.checkDeadlock;
        this.warnings = List.copyOf(b.warnings);
        this.runtime = b.runtime;
        this.strings = b.strings;
        this.model = b.model;
        this.overrides = b.overrides;
        this.coverage = b.coverage;
    }

    /**
     * Compiles {@code model} under {@code cfg}. The string table of {@code rt} is filled in TLC's order and frozen
     * (unless it already is); {@code rt} serves the evaluation done while compiling and {@link #newWorker()}.
     *
     * @throws DiagnosticException for errors in the configuration (exit 151) or a spec TLC cannot check as
     *                             configured (an invariant that is not a state predicate: exit 76)
     */
    public static CompiledSpec compile(SemanticModel model, ModelConfig cfg, Runtime rt) throws DiagnosticException {
        return new SpecBuilder(model, cfg, rt, false).build();
    }

    /**
     * As {@link #compile(SemanticModel, ModelConfig, Runtime)}, and with {@code coverage} Init and the actions count
     * how often each of their expressions is evaluated, for {@link #coverage()} (which costs time: only for
     * {@code -coverage}).
     */
    public static CompiledSpec compile(SemanticModel model, ModelConfig cfg, Runtime rt, boolean coverage)
            throws DiagnosticException {
        return new SpecBuilder(model, cfg, rt, coverage).build();
    }

    /** The per-expression counts when compiled with coverage, else null. */
    public Coverage coverage() {
        return coverage;
    }

    /** A worker evaluating with the runtime given to {@link #compile}; for one thread. */
    public Worker newWorker() {
        return new Worker(this, runtime, 0L);
    }

    /** A worker with its own runtime (registers, output, randomness) and fingerprint seed; for one thread. */
    public Worker newWorker(Runtime rt, long fingerprintSeed) {
        return new Worker(this, rt, fingerprintSeed);
    }

    /** The state variables in declaration order. */
    public List<String> variableNames() {
        return List.of(variables);
    }

    /** The number of next-state actions TLC would report (action ids are 1..count). */
    public int actionCount() {
        return actions.length;
    }

    /**
     * TLC's label of an action for traces: {@code <Initial predicate>} for {@link #INIT_ACTION}, else
     * {@code <Name(args) line L, col C to line L2, col C2 of module M>}.
     */
    public String actionLabel(int id) {
        return id == INIT_ACTION ? "<Initial predicate>" : actions[id - 1].label();
    }

    /** The name of an action (its operator, or {@code UnnamedAction}). */
    public String actionName(int id) {
        return id == INIT_ACTION ? "Initial predicate" : actions[id - 1].name();
    }

    public int invariantCount() {
        return invariants.length;
    }

    /** The name TLC reports invariant {@code i} by (INVARIANTs first, then {@code []P} properties). */
    public String invariantName(int i) {
        return invariants[i].name();
    }

    public int impliedInitCount() {
        return impliedInits.length;
    }

    /** The name of a property conjunct checked on initial states only. */
    public String impliedInitName(int i) {
        return impliedInits[i].name();
    }

    public int actionPropertyCount() {
        return actionProperties.length;
    }

    /** The name of an action property {@code [][A]_v}, checked on every step. */
    public String actionPropertyName(int i) {
        return actionProperties[i].name();
    }

    /**
     * What liveness checking needs: the predicates labelling the behaviour graph and the checks the temporal
     * properties compile to; {@link LiveSpec#isEmpty()} without temporal properties.
     */
    public LiveSpec liveness() {
        return liveness.spec();
    }

    /** The text of a state predicate of {@link #liveness()}, for diagnostics. */
    public String liveStatePredicateText(int i) {
        return liveness.statePreds().get(i).text();
    }

    /** The properties (or parts of them) that need liveness checking. */
    public List<String> temporalProperties() {
        return temporalProperties;
    }

    /** The fairness conjuncts of the specification (only relevant to liveness checking). */
    public List<String> fairness() {
        return fairness;
    }

    /** Whether a state without successors is an error (TLC's default; off by CHECK_DEADLOCK FALSE). */
    public boolean checkDeadlock() {
        return checkDeadlock;
    }

    public boolean hasView() {
        return view != null;
    }

    public boolean hasSymmetry() {
        return symmetry.length > 0;
    }

    public boolean hasPostcondition() {
        return postcondition != null;
    }

    /** Warnings found while binding the configuration (entries TLC silently ignores). */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** The run's string table (frozen). */
    public StringTable strings() {
        return strings;
    }

    /**
     * Evaluates every ASSUME of the root module and the modules it extends. Each false assumption gives TLC's
     * {@code Assumption line L, col C to line L2, col C2 of module M is false.}; an assumption that cannot be
     * evaluated gives {@code Evaluating assumption ... failed.}; all with exit code 10. Empty when all hold.
     */
    public List<EvalError> checkAssumptions() {
        List<EvalError> failures = new ArrayList<>();
        Ctx c = new Ctx(runtime, variables.length);
        for (Assumption a : assumptions) {
            EvalError e = a.check(c);
            if (e != null) {
                failures.add(e);
            }
        }
        return failures;
    }

    /**
     * The value of the root module's zero-argument definition {@code name} under this configuration, evaluated
     * without a state (for constant expressions, as TLC's "evaluate constant expression").
     *
     * @throws EvalError when it cannot be evaluated (exit code 75)
     * @throws IllegalArgumentException when the root module has no such definition
     */
    public synchronized Value evaluate(String name) {
        Symbol s = model.lookup(name).map(Ref::target)
                .orElseThrow(() -> new IllegalArgumentException("no definition " + name));
        if (!(s instanceof OperatorSymbol op) || op.arity() != 0) {
            throw new IllegalArgumentException(name + " is not a definition without arguments");
        }
        Compiler cc = new Compiler(model, overrides, strings);
        Env env = cc.rootEnv();
        Node node = cc.compile(op.body(), env);
        try {
            return node.eval(new Ctx(runtime, variables.length), new Object[env.scope.layout.size()]);
        } catch (EvalException e) {
            throw EvalError.at(e, op.body().span());
        }
    }

    static String[] names(List<VariableSymbol> vars) {
        String[] out = new String[vars.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = vars.get(i).name();
        }
        return out;
    }
}
