package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Ident;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The side tables resolution fills in over all modules of one load: what every name occurrence
 * denotes, which symbol every binding identifier declares, and the diagnostics found.
 */
final class Tables {
    final IdentityHashMap<Expr.OpApp, Ref> refs = new IdentityHashMap<>();
    final IdentityHashMap<Ident, Symbol> declarations = new IdentityHashMap<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();

    void error(DiagCode code, SourceSpan span, String message) {
        diagnostics.add(Diagnostic.error(code, span, message));
    }

    /** {@code line 3, column 1 of module M}, or {@code a built-in operator}, for messages. */
    static String whereDeclared(Symbol symbol) {
        SourceSpan span = symbol.span();
        if (span == SourceSpan.NONE) {
            return "the built-in operator " + symbol.name();
        }
        TlaModule home = Ref.homeOf(symbol);
        String module = home != null ? home.name() : baseName(span.file());
        return "line " + span.line() + ", column " + span.col() + " of module " + module;
    }

    private static String baseName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        String base = file.substring(slash + 1);
        return base.endsWith(".tla") ? base.substring(0, base.length() - 4) : base;
    }
}
