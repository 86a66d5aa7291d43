package io.tlaplex.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.tlaplex.frontend.diag.Diagnostic;
import java.util.List;

/** Wraps test snippets in a module {@code T} (file {@code T.tla}, body from line 2) and parses them. */
final class Fixtures {

    private Fixtures() {
    }

    static String module(String body) {
        return "---- MODULE T ----\n" + body + "\n====\n";
    }

    static ParseResult parse(String body) {
        return Parser.parse("T.tla", module(body));
    }

    /** The units of a body that must parse without diagnostics, one S-expression each. */
    static List<String> units(String body) {
        ParseResult r = parse(body);
        assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::headline).toList());
        assertNotNull(r.module());
        return r.module().units().stream().map(Sexp::of).toList();
    }

    /** The S-expression of {@code X == text}, which must parse without diagnostics. */
    static String expr(String text) {
        return body(parse("X == " + text));
    }

    static Expr exprTree(String text) {
        ParseResult r = parse("X == " + text);
        assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::headline).toList());
        return ((Unit.OperatorDef) r.module().units().get(0)).body();
    }

    private static String body(ParseResult r) {
        assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::headline).toList());
        return Sexp.of(((Unit.OperatorDef) r.module().units().get(0)).body());
    }

    /** Each diagnostic as {@code code line:col message}. */
    static List<String> errors(String body) {
        return describe(parse(body));
    }

    static List<String> describe(ParseResult r) {
        return r.diagnostics().stream()
                .map(d -> d.code().id() + " " + d.span().line() + ":" + d.span().col() + " " + d.message())
                .toList();
    }
}
