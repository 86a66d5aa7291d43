package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.ParamSymbol;
import io.tlaplex.frontend.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a call in place: the body is compiled in the caller's frame with each parameter standing for its
 * argument expression, which is exactly TLA+'s call by name. Used for operators that prime a parameter, whose
 * argument must then be re-evaluated in the next state. Part of {@link Compiler}.
 */
final class Inliner {
    private Inliner() {
    }

    /** The scope binding {@code op}'s parameters to {@code args} (compiled in {@code env}), and the cached slots. */
    static Scope bind(Compiler cc, OperatorSymbol op, List<Expr> args, Env env, boolean cacheArgs, List<Integer> slots) {
        Scope scope = env.scope.nested();
        for (int i = 0; i < op.arity(); i++) {
            ParamSymbol p = op.params().get(i);
            Expr arg = args.get(i);
            if (p.arity() > 0) {
                scope.bind(p, new Binding.OpAlias(arg, env, p.arity()));
            } else {
                int slot = cacheArgs && !cc.maybePrimed(arg) ? scope.allocate() : 0;
                if (slot > 0) {
                    slots.add(slot);
                }
                scope.bind(p, new Binding.Alias(arg, env, slot));
            }
        }
        return scope;
    }

    static Node call(Compiler cc, OperatorSymbol op, InstCtx ic, List<Expr> args, Env env, SourceSpan span) {
        List<Integer> slots = new ArrayList<>();
        Scope scope = bind(cc, op, args, env, true, slots);
        Node body = cc.compile(op.body(), new Env(scope, ic, env.primed));
        return slots.isEmpty() ? body : new ControlNodes.Enter(span, toArray(slots), body);
    }

    static int[] toArray(List<Integer> slots) {
        int[] out = new int[slots.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = slots.get(i);
        }
        return out;
    }
}
