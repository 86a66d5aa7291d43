package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.semantic.Builtin;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.InfiniteSetValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.Value;
import java.util.List;

/** Compiles applications of the operators built into TLA+ ({@code =}, {@code \in}, {@code '}, ...). */
final class BuiltinCompiler {
    private final Compiler cc;

    BuiltinCompiler(Compiler cc) {
        this.cc = cc;
    }

    static Value constant(Builtin b) {
        return switch (b.kind()) {
            case TRUE -> BoolValue.TRUE;
            case FALSE -> BoolValue.FALSE;
            case BOOLEAN -> SetEnumValue.BOOLEAN;
            case STRING -> InfiniteSetValue.STRING;
            default -> throw new IllegalArgumentException(b.name());
        };
    }

    Node compile(Builtin b, Expr.OpApp app, Env env) {
        List<Expr> args = app.args();
        var span = app.span();
        return switch (b.kind()) {
            case TRUE, FALSE, BOOLEAN, STRING -> new LeafNodes.Const(span, constant(b));
            case EQ -> new CompareNodes.Eq(span, arg(args, 0, env), arg(args, 1, env), false);
            case NEQ -> new CompareNodes.Eq(span, arg(args, 0, env), arg(args, 1, env), true);
            case IN -> new CompareNodes.In(span, arg(args, 0, env), arg(args, 1, env), false);
            case NOTIN -> new CompareNodes.In(span, arg(args, 0, env), arg(args, 1, env), true);
            case SUBSETEQ -> new CompareNodes.Subseteq(span, arg(args, 0, env), arg(args, 1, env));
            case CUP -> new SetNodes.Binary(span, SetNodes.Op.CUP, arg(args, 0, env), arg(args, 1, env));
            case CAP -> new SetNodes.Binary(span, SetNodes.Op.CAP, arg(args, 0, env), arg(args, 1, env));
            case SETMINUS -> new SetNodes.Binary(span, SetNodes.Op.MINUS, arg(args, 0, env), arg(args, 1, env));
            case SUBSET -> new SetNodes.Unary(span, false, arg(args, 0, env));
            case UNION -> new SetNodes.Unary(span, true, arg(args, 0, env));
            case DOMAIN -> new FcnNodes.Domain(span, arg(args, 0, env));
            case AND -> new LogicNodes.And(span, arg(args, 0, env), arg(args, 1, env));
            case OR -> new LogicNodes.Or(span, arg(args, 0, env), arg(args, 1, env));
            case IMPLIES -> new LogicNodes.Implies(span, arg(args, 0, env), arg(args, 1, env));
            case EQUIV -> new LogicNodes.Equiv(span, arg(args, 0, env), arg(args, 1, env));
            case NOT -> new LogicNodes.Not(span, arg(args, 0, env));
            case PRIME -> primed(args.get(0), env, span);
            case UNCHANGED -> unchanged(args.get(0), env, span);
            case ENABLED -> env.primed ? new QuantNodes.Unsupported(span, "TLC cannot evaluate ENABLED under a prime.")
                    : EnabledNode.compile(cc, args.get(0), env, span);
            case CDOT -> new QuantNodes.Unsupported(span,
                    "The current version of TLC does not support action composition.");
            case ALWAYS, EVENTUALLY, LEADS_TO, PLUS_ARROW -> new QuantNodes.Unsupported(span,
                    "TLC cannot evaluate the temporal formula at this place; it can only be checked as a property.");
        };
    }

    private Node arg(List<Expr> args, int i, Env env) {
        return cc.compile(args.get(i), env);
    }

    private Node primed(Expr e, Env env, io.tlaplex.frontend.diag.SourceSpan span) {
        if (env.primed) {
            return new QuantNodes.Unsupported(span, "TLC cannot evaluate a doubly primed expression.");
        }
        return cc.compile(e, env.withPrimed(true));
    }

    /** {@code UNCHANGED e} as a value: {@code e' = e}, compared as TLC does. */
    private Node unchanged(Expr e, Env env, io.tlaplex.frontend.diag.SourceSpan span) {
        if (env.primed) {
            return new QuantNodes.Unsupported(span, "TLC cannot evaluate a doubly primed expression.");
        }
        return new CompareNodes.Eq(span, cc.compile(e, env), cc.compile(e, env.withPrimed(true)), false);
    }
}
