package io.tlaplex.frontend.syntax;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.syntax.Expr.OpApp;
import io.tlaplex.frontend.syntax.Expr.PrefixPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses expressions: operators with SANY's precedence ranges (an operator-precedence parser
 * over one shared stack, so that conflicts are reported as SANY does), bulleted lists and the
 * atomic forms. Bracketed and binding forms live in {@link FormParser}.
 */
final class ExprParser {
    private static final int MAX_DEPTH = 300;

    private final Cursor c;
    final FormParser forms;
    private final ProofSkipper skipper;
    private Expr[] vals = new Expr[32];
    private boolean[] openProduct = new boolean[32];
    private int vtop;
    private Operators.Info[] ops = new Operators.Info[32];
    private Token[] opTokens = new Token[32];
    private int otop;
    private int depth;

    ExprParser(Cursor c, UnitParser units) {
        this.c = c;
        this.forms = new FormParser(c, this, units);
        this.skipper = units.skipper;
    }

    /** Forgets partial state after a syntax error has unwound the parser. */
    void reset() {
        vtop = 0;
        otop = 0;
        depth = 0;
        c.setOffsideCol(0);
    }

    /** A whole expression: as far right as the operators, the brackets and the bullet columns allow. */
    Expr parseExpr() {
        if (++depth > MAX_DEPTH) {
            throw c.failHere(DiagCode.E0111_UNEXPECTED_TOKEN, "expression nested too deeply");
        }
        int ob = otop;
        try {
            while (true) {
                while (pushPrefixOperator()) {
                    // Prefix operators wait on the stack for their operand.
                }
                pushVal(parsePostfix(parsePrimary(), ob), false);
                Token t = c.tok();
                Operators.Info infix = c.kind() == TokenKind.OP ? Operators.infix(t.text) : null;
                if (infix == null) {
                    break;
                }
                reduceBefore(infix, t, ob);
                pushOp(infix, t);
                c.advance();
            }
            while (otop > ob) {
                reduceTop();
            }
            return vals[--vtop];
        } finally {
            depth--;
        }
    }

    /** An operator argument: an expression, a LAMBDA, or an operator symbol such as {@code +}. */
    Expr parseArgument() {
        if (c.at(TokenKind.LAMBDA)) {
            return forms.parseLambda();
        }
        Token t = c.tok();
        TokenKind next = c.peek(1).kind;
        String symbol = next == TokenKind.COMMA || next == TokenKind.RPAREN ? currentSymbol() : null;
        if (symbol != null) {
            c.advance();
            return new OpApp(new Ident(symbol, c.span(t)), List.of(), c.span(t));
        }
        return parseExpr();
    }

    /** The operator symbol the current token names when it stands alone (an argument, a substitution target). */
    String currentSymbol() {
        Token t = c.tok();
        return switch (c.kind()) {
            case OP -> Operators.isOperator(t.text) ? t.text : null;
            case ENABLED, UNCHANGED, SUBSET, UNION, DOMAIN -> t.text;
            default -> null;
        };
    }

    private boolean pushPrefixOperator() {
        Token t = c.tok();
        String symbol = switch (c.kind()) {
            case OP -> switch (t.text) {
                case "-", "-." -> "-.";
                case "~", "[]", "<>" -> t.text;
                default -> null;
            };
            case ENABLED, UNCHANGED, SUBSET, UNION, DOMAIN -> t.text;
            default -> null;
        };
        if (symbol == null) {
            return false;
        }
        pushOp(Operators.prefix(symbol), t);
        c.advance();
        return true;
    }

    private void reduceBefore(Operators.Info right, Token rightToken, int ob) {
        while (otop > ob) {
            Operators.Info left = ops[otop - 1];
            boolean same = left.symbol().equals(right.symbol()) && left.fixity() == Operators.Fixity.INFIX;
            if (left.bindsBefore(right) || same && left.leftAssociative()) {
                reduceTop();
            } else if (left.yieldsTo(right)) {
                return;
            } else if (same) {
                throw c.fail(DiagCode.E0117_NONASSOCIATIVE_OPERATOR, rightToken,
                        c.describe(rightToken) + " is not associative: add parentheses");
            } else {
                throw conflict(opTokens[otop - 1], rightToken);
            }
        }
    }

    private ParseFailure conflict(Token left, Token right) {
        return c.fail(DiagCode.E0118_PRECEDENCE_CONFLICT, right, "precedence conflict between "
                + c.describe(left) + " and " + c.describe(right) + ": add parentheses");
    }

    private void reduceTop() {
        Operators.Info op = ops[--otop];
        Token opToken = opTokens[otop];
        Ident name = new Ident(op.symbol(), c.span(opToken));
        if (op.fixity() == Operators.Fixity.PREFIX) {
            Expr operand = vals[vtop - 1];
            vals[vtop - 1] = new OpApp(name, List.of(operand), c.span(opToken).to(operand.span()));
            openProduct[vtop - 1] = false;
            return;
        }
        Expr right = vals[--vtop];
        Expr left = vals[vtop - 1];
        SourceSpan span = left.span().to(right.span());
        if (op.symbol().equals("\\X")) {
            List<Expr> factors = new ArrayList<>();
            if (openProduct[vtop - 1]) {
                factors.addAll(((Expr.CrossProduct) left).factors());
            } else {
                factors.add(left);
            }
            factors.add(right);
            vals[vtop - 1] = new Expr.CrossProduct(List.copyOf(factors), span);
            openProduct[vtop - 1] = true;
        } else {
            vals[vtop - 1] = new OpApp(name, List.of(left, right), span);
            openProduct[vtop - 1] = false;
        }
    }

    private void pushVal(Expr e, boolean open) {
        if (vtop == vals.length) {
            vals = Arrays.copyOf(vals, vtop * 2);
            openProduct = Arrays.copyOf(openProduct, vtop * 2);
        }
        vals[vtop] = e;
        openProduct[vtop++] = open;
    }

    private void pushOp(Operators.Info op, Token t) {
        if (otop == ops.length) {
            ops = Arrays.copyOf(ops, otop * 2);
            opTokens = Arrays.copyOf(opTokens, otop * 2);
        }
        ops[otop] = op;
        opTokens[otop++] = t;
    }

    /** Function application, record fields and postfix operators, applied left to right. */
    private Expr parsePostfix(Expr e, int ob) {
        while (true) {
            Token t = c.tok();
            switch (c.kind()) {
                case LBRACKET -> {
                    c.advance();
                    int saved = c.setOffsideCol(0);
                    try {
                        List<Expr> args = parseList();
                        c.expect(TokenKind.RBRACKET, "',' or ']'");
                        e = new Expr.FnApp(e, args, c.spanFrom(e.span()));
                    } finally {
                        c.setOffsideCol(saved);
                    }
                }
                case DOT -> {
                    c.advance();
                    Token field = c.expect(TokenKind.IDENT, "a field name after '.'");
                    e = new Expr.FieldAccess(e, new Ident(field.text, c.span(field)), c.spanFrom(e.span()));
                }
                case OP -> {
                    Operators.Info post = Operators.postfix(t.text);
                    if (post == null) {
                        return e;
                    }
                    if (otop > ob && !ops[otop - 1].yieldsTo(post)) {
                        throw conflict(opTokens[otop - 1], t);
                    }
                    c.advance();
                    e = new OpApp(new Ident(post.symbol(), c.span(t)), List.of(e), c.spanFrom(e.span()));
                }
                default -> {
                    return e;
                }
            }
        }
    }

    /** Comma-separated expressions; the caller expects the closing token. */
    List<Expr> parseList() {
        List<Expr> items = new ArrayList<>(4);
        items.add(parseExpr());
        while (c.accept(TokenKind.COMMA)) {
            items.add(parseExpr());
        }
        return items;
    }

    private Expr parsePrimary() {
        Token t = c.tok();
        switch (c.kind()) {
            case IDENT:
                if (t.firstOnLine && skipper.looksLikeDefinition()) {
                    throw c.failHere(DiagCode.E0112_EXPECTED_EXPRESSION,
                            "expected an expression but found the definition of " + c.describe(t));
                }
                return parseName();
            case NUMBER:
                c.advance();
                return new Expr.NumberLit(t.number, c.span(t));
            case DECIMAL:
                c.advance();
                return new Expr.DecimalLit(t.text, c.span(t));
            case STRING:
                c.advance();
                return new Expr.StringLit(t.text, c.span(t));
            case AT:
                c.advance();
                return new Expr.At(c.span(t));
            case LPAREN:
                return parseParenthesized();
            case OP:
                if (t.text.equals("/\\") || t.text.equals("\\/")) {
                    return parseJunction();
                }
                break;
            case WF:
            case SF:
                return forms.parseFairness();
            case LBRACE:
                return forms.parseBrace();
            case LBRACKET:
                return forms.parseBracket();
            case LANGLE:
                return forms.parseAngle();
            case IF:
                return forms.parseIf();
            case CASE:
                return forms.parseCase();
            case LET:
                return forms.parseLet();
            case FORALL:
            case EXISTS:
                return forms.parseQuantifier();
            case TFORALL:
            case TEXISTS:
                return forms.parseTemporalQuantifier();
            case CHOOSE:
                return forms.parseChoose();
            case LAMBDA:
                return forms.parseLambda();
            case OFFSIDE:
                throw c.fail(DiagCode.E0116_BAD_JUNCTION_ALIGNMENT, t, "expected an expression but found "
                        + c.describe(t) + ", which is not right of the bulleted list at column " + c.offsideCol());
            default:
                break;
        }
        throw c.failHere(DiagCode.E0112_EXPECTED_EXPRESSION, "expected an expression but found " + c.describe(t));
    }

    private Expr parseParenthesized() {
        c.advance();
        int saved = c.setOffsideCol(0);
        try {
            Expr e = parseExpr();
            c.expect(TokenKind.RPAREN, "')'");
            return e;
        } finally {
            c.setOffsideCol(saved);
        }
    }

    /** {@code Op}, {@code Op(args)}, {@code I(x)!M!Op(args)} or a label {@code lbl(p):: e}. */
    private Expr parseName() {
        Token first = c.tok();
        if (isLabel()) {
            return forms.parseLabel();
        }
        List<PrefixPart> prefix = List.of();
        Token nameToken = c.advance();
        Ident name = new Ident(nameToken.text, c.span(nameToken));
        List<Expr> args = c.at(TokenKind.LPAREN) ? parseArgs() : List.of();
        while (c.at(TokenKind.BANG)) {
            if (prefix.isEmpty()) {
                prefix = new ArrayList<>(2);
            }
            prefix.add(new PrefixPart(name, args));
            c.advance();
            Token n = c.tok();
            String symbol = n.kind == TokenKind.IDENT ? n.text : currentSymbol();
            if (symbol == null) {
                throw c.failHere(DiagCode.E0110_EXPECTED_TOKEN,
                        "expected an operator name after '!' but found " + c.describe(n));
            }
            c.advance();
            name = new Ident(symbol, c.span(n));
            args = c.at(TokenKind.LPAREN) ? parseArgs() : List.of();
        }
        return new OpApp(prefix.isEmpty() ? prefix : List.copyOf(prefix), name, args, c.spanFrom(first));
    }

    private boolean isLabel() {
        TokenKind next = c.peek(1).kind;
        if (next == TokenKind.COLONCOLON) {
            return true;
        }
        if (next != TokenKind.LPAREN) {
            return false;
        }
        int i = 2;
        while (c.peek(i).kind == TokenKind.IDENT) {
            TokenKind after = c.peek(i + 1).kind;
            if (after == TokenKind.RPAREN) {
                return c.peek(i + 2).kind == TokenKind.COLONCOLON;
            }
            if (after != TokenKind.COMMA) {
                return false;
            }
            i += 2;
        }
        return false;
    }

    /** {@code (a, b)} after an operator name. */
    List<Expr> parseArgs() {
        c.advance();
        int saved = c.setOffsideCol(0);
        try {
            List<Expr> args = new ArrayList<>(4);
            args.add(parseArgument());
            while (c.accept(TokenKind.COMMA)) {
                args.add(parseArgument());
            }
            c.expect(TokenKind.RPAREN, "',' or ')'");
            return args;
        } finally {
            c.setOffsideCol(saved);
        }
    }

    /**
     * A bulleted list: bullets of one kind aligned in one column. Each item ends at the first
     * token at or left of that column.
     */
    private Expr parseJunction() {
        Token first = c.tok();
        boolean conj = first.text.equals("/\\");
        List<Expr> items = new ArrayList<>(4);
        while (true) {
            c.advance();
            int saved = c.setOffsideCol(first.alignCol);
            try {
                items.add(parseExpr());
            } finally {
                c.setOffsideCol(saved);
            }
            Token t = c.tok();
            if (t.kind != TokenKind.OP || t.alignCol != first.alignCol || !t.text.equals(first.text)) {
                break;
            }
        }
        return new Expr.Junction(conj, List.copyOf(items), c.spanFrom(first));
    }
}
