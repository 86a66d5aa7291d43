package io.tlaplex.frontend.syntax;

import io.tlaplex.frontend.diag.SourceSpan;
import java.util.List;

/** A top-level item of a module (or of a LET): declarations, definitions, assumptions. */
public sealed interface Unit {

    SourceSpan span();

    /**
     * A formal parameter of an operator or a declared constant: {@code x} (arity 0) or
     * {@code F(_, _)} (arity 2). Infix/prefix/postfix forms ({@code _ + _}) have their arity too.
     */
    record Param(Ident name, int arity) {
    }

    /** {@code VARIABLE(S) x, y}. */
    record Variables(List<Ident> names, SourceSpan span) implements Unit {
    }

    /** {@code CONSTANT(S) N, F(_)}. */
    record Constants(List<Param> params, SourceSpan span) implements Unit {
    }

    /**
     * {@code Op(p1, p2) == body}, including infix ({@code a ++ b == ...}, name {@code ++}),
     * prefix ({@code -. a == ...}, name {@code -.}) and postfix ({@code a ^+ == ...}) forms.
     */
    record OperatorDef(Ident name, List<Param> params, Expr body, boolean local, SourceSpan span) implements Unit {
    }

    /** {@code f[x \in S, y \in T] == body}. */
    record FunctionDef(Ident name, List<Expr.Bound> bounds, Expr body, boolean local, SourceSpan span)
            implements Unit {
    }

    /** {@code RECURSIVE F(_), G}. */
    record Recursive(List<Param> params, SourceSpan span) implements Unit {
    }

    /** {@code target <- value} inside {@code INSTANCE ... WITH}; target may be an operator symbol. */
    record Substitution(Ident target, Expr value) {
    }

    /** {@code INSTANCE M WITH a <- e, b <- f}, standing alone as a unit (unnamed instance). */
    record Instance(Ident module, List<Substitution> substitutions, boolean local, SourceSpan span) implements Unit {
    }

    /** {@code I(p) == INSTANCE M WITH ...}: a named, possibly parameterised instance. */
    record InstanceDef(Ident name, List<Param> params, Instance instance, boolean local, SourceSpan span)
            implements Unit {
    }

    /** {@code ASSUME e} or {@code ASSUME Name == e} (also {@code ASSUMPTION}). */
    record Assume(Ident name, Expr body, SourceSpan span) implements Unit {
    }

    /**
     * {@code THEOREM}/{@code LEMMA}/{@code PROPOSITION}/{@code COROLLARY} with its statement
     * and proof, and {@code USE}/{@code HIDE} steps: the proof is skipped, as TLC does. The name (if
     * any) is kept so that a reference to it resolves; the statement of a named theorem is kept
     * when it is an expression ({@code THEOREM T == e}), since TLC evaluates {@code ASSUME T}.
     * {@code statement} is null otherwise ({@code ASSUME ... PROVE} forms, unnamed theorems).
     */
    record Theorem(Ident name, Expr statement, SourceSpan span) implements Unit {
        public Theorem(Ident name, SourceSpan span) {
            this(name, null, span);
        }
    }

    /** A module defined inside another one. */
    record NestedModule(Module module, SourceSpan span) implements Unit {
    }
}
