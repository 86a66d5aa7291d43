package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.FcnOps;
import io.tlaplex.frontend.value.FcnValue;
import io.tlaplex.frontend.value.RecordOps;
import io.tlaplex.frontend.value.RecordShape;
import io.tlaplex.frontend.value.RecordValue;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;

/** Tuples, records and function application, DOMAIN and EXCEPT. */
final class FcnNodes {
    private FcnNodes() {
    }

    /** {@code <<a, b, c>>}. */
    static final class Tuple extends Node {
        final Node[] elems;

        Tuple(SourceSpan span, Node[] elems) {
            super(span, deps(elems, 0));
            this.elems = elems;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value[] vals = new Value[elems.length];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = elems[i].eval(c, f);
            }
            return TupleValue.of(vals);
        }
    }

    /** {@code [a |-> 1, b |-> 2]}: fields sorted once here; values evaluated in source order. */
    static final class Record extends Node {
        final StringValue[] names;
        final Node[] values;
        /** The sorted fields, or null when a name repeats (each evaluation then reports it, as TLC does). */
        private final RecordShape shape;

        Record(SourceSpan span, StringValue[] names, Node[] values) {
            super(span, deps(values, 0));
            this.names = names;
            this.values = values;
            this.shape = shapeOf(names);
        }

        private static RecordShape shapeOf(StringValue[] names) {
            try {
                return RecordShape.of(names);
            } catch (EvalException e) {
                return null;
            }
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value[] vals = new Value[values.length];
            if (shape != null) {
                for (int i = 0; i < vals.length; i++) {
                    vals[shape.slot(i)] = values[i].eval(c, f);
                }
                return shape.record(vals);
            }
            for (int i = 0; i < vals.length; i++) {
                vals[i] = values[i].eval(c, f);
            }
            try {
                return RecordOps.record(names, vals);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** {@code r.name}. */
    static final class Field extends Node {
        final Node record;
        final StringValue name;

        Field(SourceSpan span, Node record, StringValue name) {
            super(span, record.deps);
            this.record = record;
            this.name = name;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value r = record.eval(c, f);
            if (r instanceof RecordValue rec) {
                Value v = rec.field(name);
                if (v != null) {
                    return v;
                }
            }
            try {
                return RecordOps.field(r, name);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** {@code f[a]}; {@code f[a, b]} applies {@code f} to {@code <<a, b>>}. */
    static final class Apply extends Node {
        final Node fn;
        final Node[] args;

        Apply(SourceSpan span, Node fn, Node[] args) {
            super(span, deps(args, fn.deps));
            this.fn = fn;
            this.args = args;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value fv = fn.eval(c, f);
            if (!(fv instanceof FcnValue fcn)) {
                throw EvalError.of("A non-function (" + fv.kindString() + ") was applied as a function.", span);
            }
            Value arg;
            if (args.length == 1) {
                arg = args[0].eval(c, f);
            } else {
                if (fcn instanceof TupleValue || fcn instanceof RecordValue) {
                    throw EvalError.of("Attempted to evaluate an expression of form f[e1, ... , eN]\n"
                            + "with f a tuple or record and N > 1.", span);
                }
                Value[] vals = new Value[args.length];
                for (int i = 0; i < vals.length; i++) {
                    vals[i] = args[i].eval(c, f);
                }
                arg = TupleValue.of(vals);
            }
            try {
                return fcn.apply(arg);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** {@code DOMAIN f}. */
    static final class Domain extends Node {
        final Node fn;

        Domain(SourceSpan span, Node fn) {
            super(span, fn.deps);
            this.fn = fn;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value v = fn.eval(c, f);
            try {
                return FcnOps.domain(v);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /**
     * {@code [f EXCEPT ![a][b] = e, !.c = @ + 1]}: each clause's path is evaluated, {@code @} (slot
     * {@code atIndex} of this frame) is bound to the old value at the path, and the value replaced. A path that
     * leaves the function's domain leaves it unchanged, as in TLC.
     */
    static final class Except extends Node {
        final Node fn;
        final Node[][] paths;
        final Node[] values;
        final int atIndex;

        Except(SourceSpan span, Node fn, Node[][] paths, Node[] values, int atIndex) {
            super(span, exceptDeps(fn, paths, values));
            this.fn = fn;
            this.paths = paths;
            this.values = values;
            this.atIndex = atIndex;
        }

        private static int exceptDeps(Node fn, Node[][] paths, Node[] values) {
            int d = deps(values, fn.deps);
            for (Node[] p : paths) {
                d = deps(p, d);
            }
            return d;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value result = fn.eval(c, f);
            for (int k = 0; k < paths.length; k++) {
                Node[] pathNodes = paths[k];
                if (pathNodes.length == 1 && result instanceof FcnValue fcn) {
                    // The common one-step path, without the arrays of the general case.
                    Value key = pathNodes[0].eval(c, f);
                    Value old;
                    try {
                        old = fcn.select(key);
                    } catch (EvalException e) {
                        throw EvalError.at(e, span);
                    }
                    if (old != null) {
                        f[atIndex] = old;
                        Value updated = values[k].eval(c, f);
                        try {
                            result = fcn.replace(key, updated);
                        } catch (EvalException e) {
                            throw EvalError.at(e, span);
                        }
                    }
                    continue;
                }
                Value[] path = new Value[pathNodes.length];
                for (int i = 0; i < path.length; i++) {
                    path[i] = pathNodes[i].eval(c, f);
                }
                try {
                    Value old = FcnOps.selectPath(result, path);
                    if (old == null) {
                        continue;
                    }
                    f[atIndex] = old;
                    result = FcnOps.except(result, path, values[k].eval(c, f));
                } catch (EvalException e) {
                    throw EvalError.at(e, span);
                }
            }
            return result;
        }
    }
}
