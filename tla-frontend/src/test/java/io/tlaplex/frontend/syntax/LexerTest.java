package io.tlaplex.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tlaplex.frontend.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {

    /** Kinds and texts of the tokens of {@code body}, after the module header's four tokens. */
    private static String lex(String body) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Token> tokens = new Lexer("T.tla", "---- MODULE T ----\n" + body, diagnostics).run();
        assertEquals(List.of(), diagnostics);
        return tokens.subList(4, tokens.size() - 1).stream()
                .map(t -> t.kind == TokenKind.IDENT || t.kind == TokenKind.OP ? t.text : t.kind.name())
                .collect(Collectors.joining(" "));
    }

    @Test
    void shouldSplitFairnessPrefixesFromTheirSubscript() {
        assertEquals("WF vars LPAREN A RPAREN SF LANGLE x RANGLE LPAREN A RPAREN", lex("WF_vars(A) SF_<<x>>(A)"));
    }

    @Test
    void shouldLexActionBracketsAndSubscripts() {
        assertEquals("[] LBRACKET A RBRACKET_SUB v <> LANGLE A RANGLE_SUB v", lex("[][A]_v <><<A>>_v"));
    }

    @Test
    void shouldTakeTheLongestSymbol() {
        assertEquals("<=> <= <= -+-> ~> ~ DEFEQ = MAPSTO | |- ::= COLONCOLON := COLON ... .. DOT",
                lex("<=> =< \\leq -+-> ~> ~ == = |-> | |- ::= :: := : ... .. ."));
    }

    @Test
    void shouldLexRangesAndDecimals() {
        assertEquals("NUMBER .. N DECIMAL", lex("1..N 1.5"));
    }

    @Test
    void shouldCanonicaliseBackslashOperators() {
        assertEquals("\\in \\notin \\cup \\cap \\X /\\ \\/ ~ ~ \\o \\ FORALL EXISTS TFORALL TEXISTS",
                lex("\\in \\notin \\union \\intersect \\times \\land \\lor \\lnot \\neg \\circ \\ \\A \\E \\AA \\EE"));
    }

    @Test
    void shouldLexParenthesisedOperatorSynonyms() {
        assertEquals("\\oplus \\ominus \\odot \\oslash \\otimes LPAREN", lex("(+) (-) (.) (/) (\\X) ("));
    }

    @Test
    void shouldLexDefinitionTokens() {
        assertEquals("-. a DEFEQ UNDERSCORE ^+ COMMA LARROW BANG AT", lex("-. a == _ ^+ , <- ! @"));
    }

    @Test
    void shouldLexIdentifiersThatStartWithDigits() {
        assertEquals("2PC x_1 NUMBER", lex("2PC x_1 12"));
    }

    @Test
    void shouldStopAfterTheOutermostModuleEnds() {
        assertEquals("SEPARATOR MODULE I SEPARATOR END a END", lex("---- MODULE I ----\n====\na\n=====\n\"junk"));
    }

    @Test
    void shouldMarkTheFirstTokenOfEachLine() {
        List<Token> tokens = new Lexer("T.tla", "---- MODULE T ----\n  a b\n(* c *) d", new ArrayList<>()).run();
        assertEquals(List.of(true, false, true), tokens.subList(4, 7).stream().map(t -> t.firstOnLine).toList());
        assertEquals(List.of(3, 5, 9), tokens.subList(4, 7).stream().map(t -> t.col).toList());
        assertEquals(List.of(2, 2, 3), tokens.subList(4, 7).stream().map(t -> t.line).toList());
    }

    @Test
    void shouldReturnNullWithoutAHeader() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        assertNull(new Lexer("T.tla", "--- MODULE T ---\n", diagnostics).run());
        assertEquals(1, diagnostics.size());
    }
}
