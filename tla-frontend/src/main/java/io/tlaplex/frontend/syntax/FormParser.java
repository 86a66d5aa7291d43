package io.tlaplex.frontend.syntax;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.syntax.Expr.Bound;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the bracketed and binding forms of expressions: sets, functions, records, tuples,
 * actions, EXCEPT, IF, CASE, LET, quantifiers, CHOOSE, LAMBDA and labels.
 */
final class FormParser {
    private static final int MAX_SCAN = 20_000;

    private final Cursor c;
    private final ExprParser exprs;
    private final UnitParser units;

    FormParser(Cursor c, ExprParser exprs, UnitParser units) {
        this.c = c;
        this.exprs = exprs;
        this.units = units;
    }

    /** {@code {a, b}}, {@code {x \in S : p}}, {@code {e : x \in S}}. */
    Expr parseBrace() {
        Token open = c.advance();
        int saved = c.setOffsideCol(0);
        try {
            if (c.accept(TokenKind.RBRACE)) {
                return new Expr.SetEnum(List.of(), c.spanFrom(open));
            }
            if (atBoundStart() && aheadInBracket(TokenKind.COLON)) {
                Bound bound = parseBound();
                c.expect(TokenKind.COLON, "':'");
                Expr pred = exprs.parseExpr();
                c.expect(TokenKind.RBRACE, "'}'");
                return new Expr.SetFilter(bound, pred, c.spanFrom(open));
            }
            Expr first = exprs.parseExpr();
            if (c.accept(TokenKind.COLON)) {
                List<Bound> bounds = parseBounds();
                c.expect(TokenKind.RBRACE, "'}'");
                return new Expr.SetMap(first, bounds, c.spanFrom(open));
            }
            List<Expr> elements = new ArrayList<>(4);
            elements.add(first);
            while (c.accept(TokenKind.COMMA)) {
                elements.add(exprs.parseExpr());
            }
            c.expect(TokenKind.RBRACE, "',' or '}'");
            return new Expr.SetEnum(List.copyOf(elements), c.spanFrom(open));
        } finally {
            c.setOffsideCol(saved);
        }
    }

    /** {@code [A]_v}, {@code [x \in S |-> e]}, {@code [S -> T]}, records, record sets and EXCEPT. */
    Expr parseBracket() {
        Token open = c.advance();
        int saved = c.setOffsideCol(0);
        try {
            if (c.at(TokenKind.IDENT) && c.peek(1).kind == TokenKind.MAPSTO) {
                return new Expr.RecordCons(parseFields(TokenKind.MAPSTO), c.spanFrom(open));
            }
            if (c.at(TokenKind.IDENT) && c.peek(1).kind == TokenKind.COLON) {
                return new Expr.RecordSet(parseFields(TokenKind.COLON), c.spanFrom(open));
            }
            if (atBoundStart() && aheadInBracket(TokenKind.MAPSTO)) {
                List<Bound> bounds = parseBounds();
                c.expect(TokenKind.MAPSTO, "'|->'");
                Expr body = exprs.parseExpr();
                c.expect(TokenKind.RBRACKET, "']'");
                return new Expr.FnCons(bounds, body, c.spanFrom(open));
            }
            Expr e = exprs.parseExpr();
            switch (c.kind()) {
                case ARROW -> {
                    c.advance();
                    Expr range = exprs.parseExpr();
                    c.expect(TokenKind.RBRACKET, "']'");
                    return new Expr.FnSet(e, range, c.spanFrom(open));
                }
                case EXCEPT -> {
                    return parseExcept(open, e);
                }
                case RBRACKET_SUB -> {
                    c.advance();
                    c.setOffsideCol(saved);
                    Expr sub = parseSubscript();
                    return new Expr.BoxAction(e, sub, c.spanFrom(open));
                }
                default -> throw c.failHere(DiagCode.E0110_EXPECTED_TOKEN,
                        "expected '->', 'EXCEPT' or ']_' but found " + c.describe(c.tok()));
            }
        } finally {
            c.setOffsideCol(saved);
        }
    }

    private List<Expr.Field> parseFields(TokenKind separator) {
        List<Expr.Field> fields = new ArrayList<>(4);
        do {
            Token name = c.expect(TokenKind.IDENT, "a field name");
            c.expect(separator, separator == TokenKind.MAPSTO ? "'|->'" : "':'");
            fields.add(new Expr.Field(new Ident(name.text, c.span(name)), exprs.parseExpr()));
        } while (c.accept(TokenKind.COMMA));
        c.expect(TokenKind.RBRACKET, "',' or ']'");
        return List.copyOf(fields);
    }

    private Expr parseExcept(Token open, Expr fn) {
        c.advance();
        List<Expr.ExceptUpdate> updates = new ArrayList<>(2);
        do {
            c.expect(TokenKind.BANG, "'!'");
            List<Expr.ExceptStep> path = new ArrayList<>(2);
            while (true) {
                if (c.accept(TokenKind.DOT)) {
                    Token name = c.expect(TokenKind.IDENT, "a field name after '.'");
                    path.add(new Expr.FieldStep(new Ident(name.text, c.span(name))));
                } else if (c.accept(TokenKind.LBRACKET)) {
                    List<Expr> args = exprs.parseList();
                    c.expect(TokenKind.RBRACKET, "',' or ']'");
                    path.add(new Expr.IndexStep(args));
                } else {
                    break;
                }
            }
            if (path.isEmpty()) {
                throw c.failHere(DiagCode.E0110_EXPECTED_TOKEN,
                        "expected '.' or '[' after '!' but found " + c.describe(c.tok()));
            }
            if (!c.atOp("=")) {
                throw c.failHere(DiagCode.E0110_EXPECTED_TOKEN, "expected '=' but found " + c.describe(c.tok()));
            }
            c.advance();
            updates.add(new Expr.ExceptUpdate(List.copyOf(path), exprs.parseExpr()));
        } while (c.accept(TokenKind.COMMA));
        c.expect(TokenKind.RBRACKET, "',' or ']'");
        return new Expr.Except(fn, List.copyOf(updates), c.spanFrom(open));
    }

    /** {@code <<a, b>>} or {@code <<A>>_v}. */
    Expr parseAngle() {
        Token open = c.advance();
        int saved = c.setOffsideCol(0);
        try {
            if (c.accept(TokenKind.RANGLE)) {
                return new Expr.Tuple(List.of(), c.spanFrom(open));
            }
            List<Expr> elements = exprs.parseList();
            if (c.at(TokenKind.RANGLE_SUB) && elements.size() == 1) {
                c.advance();
                c.setOffsideCol(saved);
                Expr sub = parseSubscript();
                return new Expr.AngleAction(elements.get(0), sub, c.spanFrom(open));
            }
            c.expect(TokenKind.RANGLE, "',' or '>>'");
            return new Expr.Tuple(List.copyOf(elements), c.spanFrom(open));
        } finally {
            c.setOffsideCol(saved);
        }
    }

    /** The subscript after {@code ]_}, {@code >>_}, {@code WF_} or {@code SF_}: a name or a bracketed expression. */
    private Expr parseSubscript() {
        Token t = c.tok();
        if (c.at(TokenKind.IDENT)) {
            List<Expr.PrefixPart> prefix = new ArrayList<>(1);
            Token name = c.advance();
            while (c.at(TokenKind.BANG) && c.peek(1).kind == TokenKind.IDENT) {
                prefix.add(new Expr.PrefixPart(new Ident(name.text, c.span(name)), List.of()));
                c.advance();
                name = c.advance();
            }
            return new Expr.OpApp(List.copyOf(prefix), new Ident(name.text, c.span(name)), List.of(), c.spanFrom(t));
        }
        return switch (c.kind()) {
            case LANGLE -> parseAngle();
            case LPAREN, LBRACE, LBRACKET -> parseBracketed();
            default -> throw c.failHere(DiagCode.E0110_EXPECTED_TOKEN,
                    "expected a subscript (a name, '<<', or '(') but found " + c.describe(t));
        };
    }

    private Expr parseBracketed() {
        return switch (c.kind()) {
            case LBRACE -> parseBrace();
            case LBRACKET -> parseBracket();
            default -> {
                c.advance();
                int saved = c.setOffsideCol(0);
                try {
                    Expr e = exprs.parseExpr();
                    c.expect(TokenKind.RPAREN, "')'");
                    yield e;
                } finally {
                    c.setOffsideCol(saved);
                }
            }
        };
    }

    /** {@code WF_v(A)} or {@code SF_v(A)}. */
    Expr parseFairness() {
        Token k = c.advance();
        Expr sub = parseSubscript();
        c.expect(TokenKind.LPAREN, "'('");
        int saved = c.setOffsideCol(0);
        try {
            Expr action = exprs.parseExpr();
            c.expect(TokenKind.RPAREN, "')'");
            return new Expr.Fairness(k.kind == TokenKind.SF, sub, action, c.spanFrom(k));
        } finally {
            c.setOffsideCol(saved);
        }
    }

    Expr parseIf() {
        Token k = c.advance();
        Expr cond = exprs.parseExpr();
        c.expect(TokenKind.THEN, "'THEN'");
        Expr then = exprs.parseExpr();
        c.expect(TokenKind.ELSE, "'ELSE'");
        Expr otherwise = exprs.parseExpr();
        return new Expr.If(cond, then, otherwise, c.spanFrom(k));
    }

    Expr parseCase() {
        Token k = c.advance();
        List<Expr.CaseArm> arms = new ArrayList<>(4);
        Expr other = null;
        do {
            if (!arms.isEmpty() && c.accept(TokenKind.OTHER)) {
                c.expect(TokenKind.ARROW, "'->'");
                other = exprs.parseExpr();
                break;
            }
            Expr guard = exprs.parseExpr();
            c.expect(TokenKind.ARROW, "'->'");
            arms.add(new Expr.CaseArm(guard, exprs.parseExpr()));
        } while (acceptBox());
        return new Expr.Case(List.copyOf(arms), other, c.spanFrom(k));
    }

    private boolean acceptBox() {
        if (c.atOp("[]")) {
            c.advance();
            return true;
        }
        return false;
    }

    Expr parseLet() {
        Token k = c.advance();
        List<Unit> defs = units.parseLetDefinitions();
        c.expect(TokenKind.IN, "'IN'");
        Expr body = exprs.parseExpr();
        return new Expr.Let(defs, body, c.spanFrom(k));
    }

    /** {@code \A x \in S, <<y, z>> \in T : p} or {@code \E x, y : p}. */
    Expr parseQuantifier() {
        Token k = c.advance();
        boolean exists = k.kind == TokenKind.EXISTS;
        if (c.at(TokenKind.LANGLE)) {
            List<Bound> bounds = parseBounds();
            c.expect(TokenKind.COLON, "':'");
            return new Expr.Quant(exists, bounds, exprs.parseExpr(), c.spanFrom(k));
        }
        List<Ident> names = parseIdents();
        if (c.atOp("\\in")) {
            c.advance();
            List<Bound> bounds = new ArrayList<>(2);
            bounds.add(new Bound(names, false, exprs.parseExpr()));
            while (c.accept(TokenKind.COMMA)) {
                bounds.add(parseBound());
            }
            c.expect(TokenKind.COLON, "':'");
            return new Expr.Quant(exists, List.copyOf(bounds), exprs.parseExpr(), c.spanFrom(k));
        }
        c.expect(TokenKind.COLON, "'\\in' or ':'");
        return new Expr.UnboundedQuant(exists, names, exprs.parseExpr(), c.spanFrom(k));
    }

    Expr parseTemporalQuantifier() {
        Token k = c.advance();
        List<Ident> names = parseIdents();
        c.expect(TokenKind.COLON, "':'");
        return new Expr.TemporalQuant(k.kind == TokenKind.TEXISTS, names, exprs.parseExpr(), c.spanFrom(k));
    }

    /** {@code CHOOSE x : p}, {@code CHOOSE x \in S : p}, {@code CHOOSE <<x, y>> \in S : p}. */
    Expr parseChoose() {
        Token k = c.advance();
        boolean tuple = c.accept(TokenKind.LANGLE);
        List<Ident> names = tuple ? parseIdents() : List.of(ident());
        if (tuple) {
            c.expect(TokenKind.RANGLE, "',' or '>>'");
        }
        Expr set = null;
        if (c.atOp("\\in")) {
            c.advance();
            set = exprs.parseExpr();
        }
        c.expect(TokenKind.COLON, "':'");
        return new Expr.Choose(names, tuple, set, exprs.parseExpr(), c.spanFrom(k));
    }

    Expr parseLambda() {
        Token k = c.advance();
        List<Ident> params = parseIdents();
        c.expect(TokenKind.COLON, "':'");
        return new Expr.Lambda(params, exprs.parseExpr(), c.spanFrom(k));
    }

    /** {@code lbl:: e} or {@code lbl(p, q):: e}. */
    Expr parseLabel() {
        Token first = c.tok();
        Ident name = ident();
        List<Ident> params = List.of();
        if (c.accept(TokenKind.LPAREN)) {
            params = parseIdents();
            c.expect(TokenKind.RPAREN, "')'");
        }
        c.expect(TokenKind.COLONCOLON, "'::'");
        return new Expr.Label(name, params, exprs.parseExpr(), c.spanFrom(first));
    }

    /**
     * True when {@code wanted} occurs before the bracket enclosing the cursor closes, outside any
     * nested bracket: it tells {@code {x \in S : p}} from {@code {x \in S}} without parsing twice.
     */
    private boolean aheadInBracket(TokenKind wanted) {
        int depth = 0;
        for (int i = 0; i < MAX_SCAN; i++) {
            Token t = c.peek(i);
            switch (t.kind) {
                case LPAREN, LBRACKET, LBRACE, LANGLE -> depth++;
                case RPAREN, RBRACKET, RBRACKET_SUB, RBRACE, RANGLE, RANGLE_SUB -> {
                    if (depth == 0) {
                        return false;
                    }
                    depth--;
                }
                case EOF, END, SEPARATOR -> {
                    return false;
                }
                default -> {
                    if (depth == 0 && t.kind == wanted) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True at {@code x \in}, {@code x, y \in} or {@code <<x, y>> \in}. */
    boolean atBoundStart() {
        int i = 0;
        boolean tuple = c.peek(0).kind == TokenKind.LANGLE;
        if (tuple) {
            i = 1;
        }
        while (c.peek(i).kind == TokenKind.IDENT) {
            TokenKind next = c.peek(i + 1).kind;
            if (next == TokenKind.COMMA) {
                i += 2;
                continue;
            }
            if (tuple) {
                return next == TokenKind.RANGLE && c.peek(i + 2).isOp("\\in");
            }
            return c.peek(i + 1).isOp("\\in");
        }
        return false;
    }

    /** Comma-separated bounds, as in a quantifier or function constructor. */
    List<Bound> parseBounds() {
        List<Bound> bounds = new ArrayList<>(2);
        bounds.add(parseBound());
        while (c.accept(TokenKind.COMMA)) {
            bounds.add(parseBound());
        }
        return List.copyOf(bounds);
    }

    /** {@code x, y \in S} or {@code <<x, y>> \in S}. */
    Bound parseBound() {
        boolean tuple = c.accept(TokenKind.LANGLE);
        List<Ident> names = parseIdents();
        if (tuple) {
            c.expect(TokenKind.RANGLE, "',' or '>>'");
        }
        if (!c.atOp("\\in")) {
            throw c.failHere(DiagCode.E0110_EXPECTED_TOKEN, "expected '\\in' but found " + c.describe(c.tok()));
        }
        c.advance();
        return new Bound(names, tuple, exprs.parseExpr());
    }

    List<Ident> parseIdents() {
        List<Ident> names = new ArrayList<>(2);
        names.add(ident());
        while (c.at(TokenKind.COMMA) && c.peek(1).kind == TokenKind.IDENT) {
            c.advance();
            names.add(ident());
        }
        return List.copyOf(names);
    }

    Ident ident() {
        Token t = c.expect(TokenKind.IDENT, "a name");
        return new Ident(t.text, c.span(t));
    }
}
