package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;

/** TLC's textual forms of places and action names, as its traces and messages print them. */
final class Labels {
    private Labels() {
    }

    /** {@code line 3, col 5 to line 3, col 12 of module M}. */
    static String location(SourceSpan span) {
        return "line " + span.line() + ", col " + span.col() + " to line " + span.endLine() + ", col "
                + span.endCol() + " of module " + moduleOf(span);
    }

    /** The module a span lies in, from its file name ({@code Spec.tla} gives {@code Spec}). */
    static String moduleOf(SourceSpan span) {
        String file = span.file();
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        String base = file.substring(slash + 1);
        return base.endsWith(".tla") ? base.substring(0, base.length() - 4) : base;
    }
}
