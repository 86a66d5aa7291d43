package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.semantic.ConstantSymbol;
import io.tlaplex.frontend.semantic.FunctionSymbol;
import io.tlaplex.frontend.semantic.InstanceSymbol;
import io.tlaplex.frontend.semantic.Instantiation;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.ParamSymbol;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.semantic.TlaModule;
import io.tlaplex.frontend.semantic.VariableSymbol;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.value.StringTable;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles resolved expressions into {@link Node} trees. Holds what compilation shares: the model, the
 * configuration's overrides, the string table, and the compiled definitions (by symbol, instance context and
 * primed-ness). One per compiled spec, used on one thread, dropped once the spec is compiled.
 */
final class Compiler {
    final SemanticModel model;
    final Map<Symbol, CfgOverride> overrides;
    final StringTable strings;
    final ParamUse params;
    final ExprCompiler exprs;
    final AppCompiler apps;
    final BuiltinCompiler builtins;
    final OpRefs opRefs;
    /** The number of state variables (of the root module). */
    final int nvars;
    private final Map<DefKey, OpCode> codes = new HashMap<>();
    private final Map<DefKey, Node> shared = new HashMap<>();
    private final Map<IcKey, InstCtx> contexts = new HashMap<>();
    private final Map<InstCtx, InstCtx> enabledContexts = new IdentityHashMap<>();
    private final Map<String, String[]> sourceLines = new HashMap<>();
    /** Set for a {@code -coverage} run: Init and the actions are then compiled with counters. */
    CoverageRecorder coverage;

    Compiler(SemanticModel model, Map<Symbol, CfgOverride> overrides, StringTable strings) {
        this.model = model;
        this.overrides = overrides;
        this.strings = strings;
        this.params = new ParamUse(model);
        this.exprs = new ExprCompiler(this);
        this.apps = new AppCompiler(this);
        this.builtins = new BuiltinCompiler(this);
        this.opRefs = new OpRefs(this);
        this.nvars = model.variables().size();
    }

    Node compile(Expr e, Env env) {
        return exprs.compile(e, env);
    }

    Node[] compileAll(List<Expr> es, Env env) {
        Node[] nodes = new Node[es.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = compile(es.get(i), env);
        }
        return nodes;
    }

    /**
     * Whether {@code e} may read the next state (directly or through the definitions it uses): then its value can
     * change while an action is enumerated, and must not be kept in a slot.
     */
    boolean maybePrimed(Expr e) {
        int level = model.levelOf(e);
        return level >= io.tlaplex.frontend.semantic.Level.ACTION || level < 0 && params.mentionsPrime(e);
    }

    /** An environment for a top-level expression of the root module, with a frame of its own. */
    Env rootEnv() {
        return new Env(Scope.frame(null), null, false);
    }

    /**
     * With coverage, starts counting what is compiled next under Init (action 0) or action {@code action}; each such
     * unit compiles the definitions it uses afresh, so that their counts are its own.
     */
    void beginCoverage(int action, String head) {
        if (coverage != null) {
            codes.clear();
            shared.clear();
            coverage.begin(action, head);
        }
    }

    /** Ends a unit of {@link #beginCoverage}: what is compiled from now on is not counted. */
    void endCoverage() {
        if (coverage != null) {
            codes.clear();
            shared.clear();
            coverage.end();
        }
    }

    /** The (interned) context of {@code inst} applied inside {@code parent}. */
    InstCtx context(InstCtx parent, Instantiation inst) {
        return contexts.computeIfAbsent(new IcKey(parent, inst), k -> {
            InstanceSymbol owner = inst.owner();
            Scope params = null;
            if (owner != null && owner.arity() > 0) {
                params = Scope.frame(InstCtx.frameScope(parent));
                for (ParamSymbol p : owner.params()) {
                    int slot = params.allocate();
                    params.bind(p, p.arity() > 0 ? new Binding.OpSlot(slot, p.arity()) : new Binding.ValueSlot(slot));
                }
            }
            return new InstCtx(parent, inst, params);
        });
    }

    /**
     * {@code ic} as seen inside ENABLED: the variables its instantiation substitutes get next-state slots of their
     * own, after the root variables (see {@link InstCtx#enabledSlots}); {@code ic} itself when it substitutes none.
     */
    InstCtx enabledContext(InstCtx ic) {
        if (ic == null || ic.enabledSlots != null) {
            return ic;
        }
        return enabledContexts.computeIfAbsent(ic, k -> {
            Map<VariableSymbol, Integer> slots = new LinkedHashMap<>();
            int next = nvars;
            for (Symbol s : ic.inst.substitutions().keySet()) {
                if (s instanceof VariableSymbol v) {
                    slots.put(v, next++);
                }
            }
            return slots.isEmpty() ? ic : new InstCtx(ic.parent, ic.inst, ic.params, Map.copyOf(slots));
        });
    }

    /**
     * The outermost part of {@code ic} that matters to a symbol of module {@code home}: instantiations that
     * substitute nothing {@code home} declares are dropped (Naturals' {@code +} means the same everywhere).
     */
    static InstCtx relevant(InstCtx ic, TlaModule home) {
        InstCtx i = ic;
        while (i != null && (home == null || !declaresAny(home, i.inst))) {
            i = i.parent;
        }
        return i;
    }

    private static boolean declaresAny(TlaModule home, Instantiation inst) {
        for (ConstantSymbol c : home.constants()) {
            if (inst.substitutions().containsKey(c)) {
                return true;
            }
        }
        for (VariableSymbol v : home.variables()) {
            if (inst.substitutions().containsKey(v)) {
                return true;
            }
        }
        return false;
    }

    /** The link from {@code from}'s frame to {@code target}'s frame ({@link Link#NONE} for no frame). */
    static Link linkTo(Scope target, Scope from) {
        if (target == null) {
            return Link.NONE;
        }
        int depth = from.depthTo(target);
        if (depth < 0) {
            throw new IllegalStateException("no static link to the frame of an instance");
        }
        return Link.up(depth);
    }

    /** The compiled code of a module-level operator under {@code ic}, compiled on first request. */
    OpCode opCode(OperatorSymbol op, InstCtx ic, boolean primed) {
        DefKey key = new DefKey(op, ic, primed);
        OpCode code = codes.get(key);
        if (code != null) {
            return code;
        }
        code = new OpCode(op.name(), op.span(), op.arity());
        codes.put(key, code);
        Scope scope = Scope.frame(InstCtx.frameScope(ic));
        bindParams(code, op, scope);
        code.body = compile(op.body(), new Env(scope, ic, primed));
        code.frameSize = scope.layout.size();
        return code;
    }

    /** Binds the parameters of {@code op} to slots 1..n of {@code scope}'s new frame. */
    void bindParams(OpCode code, OperatorSymbol op, Scope scope) {
        boolean[] strict = params.strict(op);
        for (int i = 0; i < op.arity(); i++) {
            ParamSymbol p = op.params().get(i);
            int slot = scope.allocate();
            if (p.arity() > 0) {
                code.operator[i] = true;
                scope.bind(p, new Binding.OpSlot(slot, p.arity()));
            } else {
                code.eager[i] = strict[i];
                scope.bind(p, strict[i] ? new Binding.ValueSlot(slot) : new Binding.ThunkSlot(slot));
            }
        }
    }

    /**
     * A zero-argument module-level operator under {@code ic}: its body itself when it needs no frame, else a
     * call; computed once when its level is constant, as TLC does.
     */
    Node zeroArity(OperatorSymbol op, InstCtx ic, boolean primed, Link link, SourceSpan span) {
        DefKey key = new DefKey(op, ic, primed);
        if (link == Link.NONE && shared.containsKey(key)) {
            return shared.get(key);
        }
        OpCode code = opCode(op, ic, primed);
        Node node = finish(code, link, span);
        if (link == Link.NONE && code.compiled()) {
            shared.put(key, node);
        }
        return node;
    }

    /** A module-level function definition {@code f[x \in S] == e} under {@code ic}. */
    Node function(FunctionSymbol fn, InstCtx ic, boolean primed, Link link, SourceSpan span) {
        DefKey key = new DefKey(fn, ic, primed);
        if (link == Link.NONE && shared.containsKey(key)) {
            return shared.get(key);
        }
        OpCode code = codes.get(key);
        if (code == null) {
            code = new OpCode(fn.name(), fn.span(), 0);
            codes.put(key, code);
            Scope scope = Scope.frame(InstCtx.frameScope(ic));
            code.body = exprs.functionDefinition(fn, new Env(scope, ic, primed));
            code.frameSize = scope.layout.size();
        }
        Node node = finish(code, link, span);
        if (link == Link.NONE && code.compiled()) {
            shared.put(key, node);
        }
        return node;
    }

    private Node finish(OpCode code, Link link, SourceSpan span) {
        if (!code.compiled()) {
            return new CallNodes.Call0(span, code, link);
        }
        Node node = code.frameSize == 1 && link == Link.NONE ? code.body : new CallNodes.Call0(span, code, link);
        if (link == Link.NONE && cacheableDefinition(node.deps)) {
            return node instanceof LeafNodes.Const ? node : new CallNodes.ConstDef(node);
        }
        return node;
    }

    /** A zero-argument definition TLC evaluates once: it reads no state, frame or register. */
    static boolean cacheableDefinition(int deps) {
        return (deps & (Node.DEP_STATE | Node.DEP_NEXT | Node.DEP_UNKNOWN | Node.DEP_REGISTER
                | Node.DEP_ANY_FRAME)) == 0;
    }

    /** The text of {@code span} in its source file, for describing lazy values. */
    String text(SourceSpan span) {
        String src = model.sources().get(span.file());
        if (src == null || span.line() <= 0) {
            return "<expression>";
        }
        String[] lines = sourceLines.computeIfAbsent(span.file(), f -> src.split("\n", -1));
        if (span.endLine() > lines.length) {
            return "<expression>";
        }
        StringBuilder out = new StringBuilder();
        for (int l = span.line(); l <= span.endLine(); l++) {
            String line = lines[l - 1];
            int from = l == span.line() ? Math.min(span.col() - 1, line.length()) : 0;
            int to = l == span.endLine() ? Math.min(span.endCol(), line.length()) : line.length();
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line, from, Math.max(from, to));
        }
        return out.toString();
    }

    private record DefKey(Symbol symbol, InstCtx ic, boolean primed) {
        @Override
        public boolean equals(Object o) {
            return o instanceof DefKey k && k.symbol == symbol && k.ic == ic && k.primed == primed;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(symbol) * 31 + System.identityHashCode(ic) * 7 + (primed ? 1 : 0);
        }
    }

    private record IcKey(InstCtx parent, Instantiation inst) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IcKey k && k.parent == parent && k.inst == inst;
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(parent), System.identityHashCode(inst));
        }
    }
}
