package io.tlaplex.frontend.syntax;

import static io.tlaplex.frontend.syntax.Fixtures.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.DiagnosticPrinter;
import io.tlaplex.frontend.diag.SourceSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParseErrorTest {

    @Test
    void shouldReportAnUnexpectedCharacterAndGoOn() {
        assertEquals(List.of("E0101 2:8 unexpected character ';'", "E0111 2:10 unexpected '2'"),
                errors("X == 1 ; 2"));
    }

    @Test
    void shouldReportAnUnterminatedString() {
        assertEquals(List.of("E0102 2:6 unterminated string: no closing '\"' on this line",
                "E0112 3:1 expected an expression but found '===='"), errors("X == \"abc"));
    }

    @Test
    void shouldReportAnUnterminatedComment() {
        assertEquals(List.of("E0114 1:13 module 'T' is not closed by '===='",
                "E0103 2:8 unterminated comment: '(*' has no matching '*)'"), errors("X == 1 (* open"));
    }

    @Test
    void shouldReportBadNumbers() {
        assertEquals(List.of("E0104 2:6 bad number '\\b12'", "E0104 2:13 bad number '\\o9'"),
                errors("X == \\b12 + \\o9"));
    }

    @Test
    void shouldReportAnUnknownBackslashOperator() {
        assertEquals(List.of("E0101 2:8 unknown operator '\\foo'", "E0111 2:13 unexpected '2'"),
                errors("X == 1 \\foo 2"));
    }

    @Test
    void shouldReportABadEscape() {
        assertEquals(List.of("E0105 2:8 bad escape '\\q' in string"), errors("X == \"a\\qb\""));
    }

    @Test
    void shouldReportAMissingClosingParenthesisAndResumeAtTheNextDefinition() {
        ParseResult r = Fixtures.parse("X == (1 + 2\nY == 1");
        assertEquals(List.of("E0110 3:1 expected ')' but found 'Y'"), Fixtures.describe(r));
        assertEquals(List.of("Y == 1"), r.module().units().stream().map(Sexp::of).toList());
    }

    @Test
    void shouldReportAnUnexpectedTokenAfterADefinition() {
        assertEquals(List.of("E0111 2:8 unexpected ')'"), errors("X == 1 )"));
    }

    @Test
    void shouldReportAMissingOperand() {
        assertEquals(List.of("E0112 2:10 expected an expression but found ']'"), errors("X == 1 + ]"));
    }

    @Test
    void shouldReportAMissingBodyWhenTheNextDefinitionFollows() {
        assertEquals(List.of("E0112 3:1 expected an expression but found the definition of 'Y'"),
                errors("X == 1 +\nY == 2"));
    }

    @Test
    void shouldRejectChainsOfNonAssociativeOperators() {
        assertEquals(List.of("E0117 2:12 '=' is not associative: add parentheses"), errors("X == a = b = c"));
        assertEquals(List.of("E0117 2:13 '=>' is not associative: add parentheses"), errors("X == a => b => c"));
        assertEquals(List.of("E0117 2:13 '..' is not associative: add parentheses"), errors("X == a .. b .. c"));
    }

    @Test
    void shouldRejectOverlappingPrecedenceWithoutParentheses() {
        assertEquals(List.of("E0118 2:13 precedence conflict between '/\\' and '\\/': add parentheses"),
                errors("X == a /\\ b \\/ c"));
        assertEquals(List.of("E0118 2:15 precedence conflict between '\\cup' and '\\cap': add parentheses"),
                errors("X == a \\cup b \\cap c"));
        assertEquals(List.of("E0118 2:12 precedence conflict between '*' and '/': add parentheses"),
                errors("X == a * b / c"));
        assertEquals(List.of("E0118 2:16 precedence conflict between '\\land' and '\\lor': add parentheses"),
                errors("X == a \\land b \\lor c"));
    }

    @Test
    void shouldRejectPrefixOperatorsWhoseRangeOverlapsTheNextOperator() {
        assertEquals(List.of("E0118 2:10 precedence conflict between '[]' and '=': add parentheses"),
                errors("X == []x = y"));
        assertEquals(List.of("E0118 2:15 precedence conflict between 'SUBSET' and '\\X': add parentheses"),
                errors("X == SUBSET S \\X T"));
        assertEquals(List.of("E0118 2:15 precedence conflict between 'ENABLED' and ''': add parentheses"),
                errors("X == ENABLED x'"));
    }

    @Test
    void shouldReportABadDefinition() {
        assertEquals(List.of("E0119 2:1 expected a definition or declaration but found '1'"), errors("1 == 2"));
        assertEquals(List.of("E0110 2:6 expected a parameter name but found '=='"), errors("X(a, == 1"));
        assertEquals(List.of("E0110 2:12 expected '_' but found 'x'"), errors("CONSTANT F(x)"));
        assertEquals(List.of("E0110 2:3 expected '==' after 'X' but found '1'"), errors("X 1"));
    }

    @Test
    void shouldReportMalformedExpressionForms() {
        assertEquals(List.of("E0110 2:17 expected '|->' but found ']'"), errors("X == [a |-> 1, b]"));
        assertEquals(List.of("E0110 3:1 expected 'ELSE' but found '===='"), errors("X == IF a THEN b"));
        assertEquals(List.of("E0110 2:21 expected '=' but found '2'"), errors("X == [x EXCEPT ![1] 2]"));
        assertEquals(List.of("E0119 2:10 expected a definition but found 'IN'"), errors("X == LET IN 1"));
        assertEquals(List.of("E0110 2:8 expected '->', 'EXCEPT' or ']_' but found ']'"), errors("X == [A]"));
        assertEquals(List.of("E0110 2:17 expected a name to substitute but found '1'"),
                errors("INSTANCE M WITH 1 <- 2"));
    }

    @Test
    void shouldRejectExtendsAfterOtherUnits() {
        assertEquals(List.of("E0111 3:1 'EXTENDS' must come right after the module header"),
                errors("X == 1\nEXTENDS Foo"));
    }

    @Test
    void shouldKeepParsingAfterAHeaderWithoutItsClosingDashes() {
        ParseResult r = Parser.parse("T.tla", "---- MODULE T\nX == 1\n====\n");
        assertEquals(List.of("E0110 2:1 expected '----' after the module name but found 'X'"), Fixtures.describe(r));
        assertEquals(List.of("X == 1"), r.module().units().stream().map(Sexp::of).toList());
    }

    @Test
    void shouldGiveUpOnTheModuleWhenTheHeaderHasNoName() {
        ParseResult r = Parser.parse("T.tla", "---- MODULE ----\nX == 1\n====\n");
        assertEquals(null, r.module());
        assertEquals(List.of("E0110 1:13 expected a name but found '----'"), Fixtures.describe(r));
    }

    @Test
    void shouldRequireTheFileNameToMatchTheModuleName() {
        ParseResult r = Parser.parse("dir/Other.tla", Fixtures.module("X == 1"));
        assertEquals(List.of("E0115 1:13 module 'T' must be in a file named 'T.tla', not 'Other.tla'"),
                Fixtures.describe(r));
        assertFalse(r.ok());
    }

    @Test
    void shouldCollectErrorsFromSeveralUnitsAndKeepTheGoodOnes() {
        ParseResult r = Fixtures.parse("A == 1 +\nB == 2\nC == (3\nD == a = b = c\nE == 4");
        assertEquals(List.of("E0112 3:1 expected an expression but found the definition of 'B'",
                "E0110 5:1 expected ')' but found 'D'", "E0117 5:12 '=' is not associative: add parentheses"),
                Fixtures.describe(r));
        assertEquals(List.of("B == 2", "E == 4"), r.module().units().stream().map(Sexp::of).toList());
    }

    @Test
    void shouldRecoverAtAKeywordThatStartsAUnit() {
        ParseResult r = Fixtures.parse("A == (1 +\n  VARIABLE x\nB == 2");
        assertEquals(List.of("E0112 3:3 expected an expression but found 'VARIABLE'"), Fixtures.describe(r));
        assertEquals(List.of("VARIABLES x", "B == 2"), r.module().units().stream().map(Sexp::of).toList());
    }

    @Test
    void shouldSpanTheOffendingToken() {
        Diagnostic d = Fixtures.parse("X == a = b = cc").diagnostics().get(0);
        assertEquals(DiagCode.E0117_NONASSOCIATIVE_OPERATOR, d.code());
        assertEquals(new SourceSpan("T.tla", 2, 12, 2, 12), d.span());
    }

    @Test
    void shouldPrintWithTheSharedPrinter() {
        String text = Fixtures.module("X == a /\\ b \\/ c");
        ParseResult r = Parser.parse("T.tla", text);
        assertEquals("T.tla:2:13: error: precedence conflict between '/\\' and '\\/': add parentheses\n"
                + "    X == a /\\ b \\/ c\n"
                + "                ^^\n", DiagnosticPrinter.of(Map.of("T.tla", text)).format(r.diagnostics()));
    }
}
