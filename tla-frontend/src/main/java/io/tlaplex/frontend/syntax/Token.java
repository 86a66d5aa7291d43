package io.tlaplex.frontend.syntax;

import java.math.BigInteger;

/**
 * One token with its place. {@code text} is the identifier, the canonical operator symbol or the
 * decoded string; {@code start}/{@code end} index the raw spelling in the source.
 */
final class Token {
    final TokenKind kind;
    final String text;
    final BigInteger number;
    final int start;
    final int end;
    final int line;
    final int col;
    final int endLine;
    final int endCol;
    /** The column for bulleted-list alignment: like {@code col}, but a tab advances to the next multiple of 8. */
    final int alignCol;
    /** True when no other token precedes this one on its line. */
    final boolean firstOnLine;

    Token(TokenKind kind, String text, BigInteger number, int start, int end, int line, int col, int endLine,
            int endCol, int alignCol, boolean firstOnLine) {
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.start = start;
        this.end = end;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
        this.alignCol = alignCol;
        this.firstOnLine = firstOnLine;
    }

    boolean isOp(String symbol) {
        return kind == TokenKind.OP && text.equals(symbol);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + col;
    }
}
