package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.config.ConfigParseResult;
import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.eval.live.LiveCheck;
import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.frontend.eval.live.TFormula;
import io.tlaplex.frontend.eval.live.Tableau;
import io.tlaplex.frontend.eval.std.Runtime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the temporal parts of the properties and the fairness of the spec into {@link LiveCheck}s: each property
 * part is negated, conjoined with the spec's temporal conjuncts other than WF/SF, and put in disjunctive normal
 * form; each disjunct keeps {@code []<>X} and {@code <>[]X} apart and gives the rest to a tableau, as TLC does.
 * Compile time only.
 */
final class LiveSpecBuilder {
    /** More disjuncts than this would take longer to check than anyone waits for. */
    private static final int MAX_DISJUNCTS = 100_000;

    private final LiveCompiler lc;
    private final List<LiveCheck> checks = new ArrayList<>();

    LiveSpecBuilder(Compiler cc, Runtime rt, int nvars) {
        this.lc = new LiveCompiler(cc, rt, nvars);
    }

    /** The compiled predicates and checks, or {@link LiveSpec#NONE} without temporal properties. */
    Result build(List<SpecParts.Part> fairnessParts, List<SpecParts.Part> properties) throws DiagnosticException {
        if (properties.isEmpty()) {
            return new Result(LiveSpec.NONE, List.of(), List.of(), 1);
        }
        List<TFormula> assumptions = new ArrayList<>();
        for (SpecParts.Part p : fairnessParts) {
            assumptions.add(lc.specConjunct(p.expr(), lc.env(p.ic())));
        }
        for (SpecParts.Part p : properties) {
            List<TFormula> both = new ArrayList<>(assumptions);
            both.add(lc.formula(p.expr(), lc.env(p.ic()), true));
            for (List<TFormula> disjunct : dnf(TFormula.and(both), p.expr().span())) {
                LiveCheck c = check(p.name(), disjunct);
                if (c != null) {
                    checks.add(c);
                }
            }
        }
        LiveSpec spec = new LiveSpec(lc.statePreds.size(), lc.actionPreds.size(), List.copyOf(lc.fairness),
                List.copyOf(checks));
        return new Result(spec, List.copyOf(lc.statePreds), List.copyOf(lc.actionPreds), lc.frameSize());
    }

    record Result(LiveSpec spec, List<LiveCompiler.Pred> statePreds, List<LiveCompiler.Pred> actionPreds,
            int frameSize) {
    }

    /** One check from a conjunction of terms; null when the conjunction is false. */
    private static LiveCheck check(String name, List<TFormula> terms) {
        List<TFormula> ae = new ArrayList<>();
        List<TFormula> ea = new ArrayList<>();
        List<TFormula> init = new ArrayList<>();
        List<TFormula> rest = new ArrayList<>();
        for (TFormula t : terms) {
            if (t instanceof TFormula.Const c) {
                if (!c.value()) {
                    return null;
                }
            } else if (t instanceof TFormula.Always a && a.body() instanceof TFormula.Eventually e
                    && !TFormula.isTemporal(e.body())) {
                ae.add(e.body());
            } else if (t instanceof TFormula.Eventually e && e.body() instanceof TFormula.Always a
                    && !TFormula.isTemporal(a.body())) {
                ea.add(a.body());
            } else if (!TFormula.isTemporal(t) && !TFormula.hasAction(t)) {
                init.add(t);
            } else {
                rest.add(t);
            }
        }
        if (!rest.isEmpty()) {
            rest.addAll(init);
            return new LiveCheck(name, null, new Tableau(TFormula.and(rest)), ae, ea);
        }
        return new LiveCheck(name, init.isEmpty() ? null : TFormula.and(init), null, ae, ea);
    }

    /** The disjuncts of {@code f}, each a list of conjoined terms (distributing only over the boolean top). */
    private static List<List<TFormula>> dnf(TFormula f, SourceSpan at) throws DiagnosticException {
        switch (f) {
            case TFormula.Or o -> {
                List<List<TFormula>> out = new ArrayList<>();
                for (TFormula item : o.items()) {
                    out.addAll(dnf(item, at));
                    limit(out.size(), at);
                }
                return out;
            }
            case TFormula.And a -> {
                List<List<TFormula>> out = new ArrayList<>();
                out.add(List.of());
                for (TFormula item : a.items()) {
                    List<List<TFormula>> next = new ArrayList<>();
                    for (List<TFormula> left : out) {
                        for (List<TFormula> right : dnf(item, at)) {
                            List<TFormula> both = new ArrayList<>(left);
                            both.addAll(right);
                            next.add(both);
                        }
                        limit(next.size(), at);
                    }
                    out = next;
                }
                return out;
            }
            default -> {
                return List.of(List.of(f));
            }
        }
    }

    private static void limit(int size, SourceSpan at) throws DiagnosticException {
        if (size > MAX_DISJUNCTS) {
            throw new DiagnosticException(List.of(Diagnostic.error(DiagCode.E0502_EVAL_UNSUPPORTED_SPEC, at,
                    "The temporal property and the fairness of the spec have more than " + MAX_DISJUNCTS
                            + " ways to fail; TLC would not finish checking them either.")),
                    ConfigParseResult.EXIT_CODE);
        }
    }
}
