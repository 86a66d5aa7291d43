package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a .cfg file into tokens with TLA+'s lexical rules: names, numbers, strings, the few
 * symbols a .cfg uses, {@code \*} line comments and nested {@code (* *)} comments. Bad input
 * becomes a diagnostic and the lexer goes on; the token list always ends with EOF.
 */
final class ConfigLexer {
    private final String file;
    private final String text;
    private final List<Diagnostic> diagnostics;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private ConfigLexer(String file, String text, List<Diagnostic> diagnostics) {
        this.file = file;
        this.text = text;
        this.diagnostics = diagnostics;
    }

    /** The tokens of {@code text}; problems are added to {@code diagnostics}. */
    static List<Token> tokenize(String file, String text, List<Diagnostic> diagnostics) {
        ConfigLexer lexer = new ConfigLexer(file, text, diagnostics);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipBlanksAndComments();
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Kind.EOF, "", span(pos, pos)));
                return;
            }
            char c = text.charAt(pos);
            if (isWordChar(c)) {
                word();
            } else if (c == '"') {
                string();
            } else {
                symbol(c);
            }
        }
    }

    private void skipBlanksAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                newline(pos + 1);
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '\\' && peek(1) == '*') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '(' && peek(1) == '*') {
                blockComment();
            } else {
                return;
            }
        }
    }

    /** A {@code (* ... *)} comment; comments nest, as in TLA+. */
    private void blockComment() {
        int startLine = line;
        int startCol = pos - lineStart + 1;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '(' && peek(1) == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && peek(1) == ')') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else if (c == '\n') {
                newline(pos + 1);
            } else {
                pos++;
            }
        }
        SourceSpan at = new SourceSpan(file, startLine, startCol, startLine, startCol + 1);
        error(at, "unterminated comment: '(*' is never closed by '*)'");
    }

    /** A name or a number: TLA+ names may start with digits but must contain a letter. */
    private void word() {
        int start = pos;
        boolean letter = false;
        while (pos < text.length() && isWordChar(text.charAt(pos))) {
            letter |= Character.isLetter(text.charAt(pos));
            pos++;
        }
        String w = text.substring(start, pos);
        if (letter) {
            tokens.add(new Token(Token.Kind.NAME, w, span(start, pos)));
        } else if (w.chars().allMatch(Character::isDigit)) {
            number(start);
        } else {
            error(span(start, pos), "'" + w + "' is not a valid name: a name must contain a letter");
        }
    }

    private void number(int start) {
        if (peek(0) == '.' && Character.isDigit(peek(1))) {
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            tokens.add(new Token(Token.Kind.DECIMAL, text.substring(start, pos), span(start, pos)));
        } else {
            tokens.add(new Token(Token.Kind.NUMBER, text.substring(start, pos), span(start, pos)));
        }
    }

    /** A string literal; a backslash keeps the next character from ending it, as in TLA+. */
    private void string() {
        int start = pos++;
        while (pos < text.length() && text.charAt(pos) != '"' && text.charAt(pos) != '\n') {
            pos += text.charAt(pos) == '\\' && peek(1) != '\n' ? 2 : 1;
        }
        pos = Math.min(pos, text.length());
        if (pos < text.length() && text.charAt(pos) == '"') {
            pos++;
            tokens.add(new Token(Token.Kind.STRING, text.substring(start, pos), span(start, pos)));
        } else {
            error(span(start, start + 1), "unterminated string: missing closing '\"' on this line");
            tokens.add(new Token(Token.Kind.STRING, text.substring(start, pos) + "\"", span(start, pos)));
        }
    }

    private void symbol(char c) {
        int start = pos;
        Token.Kind kind = switch (c) {
            case '<' -> peek(1) == '<' ? Token.Kind.LTUPLE : peek(1) == '-' ? Token.Kind.ARROW : null;
            case '>' -> peek(1) == '>' ? Token.Kind.RTUPLE : null;
            case '=' -> peek(1) == '=' ? Token.Kind.DOUBLE_EQUALS : Token.Kind.EQUALS;
            case '{' -> Token.Kind.LBRACE;
            case '}' -> Token.Kind.RBRACE;
            case '[' -> Token.Kind.LBRACKET;
            case ']' -> Token.Kind.RBRACKET;
            case '(' -> Token.Kind.LPAREN;
            case ')' -> Token.Kind.RPAREN;
            case ',' -> Token.Kind.COMMA;
            case '!' -> Token.Kind.BANG;
            case '-' -> Token.Kind.MINUS;
            default -> null;
        };
        if (kind == null) {
            pos++;
            error(span(start, pos), "unexpected character '" + c + "'");
            return;
        }
        boolean twoChars = kind == Token.Kind.LTUPLE || kind == Token.Kind.RTUPLE || kind == Token.Kind.ARROW
                || kind == Token.Kind.DOUBLE_EQUALS;
        pos += twoChars ? 2 : 1;
        tokens.add(new Token(kind, text.substring(start, pos), span(start, pos)));
    }

    private void newline(int next) {
        pos = next;
        line++;
        lineStart = next;
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** The span of {@code text[start, end)}, which lies on the current line. */
    private SourceSpan span(int start, int end) {
        int col = start - lineStart + 1;
        return new SourceSpan(file, line, col, line, Math.max(col, end - lineStart));
    }

    private void error(SourceSpan at, String message) {
        diagnostics.add(Diagnostic.error(DiagCode.E0301_CFG_SYNTAX, at, message));
    }
}
