package io.tlaplex.frontend.syntax;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entry point of the TLA+ parser: text in, module and diagnostics out. Accepts what SANY accepts
 * in model-checkable specs; proofs are skipped. Never throws (short of running out of memory).
 */
public final class Parser {

    private Parser() {
    }

    /**
     * Parses one {@code .tla} file. {@code fileName} (e.g. {@code "Spec.tla"}) goes into every span;
     * when it ends in {@code .tla} it must match the module name, as SANY requires.
     */
    public static ParseResult parse(String fileName, String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Module module = null;
        try {
            List<Token> tokens = new Lexer(fileName, text, diagnostics).run();
            if (tokens != null) {
                Cursor cursor = new Cursor(fileName, text, tokens, diagnostics);
                module = new UnitParser(cursor).parseTopModule();
            }
        } catch (StackOverflowError e) {
            module = null;
            diagnostics.add(Diagnostic.error(DiagCode.E0111_UNEXPECTED_TOKEN, new SourceSpan(fileName, 1, 1, 1, 1),
                    "the module is nested too deeply to parse"));
        } catch (RuntimeException e) {
            // A bug in the parser must still reach the user as a diagnostic, never as a stack trace.
            module = null;
            diagnostics.add(Diagnostic.error(DiagCode.E0111_UNEXPECTED_TOKEN, new SourceSpan(fileName, 1, 1, 1, 1),
                    "internal parser error: " + e));
        }
        if (module != null) {
            checkFileName(fileName, module, diagnostics);
        }
        diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.span().line())
                .thenComparingInt(d -> d.span().col()));
        return new ParseResult(module, List.copyOf(diagnostics));
    }

    private static void checkFileName(String fileName, Module module, List<Diagnostic> diagnostics) {
        if (!fileName.endsWith(".tla")) {
            return;
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String base = fileName.substring(slash + 1, fileName.length() - 4);
        if (!base.equals(module.name().name())) {
            diagnostics.add(Diagnostic.error(DiagCode.E0115_MODULE_NAME_MISMATCH, module.name().span(),
                    "module '" + module.name().name() + "' must be in a file named '" + module.name().name()
                            + ".tla', not '" + base + ".tla'"));
        }
    }
}
