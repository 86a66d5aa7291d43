package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.FcnOps;
import io.tlaplex.frontend.value.FilteredSetValue;
import io.tlaplex.frontend.value.LazyFcnValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.SetValue;
import io.tlaplex.frontend.value.Value;
import java.util.Arrays;

/** Set filters and maps and function constructors, which bind identifiers to the elements of sets. */
final class ConstructNodes {
    private ConstructNodes() {
    }

    static SetValue asSet(Value v, Node at, String operator) {
        if (v instanceof SetValue s) {
            return s;
        }
        throw EvalError.of("Attempted to apply the operator " + operator + " to the non-set value:\n" + v, at.span);
    }

    /** {@code {x \in S : P}}: filtered at once over a finite S, kept lazy over an infinite one. */
    static final class Filter extends Node {
        final Binder binder;
        final Node pred;
        final String description;

        Filter(SourceSpan span, Binder binder, Node pred, String description) {
            super(span, binder.deps() | pred.deps);
            this.binder = binder;
            this.pred = pred;
            this.description = description;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            SetValue s = asSet(binder.sets[0].eval(c, f), this, "{x \\in S : P}");
            if (!s.isFinite()) {
                return new FilteredSetValue(s, new Closure(pred, binder, f, c), description);
            }
            SetEnumValue all;
            try {
                all = s.normalized();
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
            int n = all.size();
            Value[] kept = new Value[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                Value e = all.get(i);
                binder.bind(f, 0, e);
                Value b = pred.eval(c, f);
                if (!(b instanceof io.tlaplex.frontend.value.BoolValue bv)) {
                    throw EvalError.of("Attempted to evaluate an expression of form {x \\in S : P(x)} when P was "
                            + b.kindString() + ".", pred.span);
                }
                if (bv.value()) {
                    kept[k++] = e;
                }
            }
            return k == n ? all : SetOps.setOf(Arrays.copyOf(kept, k));
        }
    }

    /** {@code {e : x \in S, y \in T}}. */
    static final class Map extends Node implements Binder.Visitor {
        final Binder binder;
        final Node body;

        Map(SourceSpan span, Binder binder, Node body) {
            super(span, binder.deps() | body.deps);
            this.binder = binder;
            this.body = body;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            if (binder.levels() == 1 && !binder.tuple[0]) {
                SetEnumValue all = binder.elements(c, f, 0, null);
                int n = all.size();
                Value[] images = new Value[n];
                int slot = binder.slots[0][0];
                for (int i = 0; i < n; i++) {
                    f[slot] = all.get(i);
                    images[i] = body.eval(c, f);
                }
                return build(images, n);
            }
            Collector out = new Collector(body);
            binder.forEach(c, f, out);
            return build(out.values, out.count);
        }

        private Value build(Value[] images, int n) {
            try {
                return SetOps.setOf(n == images.length ? images : Arrays.copyOf(images, n));
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }

        @Override
        public boolean visit(Ctx c, Object[] f) {
            throw new IllegalStateException("visited through a Collector");
        }
    }

    /** Gathers the body's value for each binding. */
    static final class Collector implements Binder.Visitor {
        final Node body;
        Value[] values = new Value[8];
        int count;

        Collector(Node body) {
            this.body = body;
        }

        @Override
        public boolean visit(Ctx c, Object[] f) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = body.eval(c, f);
            return true;
        }
    }

    /**
     * {@code [x \in S, y \in T |-> e]}: computed at once over a finite domain, lazy over an infinite one. With
     * several bounds the domain is their product and the body sees the components of each tuple.
     */
    static final class FnCons extends Node {
        final Binder binder;
        final Binder domainBinder;
        final Node body;
        final String description;

        /**
         * @param domainBinder binds one tuple of the product domain to all the bound identifiers (null with a
         *                     single bound)
         */
        FnCons(SourceSpan span, Binder binder, Binder domainBinder, Node body, String description) {
            super(span, binder.deps() | body.deps);
            this.binder = binder;
            this.domainBinder = domainBinder;
            this.body = body;
            this.description = description;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value domain = domain(c, f);
            SetValue d = asSet(domain, this, "[x \\in S |-> e]");
            Binder single = domainBinder != null ? domainBinder : binder;
            if (!d.isFinite()) {
                return new LazyFcnValue(d, new Closure(body, single, f, c), description);
            }
            SetEnumValue all;
            try {
                all = d.normalized();
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
            int n = all.size();
            Value[] values = new Value[n];
            for (int i = 0; i < n; i++) {
                single.bind(f, 0, all.get(i));
                values[i] = body.eval(c, f);
            }
            try {
                return FcnOps.fromDomain(d, values);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }

        Value domain(Ctx c, Object[] f) {
            if (binder.levels() == 1) {
                return binder.sets[0].eval(c, f);
            }
            Value[] sets = new Value[binder.levels()];
            for (int i = 0; i < sets.length; i++) {
                sets[i] = binder.sets[i].eval(c, f);
            }
            try {
                return SetOps.product(sets);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /**
     * A recursive function definition {@code f[x \in S] == e}: always lazy, so that {@code e} may apply
     * {@code f}, which it reads from {@code selfSlot}.
     */
    static final class RecursiveFn extends Node {
        final FnCons shape;
        final int selfSlot;

        RecursiveFn(FnCons shape, int selfSlot) {
            super(shape.span, shape.deps);
            this.shape = shape;
            this.selfSlot = selfSlot;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            SetValue d = asSet(shape.domain(c, f), this, "[x \\in S |-> e]");
            Binder single = shape.domainBinder != null ? shape.domainBinder : shape.binder;
            Closure closure = new Closure(shape.body, single, f, c);
            LazyFcnValue fn = new LazyFcnValue(d, closure, shape.description);
            closure.frame()[selfSlot] = fn;
            return fn;
        }
    }
}
