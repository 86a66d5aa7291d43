package io.tlaplex.frontend.syntax;

/**
 * Skips tokens up to the start of the next unit: used for theorem statements and proofs, which
 * the model checker ignores, and to resume after a syntax error. A unit starts at a line that
 * begins with a declaration keyword, or in column 1 with a definition, ASSUME, USE or HIDE.
 */
final class ProofSkipper {
    private static final int MAX_LOOKAHEAD = 400;

    private final Cursor c;

    ProofSkipper(Cursor c) {
        this.c = c;
    }

    /**
     * Skips to the next unit, {@code ----}, {@code ====} or end of file. {@code assumeDepth} counts
     * the open {@code ASSUME}s still waiting for their {@code PROVE}; inside one nothing ends the skip
     * but a separator or the module end.
     */
    void skipToUnit(int assumeDepth) {
        int depth = assumeDepth;
        while (true) {
            Token t = c.tok();
            if (t.kind == TokenKind.EOF || t.kind == TokenKind.END || t.kind == TokenKind.SEPARATOR) {
                return;
            }
            if (depth == 0 && startsUnit(t)) {
                return;
            }
            if (t.kind == TokenKind.ASSUME) {
                depth++;
            } else if (t.kind == TokenKind.PROVE && depth > 0) {
                depth--;
            }
            c.advance();
        }
    }

    private boolean startsUnit(Token t) {
        if (!t.firstOnLine) {
            return false;
        }
        switch (t.kind) {
            case THEOREM, LEMMA, PROPOSITION, COROLLARY, AXIOM, CONSTANT, CONSTANTS, VARIABLE, VARIABLES, RECURSIVE,
                    LOCAL -> {
                return true;
            }
            case ASSUME, ASSUMPTION, USE, HIDE, INSTANCE -> {
                return t.col == 1;
            }
            case IDENT, OP -> {
                return t.col == 1 && looksLikeDefinition();
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * True when the tokens at the cursor read as the left side of a definition: {@code Op ==},
     * {@code Op(...) ==}, {@code f[...] ==}, {@code a ++ b ==}, {@code a ^+ ==} or {@code -. a ==}.
     */
    boolean looksLikeDefinition() {
        Token t = c.peek(0);
        Token n = c.peek(1);
        if (t.kind == TokenKind.OP) {
            return n.kind == TokenKind.IDENT && c.peek(2).kind == TokenKind.DEFEQ;
        }
        if (t.kind != TokenKind.IDENT) {
            return false;
        }
        switch (n.kind) {
            case DEFEQ -> {
                return true;
            }
            case LPAREN -> {
                return closesThenDefines(TokenKind.LPAREN, TokenKind.RPAREN);
            }
            case LBRACKET -> {
                return closesThenDefines(TokenKind.LBRACKET, TokenKind.RBRACKET);
            }
            case OP -> {
                Token after = c.peek(2);
                return after.kind == TokenKind.DEFEQ
                        || after.kind == TokenKind.IDENT && c.peek(3).kind == TokenKind.DEFEQ;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean closesThenDefines(TokenKind open, TokenKind close) {
        int depth = 0;
        for (int i = 1; i < MAX_LOOKAHEAD; i++) {
            Token t = c.peek(i);
            if (t.kind == open) {
                depth++;
            } else if (t.kind == close) {
                depth--;
                if (depth == 0) {
                    return c.peek(i + 1).kind == TokenKind.DEFEQ;
                }
            } else if (t.kind == TokenKind.EOF) {
                return false;
            }
        }
        return false;
    }
}
