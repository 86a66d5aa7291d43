package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.SourceSpan;
import java.util.List;

/** A position in the token list of one .cfg file, shared by the parsers of its sections. */
final class TokenCursor {
    private final List<Token> tokens;
    private int index;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    /** Returns the current token and moves past it; stays on EOF. */
    Token next() {
        Token t = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }

    /** The token consumed last; the first token if none was. */
    Token previous() {
        return tokens.get(Math.max(0, index - 1));
    }

    boolean at(Token.Kind kind) {
        return peek().is(kind);
    }

    /** At the end of a section: on a keyword or at the end of the file. */
    boolean atSectionEnd() {
        return at(Token.Kind.EOF) || peek().isKeyword();
    }

    void skipToSectionEnd() {
        while (!atSectionEnd()) {
            next();
        }
    }

    /**
     * Where to report a problem with token {@code t}: its own place, except that the end of the
     * file is reported just after the last real token, so the caret lands on a line that exists.
     */
    SourceSpan placeOf(Token t) {
        if (!t.is(Token.Kind.EOF) || index == 0) {
            return t.span();
        }
        SourceSpan last = tokens.get(tokens.size() - 2).span();
        return new SourceSpan(last.file(), last.endLine(), last.endCol() + 1, last.endLine(), last.endCol() + 1);
    }

    static CfgSyntaxError error(DiagCode code, SourceSpan at, String message) {
        return new CfgSyntaxError(Diagnostic.error(code, at, message));
    }
}
