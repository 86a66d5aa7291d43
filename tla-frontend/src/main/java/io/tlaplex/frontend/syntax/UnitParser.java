package io.tlaplex.frontend.syntax;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.syntax.Unit.Param;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses modules and their units: declarations, definitions, instances, assumptions, and
 * theorems (whose proofs are skipped). After a syntax error it reports the diagnostic and
 * resumes at the next line that starts a unit.
 */
final class UnitParser {
    private final Cursor c;
    private final ExprParser exprs;
    final ProofSkipper skipper;

    UnitParser(Cursor c) {
        this.c = c;
        this.skipper = new ProofSkipper(c);
        this.exprs = new ExprParser(c, this);
    }

    /** The outermost module, or null when its header is unusable (with a diagnostic). */
    Module parseTopModule() {
        try {
            return parseModule();
        } catch (ParseFailure f) {
            c.report(f.diagnostic);
            return null;
        }
    }

    private Module parseModule() {
        Token start = c.expect(TokenKind.SEPARATOR, "'----'");
        c.expect(TokenKind.MODULE, "'MODULE'");
        Ident name = exprs.forms.ident();
        if (!c.accept(TokenKind.SEPARATOR)) {
            c.report(c.failHere(DiagCode.E0110_EXPECTED_TOKEN,
                    "expected '----' after the module name but found " + c.describe(c.tok())).diagnostic);
        }
        List<Ident> extendsNames = List.of();
        if (c.accept(TokenKind.EXTENDS)) {
            extendsNames = exprs.forms.parseIdents();
        }
        List<Unit> units = new ArrayList<>();
        while (true) {
            Token t = c.tok();
            if (t.kind == TokenKind.END) {
                c.advance();
                break;
            }
            if (t.kind == TokenKind.EOF) {
                c.report(Diagnostic.error(DiagCode.E0114_MISSING_MODULE_END, name.span(),
                        "module '" + name.name() + "' is not closed by '===='"));
                break;
            }
            int before = c.mark();
            try {
                parseUnit(units);
                checkUnitEnd();
            } catch (ParseFailure f) {
                c.report(f.diagnostic);
                exprs.reset();
                if (c.mark() == before) {
                    c.advance();
                }
                skipper.skipToUnit(0);
            }
        }
        return new Module(name, extendsNames, List.copyOf(units), c.file, c.spanFrom(start));
    }

    private void checkUnitEnd() {
        Token t = c.tok();
        boolean ok = switch (t.kind) {
            case SEPARATOR, END, EOF, EXTENDS, VARIABLE, VARIABLES, CONSTANT, CONSTANTS, RECURSIVE, ASSUME,
                    ASSUMPTION, THEOREM, LEMMA, PROPOSITION, COROLLARY, AXIOM, USE, HIDE, LOCAL, INSTANCE -> true;
            case IDENT -> true;
            case OP -> t.firstOnLine && skipper.looksLikeDefinition();
            default -> false;
        };
        if (!ok) {
            throw c.failHere(DiagCode.E0111_UNEXPECTED_TOKEN, "unexpected " + c.describe(t));
        }
    }

    private void parseUnit(List<Unit> units) {
        Token t = c.tok();
        switch (t.kind) {
            case SEPARATOR -> {
                if (c.peek(1).kind == TokenKind.MODULE) {
                    Module m = parseModule();
                    units.add(new Unit.NestedModule(m, m.span()));
                } else {
                    c.advance();
                }
            }
            case VARIABLE, VARIABLES -> {
                c.advance();
                units.add(new Unit.Variables(exprs.forms.parseIdents(), c.spanFrom(t)));
            }
            case CONSTANT, CONSTANTS -> {
                c.advance();
                units.add(new Unit.Constants(parseParams(), c.spanFrom(t)));
            }
            case RECURSIVE -> units.add(parseRecursive());
            case ASSUME, ASSUMPTION -> {
                c.advance();
                Ident name = null;
                if (c.at(TokenKind.IDENT) && c.peek(1).kind == TokenKind.DEFEQ) {
                    name = exprs.forms.ident();
                    c.advance();
                }
                units.add(new Unit.Assume(name, exprs.parseExpr(), c.spanFrom(t)));
            }
            case THEOREM, LEMMA, PROPOSITION, COROLLARY, AXIOM -> units.add(parseTheorem());
            case USE, HIDE -> {
                c.advance();
                skipper.skipToUnit(0);
                units.add(new Unit.Theorem(null, c.spanFrom(t)));
            }
            case LOCAL -> {
                c.advance();
                units.add(c.at(TokenKind.INSTANCE) ? parseInstance(t, true) : parseDefinition(t, true));
            }
            case INSTANCE -> units.add(parseInstance(t, false));
            case EXTENDS -> throw c.failHere(DiagCode.E0111_UNEXPECTED_TOKEN,
                    "'EXTENDS' must come right after the module header");
            default -> units.add(parseDefinition(t, false));
        }
    }

    private Unit parseTheorem() {
        Token k = c.advance();
        Ident name = null;
        if (c.at(TokenKind.IDENT) && c.peek(1).kind == TokenKind.DEFEQ) {
            name = exprs.forms.ident();
            c.advance();
        }
        int depth = 0;
        Expr statement = null;
        if (c.at(TokenKind.ASSUME)) {
            c.advance();
            depth = 1;
        } else if (name != null) {
            statement = statementOrNull();
        }
        skipper.skipToUnit(depth);
        return new Unit.Theorem(name, statement, c.spanFrom(k));
    }

    /**
     * The statement of a named theorem when it parses as an expression that ends where its proof or
     * the next unit begins; otherwise null, with the position unchanged and no diagnostic (the
     * statement is skipped as proofs are).
     */
    private Expr statementOrNull() {
        int mark = c.mark();
        int diagnostics = c.diagnostics.size();
        c.limitAt(proofStart(mark));
        try {
            Expr e = exprs.parseExpr();
            if (c.kind() == TokenKind.OFFSIDE || c.kind() == TokenKind.EOF) {
                c.limitAt(Integer.MAX_VALUE);
                return e;
            }
        } catch (ParseFailure e) {
            // Not an expression we can use: skipped like the proof that follows.
        } finally {
            c.limitAt(Integer.MAX_VALUE);
        }
        c.reset(mark);
        while (c.diagnostics.size() > diagnostics) {
            c.diagnostics.remove(c.diagnostics.size() - 1);
        }
        return null;
    }

    /**
     * The index of the first token after {@code from} that cannot belong to a theorem's statement: a
     * proof keyword, a proof step label {@code <n>} at the start of a line, or a token in column 1.
     */
    private int proofStart(int from) {
        for (int i = from; ; i++) {
            Token t = c.peek(i - from);
            switch (t.kind) {
                case EOF, END, SEPARATOR, PROOF, BY, OBVIOUS, OMITTED -> {
                    return i;
                }
                default -> {
                    if (t.firstOnLine && (t.col == 1 || isStepLabel(i - from))) {
                        return i;
                    }
                }
            }
        }
    }

    private boolean isStepLabel(int ahead) {
        return c.peek(ahead).text.equals("<") && c.peek(ahead + 1).kind == TokenKind.NUMBER
                && c.peek(ahead + 2).text.startsWith(">");
    }

    private Unit parseRecursive() {
        Token k = c.advance();
        return new Unit.Recursive(parseParams(), c.spanFrom(k));
    }

    /** The definitions of a LET, up to (not including) {@code IN}. */
    List<Unit> parseLetDefinitions() {
        List<Unit> defs = new ArrayList<>(2);
        do {
            Token t = c.tok();
            switch (c.kind()) {
                case RECURSIVE -> defs.add(parseRecursive());
                case IDENT, OP, UNDERSCORE -> defs.add(parseDefinition(t, false));
                default -> throw c.failHere(DiagCode.E0119_BAD_DEFINITION,
                        "expected a definition but found " + c.describe(t));
            }
        } while (!c.at(TokenKind.IN) && c.kind() != TokenKind.OFFSIDE && c.kind() != TokenKind.EOF);
        return List.copyOf(defs);
    }

    /**
     * {@code Op == e}, {@code Op(p) == e}, {@code f[x \in S] == e}, {@code a ++ b == e},
     * {@code -. a == e}, {@code a ^+ == e}, or {@code I(p) == INSTANCE M}.
     */
    private Unit parseDefinition(Token start, boolean local) {
        Token t = c.tok();
        Token next = c.peek(1);
        if (c.kind() == TokenKind.IDENT) {
            switch (next.kind) {
                case DEFEQ -> {
                    Ident name = exprs.forms.ident();
                    c.advance();
                    return operatorBody(start, name, List.of(), local);
                }
                case LPAREN -> {
                    Ident name = exprs.forms.ident();
                    c.advance();
                    List<Param> params = parseParams();
                    c.expect(TokenKind.RPAREN, "',' or ')'");
                    c.expect(TokenKind.DEFEQ, "'=='");
                    return operatorBody(start, name, params, local);
                }
                case LBRACKET -> {
                    Ident name = exprs.forms.ident();
                    c.advance();
                    List<Expr.Bound> bounds = exprs.forms.parseBounds();
                    c.expect(TokenKind.RBRACKET, "',' or ']'");
                    c.expect(TokenKind.DEFEQ, "'=='");
                    return new Unit.FunctionDef(name, bounds, exprs.parseExpr(), local, c.spanFrom(start));
                }
                case OP -> {
                    return parseOperatorSymbolDefinition(start, local);
                }
                default -> throw c.fail(DiagCode.E0110_EXPECTED_TOKEN, next,
                        "expected '==' after " + c.describe(t) + " but found " + c.describe(next));
            }
        }
        if (c.kind() == TokenKind.OP && Operators.prefix(prefixSymbol(t.text)) != null
                && next.kind == TokenKind.IDENT && c.peek(2).kind == TokenKind.DEFEQ) {
            c.advance();
            Ident param = exprs.forms.ident();
            c.advance();
            Ident name = new Ident(prefixSymbol(t.text), c.span(t));
            return operatorBody(start, name, List.of(new Param(param, 0)), local);
        }
        throw c.failHere(DiagCode.E0119_BAD_DEFINITION,
                "expected a definition or declaration but found " + c.describe(t));
    }

    private Unit parseOperatorSymbolDefinition(Token start, boolean local) {
        Ident left = exprs.forms.ident();
        Token op = c.tok();
        if (Operators.postfix(op.text) != null && c.peek(1).kind == TokenKind.DEFEQ) {
            c.advance();
            c.advance();
            return operatorBody(start, new Ident(op.text, c.span(op)), List.of(new Param(left, 0)), local);
        }
        if (Operators.infix(op.text) != null && c.peek(1).kind == TokenKind.IDENT
                && c.peek(2).kind == TokenKind.DEFEQ) {
            c.advance();
            Ident right = exprs.forms.ident();
            c.advance();
            List<Param> params = List.of(new Param(left, 0), new Param(right, 0));
            return operatorBody(start, new Ident(op.text, c.span(op)), params, local);
        }
        throw c.fail(DiagCode.E0110_EXPECTED_TOKEN, op,
                "expected '==' after " + c.describe(c.prev()) + " but found " + c.describe(op));
    }

    private Unit operatorBody(Token start, Ident name, List<Param> params, boolean local) {
        if (c.at(TokenKind.INSTANCE)) {
            Unit.Instance instance = parseInstance(c.tok(), local);
            return new Unit.InstanceDef(name, params, instance, local, c.spanFrom(start));
        }
        return new Unit.OperatorDef(name, params, exprs.parseExpr(), local, c.spanFrom(start));
    }

    private static String prefixSymbol(String symbol) {
        return symbol.equals("-") ? "-." : symbol;
    }

    /** {@code INSTANCE M WITH a <- e, + <- Plus}. */
    private Unit.Instance parseInstance(Token start, boolean local) {
        c.expect(TokenKind.INSTANCE, "'INSTANCE'");
        Ident module = exprs.forms.ident();
        List<Unit.Substitution> subs = new ArrayList<>();
        if (c.accept(TokenKind.WITH)) {
            do {
                Token t = c.tok();
                String target = t.kind == TokenKind.IDENT ? t.text : exprs.currentSymbol();
                if (target == null) {
                    throw c.failHere(DiagCode.E0110_EXPECTED_TOKEN,
                            "expected a name to substitute but found " + c.describe(t));
                }
                c.advance();
                c.expect(TokenKind.LARROW, "'<-'");
                subs.add(new Unit.Substitution(new Ident(target, c.span(t)), exprs.parseArgument()));
            } while (c.accept(TokenKind.COMMA));
        }
        return new Unit.Instance(module, List.copyOf(subs), local, c.spanFrom(start));
    }

    /** Comma-separated parameters: {@code x}, {@code F(_, _)}, {@code _ + _}, {@code -. _}, {@code _ ^+}. */
    private List<Param> parseParams() {
        List<Param> params = new ArrayList<>(2);
        do {
            params.add(parseParam());
        } while (c.accept(TokenKind.COMMA));
        return List.copyOf(params);
    }

    private Param parseParam() {
        Token t = c.tok();
        switch (c.kind()) {
            case IDENT -> {
                Ident name = exprs.forms.ident();
                if (!c.accept(TokenKind.LPAREN)) {
                    return new Param(name, 0);
                }
                int arity = 0;
                do {
                    c.expect(TokenKind.UNDERSCORE, "'_'");
                    arity++;
                } while (c.accept(TokenKind.COMMA));
                c.expect(TokenKind.RPAREN, "',' or ')'");
                return new Param(name, arity);
            }
            case UNDERSCORE -> {
                c.advance();
                Token op = c.tok();
                if (c.kind() == TokenKind.OP && Operators.postfix(op.text) != null) {
                    c.advance();
                    return new Param(new Ident(op.text, c.span(op)), 1);
                }
                if (c.kind() == TokenKind.OP && Operators.infix(op.text) != null) {
                    c.advance();
                    c.expect(TokenKind.UNDERSCORE, "'_'");
                    return new Param(new Ident(op.text, c.span(op)), 2);
                }
                throw c.failHere(DiagCode.E0110_EXPECTED_TOKEN,
                        "expected an infix or postfix operator after '_' but found " + c.describe(op));
            }
            case OP -> {
                if (Operators.prefix(prefixSymbol(t.text)) != null) {
                    c.advance();
                    c.expect(TokenKind.UNDERSCORE, "'_'");
                    return new Param(new Ident(prefixSymbol(t.text), c.span(t)), 1);
                }
            }
            default -> {
            }
        }
        throw c.failHere(DiagCode.E0110_EXPECTED_TOKEN, "expected a parameter name but found " + c.describe(t));
    }
}
