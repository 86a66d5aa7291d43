package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.value.Value;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An expression with the frame and states it was met in, kept for later evaluation by a lazy value (a function
 * on an infinite domain, a recursive function, a filter of an infinite set). The frame is copied deeply when the
 * closure is made, and again for each application, so applications may run on any thread.
 */
final class Closure implements UnaryOperator<Value>, Predicate<Value> {
    private final Node body;
    private final Binder binder;
    private final Object[] frame;
    private final Ctx origin;
    private final Value[] s0;
    private final Value[] s1;

    Closure(Node body, Binder binder, Object[] frame, Ctx c) {
        this.body = body;
        this.binder = binder;
        this.frame = snapshot(frame, new IdentityHashMap<>());
        this.origin = c;
        this.s0 = c.s0;
        this.s1 = c.s1 == null ? null : c.s1.clone();
    }

    /** The frame as this closure keeps it, so a recursive function can put itself in its slot. */
    Object[] frame() {
        return frame;
    }

    @Override
    public Value apply(Value arg) {
        Object[] fr = frame.clone();
        binder.bind(fr, 0, arg);
        Ctx c = new Ctx(origin.rt, origin.nvars);
        c.coverage = origin.coverage;
        c.s0 = s0;
        c.s1 = s1;
        return body.eval(c, fr);
    }

    @Override
    public boolean test(Value arg) {
        return QuantNodes.bodyBool(apply(arg), body);
    }

    private static Object[] snapshot(Object[] f, Map<Object[], Object[]> copies) {
        if (f == null) {
            return null;
        }
        Object[] known = copies.get(f);
        if (known != null) {
            return known;
        }
        Object[] copy = f.clone();
        copies.put(f, copy);
        copy[0] = snapshot((Object[]) f[0], copies);
        for (int i = 1; i < copy.length; i++) {
            if (copy[i] instanceof Thunk t) {
                copy[i] = new Thunk(t.node, snapshot(t.frame, copies));
            } else if (copy[i] instanceof Object[] nested) {
                copy[i] = snapshot(nested, copies);
            }
        }
        return copy;
    }
}
