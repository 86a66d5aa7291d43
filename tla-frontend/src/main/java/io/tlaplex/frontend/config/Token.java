package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.SourceSpan;

/** One token of a .cfg file: its kind, its text as written and its place. */
record Token(Kind kind, String text, SourceSpan span) {

    enum Kind {
        /** A TLA+ name; keywords, TRUE and FALSE are names too and told apart by the parser. */
        NAME,
        NUMBER,
        /** A number with a fractional part, which no .cfg value may have. */
        DECIMAL,
        STRING,
        EQUALS,
        ARROW,
        DOUBLE_EQUALS,
        LBRACE,
        RBRACE,
        LTUPLE,
        RTUPLE,
        LBRACKET,
        RBRACKET,
        LPAREN,
        RPAREN,
        COMMA,
        BANG,
        MINUS,
        EOF
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isKeyword() {
        return kind == Kind.NAME && Keyword.of(text).isPresent();
    }

    /** The token as shown in a message: {@code '{'}, {@code 'Foo'}, or {@code end of file}. */
    String describe() {
        return kind == Kind.EOF ? "end of file" : "'" + text + "'";
    }
}
