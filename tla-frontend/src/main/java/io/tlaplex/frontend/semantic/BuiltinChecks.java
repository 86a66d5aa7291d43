package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.syntax.Expr;

/**
 * SANY's checks against stuttering-sensitive and mixed formulas, made where a built-in temporal or
 * logical operator is written: {@code []A} and {@code <>A} for an action A not of the form
 * {@code [B]_v} / {@code <<B>>_v}, an action operand of {@code ~>} or {@code -+->}, and a logical
 * operator with both an action and a temporal operand.
 */
final class BuiltinChecks {

    private BuiltinChecks() {
    }

    static void check(Builtin b, Expr.OpApp app, int[] levels, Tables tables) {
        switch (b.kind()) {
            case ALWAYS -> {
                if (levels[0] == Level.ACTION && !(app.args().get(0) instanceof Expr.BoxAction)) {
                    tables.error(DiagCode.E0210_LEVEL_ERROR, app.span(), "[] followed by action not of form [A]_v.");
                }
            }
            case EVENTUALLY -> {
                if (levels[0] == Level.ACTION && !(app.args().get(0) instanceof Expr.AngleAction)) {
                    tables.error(DiagCode.E0210_LEVEL_ERROR, app.span(), "<> followed by action not of form <<A>>_v.");
                }
            }
            case LEADS_TO, PLUS_ARROW -> {
                if (has(levels, Level.ACTION)) {
                    tables.error(DiagCode.E0210_LEVEL_ERROR, app.span(),
                            "Action used where only temporal formula or state predicate allowed.");
                }
            }
            case AND, OR, IMPLIES, EQUIV -> {
                if (has(levels, Level.ACTION) && has(levels, Level.TEMPORAL)) {
                    tables.error(DiagCode.E0212_TEMPORAL_IN_ACTION, app.span(),
                            b.name() + " has both temporal formula and action as arguments.");
                }
            }
            default -> {
            }
        }
    }

    private static boolean has(int[] levels, int level) {
        for (int l : levels) {
            if (l == level) {
                return true;
            }
        }
        return false;
    }
}
