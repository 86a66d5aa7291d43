package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.FcnOps;
import io.tlaplex.frontend.value.RecordOps;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.Value;

/** Set constructors and operators that need no bound identifiers. */
final class SetNodes {
    private SetNodes() {
    }

    /** {@code {a, b, c}}. */
    static final class Enum extends Node {
        final Node[] elems;

        Enum(SourceSpan span, Node[] elems) {
            super(span, deps(elems, 0));
            this.elems = elems;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value[] vals = new Value[elems.length];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = elems[i].eval(c, f);
            }
            try {
                return SetOps.setOf(vals);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** The binary set operators. */
    enum Op { CUP, CAP, MINUS }

    static final class Binary extends Node {
        final Op op;
        final Node a;
        final Node b;

        Binary(SourceSpan span, Op op, Node a, Node b) {
            super(span, a.deps | b.deps);
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value x = a.eval(c, f);
            Value y = b.eval(c, f);
            try {
                return switch (op) {
                    case CUP -> SetOps.union(x, y);
                    case CAP -> SetOps.intersect(x, y);
                    case MINUS -> SetOps.minus(x, y);
                };
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** {@code SUBSET s} ({@code union} false) or {@code UNION s}. */
    static final class Unary extends Node {
        final boolean union;
        final Node s;

        Unary(SourceSpan span, boolean union, Node s) {
            super(span, s.deps);
            this.union = union;
            this.s = s;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value x = s.eval(c, f);
            try {
                return union ? SetOps.bigUnion(x) : SetOps.powerset(x);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** {@code A \X B \X C}. */
    static final class Cross extends Node {
        final Node[] sets;

        Cross(SourceSpan span, Node[] sets) {
            super(span, deps(sets, 0));
            this.sets = sets;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value[] vals = new Value[sets.length];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = sets[i].eval(c, f);
            }
            try {
                return SetOps.product(vals);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** {@code [S -> T]}. */
    static final class FnSet extends Node {
        final Node domain;
        final Node range;

        FnSet(SourceSpan span, Node domain, Node range) {
            super(span, domain.deps | range.deps);
            this.domain = domain;
            this.range = range;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value d = domain.eval(c, f);
            Value r = range.eval(c, f);
            try {
                return FcnOps.setOfFcns(d, r);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** {@code [a : S, b : T]}. */
    static final class RecordSet extends Node {
        final StringValue[] names;
        final Node[] sets;

        RecordSet(SourceSpan span, StringValue[] names, Node[] sets) {
            super(span, deps(sets, 0));
            this.names = names;
            this.sets = sets;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value[] vals = new Value[sets.length];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = sets[i].eval(c, f);
            }
            try {
                return RecordOps.recordSet(names, vals);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }
}
