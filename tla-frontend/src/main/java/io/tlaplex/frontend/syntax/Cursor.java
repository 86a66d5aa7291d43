package io.tlaplex.frontend.syntax;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.SourceSpan;
import java.util.List;

/**
 * The parser's position in the token list, plus the column of the innermost bulleted list: a
 * token at or left of that column reads as {@link TokenKind#OFFSIDE}, which ends every expression.
 */
final class Cursor {
    final String file;
    final String source;
    final List<Diagnostic> diagnostics;
    private final Token[] tokens;
    private int pos;
    private int offsideCol;
    /** Tokens from this index on read as {@link TokenKind#OFFSIDE}: ends an expression early (theorem statements). */
    private int limit = Integer.MAX_VALUE;

    Cursor(String file, String source, List<Token> tokens, List<Diagnostic> diagnostics) {
        this.file = file;
        this.source = source;
        this.tokens = tokens.toArray(new Token[0]);
        this.diagnostics = diagnostics;
    }

    /** The current token, ignoring the bulleted-list column. */
    Token tok() {
        return tokens[pos];
    }

    /** The token {@code n} places ahead (0 is the current one), or the final EOF. */
    Token peek(int n) {
        return tokens[Math.min(pos + n, tokens.length - 1)];
    }

    /** The last token consumed. */
    Token prev() {
        return tokens[Math.max(0, pos - 1)];
    }

    /** The current token's kind, or OFFSIDE when it is at or left of the innermost list's column. */
    TokenKind kind() {
        Token t = tokens[pos];
        if (pos >= limit && t.kind != TokenKind.EOF) {
            return TokenKind.OFFSIDE;
        }
        return t.alignCol <= offsideCol && t.kind != TokenKind.EOF ? TokenKind.OFFSIDE : t.kind;
    }

    boolean at(TokenKind k) {
        return kind() == k;
    }

    /** True when the current token (not offside) is the operator {@code symbol}. */
    boolean atOp(String symbol) {
        return kind() == TokenKind.OP && tokens[pos].text.equals(symbol);
    }

    int mark() {
        return pos;
    }

    /** Goes back to a position returned by {@link #mark()}, outside any bulleted list. */
    void reset(int mark) {
        pos = mark;
    }

    /** Makes the token at index {@code index} and all after it read as offside; {@code Integer.MAX_VALUE} lifts it. */
    void limitAt(int index) {
        limit = index;
    }

    Token advance() {
        Token t = tokens[pos];
        if (pos < tokens.length - 1) {
            pos++;
        }
        return t;
    }

    boolean accept(TokenKind k) {
        if (kind() == k) {
            advance();
            return true;
        }
        return false;
    }

    Token expect(TokenKind k, String what) {
        TokenKind actual = kind();
        if (actual == TokenKind.OFFSIDE) {
            throw failHere(DiagCode.E0116_BAD_JUNCTION_ALIGNMENT, "expected " + what + " but found "
                    + describe(tok()) + ", which is not right of the bulleted list at column " + offsideCol);
        }
        if (actual != k) {
            throw failHere(DiagCode.E0110_EXPECTED_TOKEN, "expected " + what + " but found " + describe(tok()));
        }
        return advance();
    }

    int offsideCol() {
        return offsideCol;
    }

    /** Sets the bulleted-list column and returns the previous one, to restore later. */
    int setOffsideCol(int col) {
        int old = offsideCol;
        offsideCol = col;
        return old;
    }

    ParseFailure failHere(DiagCode code, String message) {
        return fail(code, tok(), message);
    }

    ParseFailure fail(DiagCode code, Token at, String message) {
        return new ParseFailure(Diagnostic.error(code, span(at), message));
    }

    void report(Diagnostic d) {
        diagnostics.add(d);
    }

    /** How a token is named in messages: its spelling in quotes, or "end of file". */
    String describe(Token t) {
        if (t.kind == TokenKind.EOF) {
            return "end of file";
        }
        String raw = source.substring(t.start, Math.min(t.end, t.start + 40));
        return "'" + raw + "'";
    }

    SourceSpan span(Token t) {
        return new SourceSpan(file, t.line, t.col, t.endLine, t.endCol);
    }

    SourceSpan span(Token from, Token to) {
        return new SourceSpan(file, from.line, from.col, to.endLine, to.endCol);
    }

    /** From {@code from} to the last token consumed. */
    SourceSpan spanFrom(Token from) {
        return span(from, prev());
    }

    SourceSpan spanFrom(SourceSpan from) {
        Token p = prev();
        return new SourceSpan(file, from.line(), from.col(), p.endLine, p.endCol);
    }
}
