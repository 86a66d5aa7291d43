package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.config.CfgName;
import io.tlaplex.frontend.config.ConfigParseResult;
import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.semantic.Builtin;
import io.tlaplex.frontend.semantic.InstanceStep;
import io.tlaplex.frontend.semantic.Level;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the behaviour and the properties of a configuration as TLC does: SPECIFICATION into its initial
 * predicate, next-state action and temporal (fairness) conjuncts; each PROPERTY into initial-state predicates,
 * invariants ({@code []P}), action properties ({@code [][A]_v}) and what only liveness checking can decide.
 * Compile time only.
 */
final class SpecParts {
    /** One piece: the expression, the instance context it is read in, and the name it is reported under. */
    record Part(String name, Expr expr, InstCtx ic, OperatorSymbol def) {
    }

    final List<Part> init = new ArrayList<>();
    Part next;
    final List<Part> fairness = new ArrayList<>();
    final List<Part> impliedInits = new ArrayList<>();
    final List<Part> invariants = new ArrayList<>();
    final List<Part> actionProperties = new ArrayList<>();
    final List<Part> liveness = new ArrayList<>();

    private final Compiler cc;

    private SpecParts(Compiler cc) {
        this.cc = cc;
    }

    static SpecParts of(Compiler cc, ModelConfig cfg) throws DiagnosticException {
        SpecParts parts = new SpecParts(cc);
        if (cfg.specification().isPresent()) {
            CfgName spec = cfg.specification().get();
            Part top = parts.top(spec);
            parts.spec(top.expr(), top.ic(), top.def());
        } else {
            if (cfg.init().isPresent()) {
                parts.init.add(parts.top(cfg.init().get()));
            }
            if (cfg.next().isPresent()) {
                parts.next = parts.top(cfg.next().get());
            }
        }
        for (CfgName p : cfg.properties()) {
            Part top = parts.top(p);
            parts.property(p.name(), top.expr(), top.ic());
        }
        return parts;
    }

    /** The body of the definition a .cfg section names, with the instance context the name leads through. */
    Part top(CfgName name) throws DiagnosticException {
        Ref ref = cc.model.lookup(name.name()).orElse(null);
        Symbol t = ref == null ? null : ref.target();
        CfgOverride ov = t == null ? null : cc.overrides.get(t);
        if (ov instanceof CfgOverride.ToDef d) {
            ref = d.target();
            t = ref.target();
        }
        if (!(t instanceof OperatorSymbol op) || op.arity() != 0 || op.body() == null) {
            throw new DiagnosticException(List.of(Diagnostic.error(DiagCode.E0504_EVAL_NOT_USABLE, name.span(),
                    "The name " + name.name() + " in the configuration file is not a definition TLC can use here.")),
                    ConfigParseResult.EXIT_CODE);
        }
        InstCtx ic = null;
        for (InstanceStep step : ref.path()) {
            ic = cc.context(ic, step.instantiation());
        }
        return new Part(name.name(), op.body(), ic, op);
    }

    private int level(Expr e) {
        int l = cc.model.levelOf(e);
        return l < 0 ? Level.TEMPORAL : l;
    }

    /** The zero-argument definition an occurrence without arguments names, as a part; null otherwise. */
    private Part definition(Expr e, InstCtx ic) {
        if (!(e instanceof Expr.OpApp a) || !a.args().isEmpty()) {
            return null;
        }
        Ref ref = cc.model.resolve(a);
        Symbol t = ref.target();
        CfgOverride ov = cc.overrides.get(t);
        if (ov instanceof CfgOverride.ToDef d && d.target().target() instanceof OperatorSymbol target
                && target.arity() == 0) {
            return new Part(target.name(), target.body(), null, target);
        }
        if (!(t instanceof OperatorSymbol op) || op.arity() != 0 || op.body() == null || ov != null
                || AppCompiler.std(op) != null) {
            return null;
        }
        InstCtx inner = Compiler.relevant(ic, AppCompiler.homeOf(op));
        if (!ref.isDirect()) {
            inner = ic;
            for (InstanceStep step : ref.path()) {
                inner = cc.context(inner, step.instantiation());
            }
        }
        return new Part(op.name(), op.body(), inner, op);
    }

    private void spec(Expr e, InstCtx ic, OperatorSymbol def) throws DiagnosticException {
        Part d = definition(e, ic);
        if (d != null) {
            if (level(d.expr()) == Level.STATE) {
                init.add(d);
            } else {
                spec(d.expr(), d.ic(), d.def());
            }
            return;
        }
        if (e instanceof Expr.Label l) {
            spec(l.body(), ic, def);
            return;
        }
        List<Expr> conjuncts = conjuncts(e);
        if (conjuncts != null) {
            for (Expr c : conjuncts) {
                spec(c, ic, def);
            }
            return;
        }
        Expr boxed = always(e);
        if (boxed instanceof Expr.BoxAction b) {
            if (next != null) {
                throw error(e.span(), "TLC cannot handle a specification with more than one next-state relation.");
            }
            next = new Part(null, b.action(), ic, null);
            return;
        }
        int level = level(e);
        if (boxed == null && level <= Level.STATE) {
            init.add(new Part(def == null ? null : def.name(), e, ic, null));
        } else if (level == Level.TEMPORAL) {
            fairness.add(new Part(def == null ? null : def.name(), e, ic, null));
        } else {
            throw error(e.span(), "TLC cannot handle this conjunct of the spec: it is an action, not a state "
                    + "predicate or temporal formula.");
        }
    }

    private void property(String name, Expr e, InstCtx ic) throws DiagnosticException {
        Part d = definition(e, ic);
        if (d != null) {
            property(d.name(), d.expr(), d.ic());
            return;
        }
        if (e instanceof Expr.Label l) {
            property(name, l.body(), ic);
            return;
        }
        List<Expr> conjuncts = conjuncts(e);
        if (conjuncts != null) {
            for (Expr c : conjuncts) {
                property(name, c, ic);
            }
            return;
        }
        Expr boxed = always(e);
        if (boxed != null) {
            if (boxed instanceof Expr.BoxAction) {
                actionProperties.add(new Part(name, boxed, ic, null));
            } else if (level(boxed) < Level.ACTION) {
                Part inv = definition(boxed, ic);
                invariants.add(new Part(inv != null ? inv.name() : name, boxed, ic, null));
            } else {
                liveness.add(new Part(name, e, ic, null));
            }
            return;
        }
        int level = level(e);
        if (level <= Level.STATE) {
            impliedInits.add(new Part(name, e, ic, null));
        } else if (level == Level.TEMPORAL) {
            liveness.add(new Part(name, e, ic, null));
        } else {
            throw error(e.span(), "The property " + name + " is not correctly defined: it is an action, not a "
                    + "temporal formula.");
        }
    }

    /** The conjuncts of a bulleted or infix conjunction, or null. */
    private List<Expr> conjuncts(Expr e) {
        if (e instanceof Expr.Junction j && j.conj()) {
            return j.items();
        }
        if (e instanceof Expr.OpApp a && a.args().size() == 2 && cc.model.resolve(a).target() instanceof Builtin b
                && b.kind() == Builtin.Kind.AND) {
            return a.args();
        }
        return null;
    }

    /** X when {@code e} is {@code []X}, else null. */
    private Expr always(Expr e) {
        if (e instanceof Expr.OpApp a && a.args().size() == 1 && cc.model.resolve(a).target() instanceof Builtin b
                && b.kind() == Builtin.Kind.ALWAYS) {
            Expr x = a.args().get(0);
            while (x instanceof Expr.Label l) {
                x = l.body();
            }
            return x;
        }
        return null;
    }

    private DiagnosticException error(SourceSpan at, String message) {
        return new DiagnosticException(List.of(Diagnostic.error(DiagCode.E0502_EVAL_UNSUPPORTED_SPEC, at, message)),
                ConfigParseResult.EXIT_CODE);
    }
}
