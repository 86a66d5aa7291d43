package io.tlaplex.frontend.syntax;

import java.util.HashMap;
import java.util.Map;

/** The kinds of token the {@link Lexer} produces; reserved words have one kind each. */
enum TokenKind {
    IDENT, NUMBER, DECIMAL, STRING,
    /** A symbolic operator ({@code +}, {@code \cup}, {@code /\}, {@code '}); its text is canonical. */
    OP,
    LPAREN, RPAREN, LBRACKET, RBRACKET, RBRACKET_SUB, LBRACE, RBRACE, LANGLE, RANGLE, RANGLE_SUB,
    COMMA, COLON, COLONCOLON, DEFEQ, MAPSTO, ARROW, LARROW, BANG, AT, DOT, UNDERSCORE,
    /** {@code ----} (four or more dashes). */
    SEPARATOR,
    /** {@code ====} (four or more equal signs). */
    END,
    FORALL, EXISTS, TFORALL, TEXISTS, WF, SF,
    EOF,
    /** Not produced by the lexer: the next token is left of the innermost bulleted list. */
    OFFSIDE,

    // Reserved words.
    ACTION, ASSUME, ASSUMPTION, AXIOM, BY, CASE, CHOOSE, CONSTANT, CONSTANTS, COROLLARY, DEF, DEFINE,
    DEFS, DOMAIN, ELSE, ENABLED, EXCEPT, EXTENDS, HAVE, HIDE, IF, IN, INSTANCE, LAMBDA, LEMMA, LET,
    LOCAL, MODULE, NEW, OBVIOUS, OMITTED, ONLY, OTHER, PICK, PROOF, PROPOSITION, PROVE, QED, RECURSIVE,
    STATE, SUBSET, SUFFICES, TAKE, TEMPORAL, THEN, THEOREM, UNCHANGED, UNION, USE, VARIABLE, VARIABLES,
    WITH, WITNESS;

    private static final Map<String, TokenKind> RESERVED = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.ordinal() >= ACTION.ordinal()) {
                RESERVED.put(k.name(), k);
            }
        }
    }

    /** The reserved word spelled {@code word}, or null. */
    static TokenKind reserved(String word) {
        return RESERVED.get(word);
    }

    boolean isReserved() {
        return ordinal() >= ACTION.ordinal();
    }
}
