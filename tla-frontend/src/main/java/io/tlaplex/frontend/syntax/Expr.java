package io.tlaplex.frontend.syntax;

import io.tlaplex.frontend.diag.SourceSpan;
import java.math.BigInteger;
import java.util.List;

/**
 * A TLA+ expression as parsed, before names are resolved. Every application of a named or
 * symbolic operator, built-in or user-defined, is an {@link OpApp}: {@code a + b} is
 * {@code OpApp("+", [a, b])}, {@code x'} is {@code OpApp("'", [x])}, {@code -x} is
 * {@code OpApp("-.", [x])}, {@code TRUE} is {@code OpApp("TRUE", [])}. Symbols are canonical
 * ({@link Operators#canonical(String)}), so synonyms such as {@code \land} and {@code /\} agree.
 */
public sealed interface Expr {

    SourceSpan span();

    /** One instance step of a qualified name: {@code M} or {@code M(a, b)} in {@code M(a, b)!Op}. */
    record PrefixPart(Ident name, List<Expr> args) {
    }

    /** {@code prefix!...!name(args)}; {@code args} is empty for a plain name. */
    record OpApp(List<PrefixPart> prefix, Ident name, List<Expr> args, SourceSpan span) implements Expr {
        public OpApp(Ident name, List<Expr> args, SourceSpan span) {
            this(List.of(), name, args, span);
        }
    }

    /** A bulleted {@code /\} (conj) or {@code \/} list whose items are aligned in one column. */
    record Junction(boolean conj, List<Expr> items, SourceSpan span) implements Expr {
    }

    /**
     * A bound {@code x, y \in S} (each name ranges over S) or a tuple pattern
     * {@code <<x, y>> \in S} ({@code tuple} true).
     */
    record Bound(List<Ident> names, boolean tuple, Expr set) {
    }

    record NumberLit(BigInteger value, SourceSpan span) implements Expr {
    }

    /** A decimal such as {@code 3.14} (module Reals): parsed, not evaluated. */
    record DecimalLit(String text, SourceSpan span) implements Expr {
    }

    /** A string literal with its escapes already decoded. */
    record StringLit(String value, SourceSpan span) implements Expr {
    }

    record If(Expr cond, Expr then, Expr otherwise, SourceSpan span) implements Expr {
    }

    record CaseArm(Expr guard, Expr body) {
    }

    /** {@code CASE g1 -> e1 [] g2 -> e2 [] OTHER -> e}; {@code other} is null without OTHER. */
    record Case(List<CaseArm> arms, Expr other, SourceSpan span) implements Expr {
    }

    /** {@code LET defs IN body}; defs are operator, function and RECURSIVE units. */
    record Let(List<Unit> defs, Expr body, SourceSpan span) implements Expr {
    }

    /** {@code \A x \in S, <<y, z>> \in T : body} ({@code exists} false) or {@code \E ...}. */
    record Quant(boolean exists, List<Bound> bounds, Expr body, SourceSpan span) implements Expr {
    }

    /** {@code \A x, y : body} or {@code \E x : body} (no set). */
    record UnboundedQuant(boolean exists, List<Ident> names, Expr body, SourceSpan span) implements Expr {
    }

    /** {@code \AA x : body} or {@code \EE x : body}. */
    record TemporalQuant(boolean exists, List<Ident> names, Expr body, SourceSpan span) implements Expr {
    }

    /** {@code CHOOSE x \in S : body}, {@code CHOOSE <<x, y>> \in S : body}; {@code set} null if unbounded. */
    record Choose(List<Ident> names, boolean tuple, Expr set, Expr body, SourceSpan span) implements Expr {
    }

    /** {@code {a, b, c}}. */
    record SetEnum(List<Expr> elements, SourceSpan span) implements Expr {
    }

    /** {@code {x \in S : pred}} or {@code {<<x, y>> \in S : pred}}. */
    record SetFilter(Bound bound, Expr pred, SourceSpan span) implements Expr {
    }

    /** {@code {body : x \in S, y \in T}}. */
    record SetMap(Expr body, List<Bound> bounds, SourceSpan span) implements Expr {
    }

    /** {@code [x \in S, y \in T |-> body]}. */
    record FnCons(List<Bound> bounds, Expr body, SourceSpan span) implements Expr {
    }

    /** {@code f[a]} or {@code f[a, b]} (the latter applies f to the tuple {@code <<a, b>>}). */
    record FnApp(Expr fn, List<Expr> args, SourceSpan span) implements Expr {
    }

    /** {@code [S -> T]}. */
    record FnSet(Expr domain, Expr range, SourceSpan span) implements Expr {
    }

    record Field(Ident name, Expr value) {
    }

    /** {@code [a |-> 1, b |-> 2]}. */
    record RecordCons(List<Field> fields, SourceSpan span) implements Expr {
    }

    /** {@code [a : S, b : T]}. */
    record RecordSet(List<Field> fields, SourceSpan span) implements Expr {
    }

    /** {@code r.a}. */
    record FieldAccess(Expr record, Ident field, SourceSpan span) implements Expr {
    }

    /** One step of an EXCEPT path: {@code .a} or {@code [i]} / {@code [i, j]}. */
    sealed interface ExceptStep {
    }

    record FieldStep(Ident name) implements ExceptStep {
    }

    record IndexStep(List<Expr> args) implements ExceptStep {
    }

    /** {@code !.a[i] = value}. */
    record ExceptUpdate(List<ExceptStep> path, Expr value) {
    }

    /** {@code [f EXCEPT ![i] = e, !.a = @ + 1]}. */
    record Except(Expr fn, List<ExceptUpdate> updates, SourceSpan span) implements Expr {
    }

    /** {@code @} inside an EXCEPT value: the old value at that path. */
    record At(SourceSpan span) implements Expr {
    }

    /** {@code <<a, b, c>>}. */
    record Tuple(List<Expr> elements, SourceSpan span) implements Expr {
    }

    /** {@code A \X B \X C}: one n-ary product (not nested pairs). */
    record CrossProduct(List<Expr> factors, SourceSpan span) implements Expr {
    }

    /** {@code LAMBDA x, y : body}, only as an operator argument. */
    record Lambda(List<Ident> params, Expr body, SourceSpan span) implements Expr {
    }

    /** {@code lbl:: body} or {@code lbl(p, q):: body}. */
    record Label(Ident name, List<Ident> params, Expr body, SourceSpan span) implements Expr {
    }

    /** {@code [A]_v}. */
    record BoxAction(Expr action, Expr sub, SourceSpan span) implements Expr {
    }

    /** {@code <<A>>_v}. */
    record AngleAction(Expr action, Expr sub, SourceSpan span) implements Expr {
    }

    /** {@code WF_v(A)} ({@code strong} false) or {@code SF_v(A)}. */
    record Fairness(boolean strong, Expr sub, Expr action, SourceSpan span) implements Expr {
    }
}
