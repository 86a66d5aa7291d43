package io.tlaplex.frontend.config;

import static io.tlaplex.frontend.config.CfgTesting.lines;
import static io.tlaplex.frontend.config.CfgTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.diag.DiagnosticException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigParserErrorTest {

    private static List<String> errorsOf(String text) {
        return lines(parse(text).diagnostics());
    }

    @Test
    void shouldNameTheNearestKeywordForAMisspeltOne() {
        ConfigParseResult result = parse("INVARIENT TypeOK\nINIT Init\n");

        assertEquals(List.of("MC.cfg:1:1: E0302 error: unknown keyword 'INVARIENT'; did you mean INVARIANT?"),
                lines(result.diagnostics()));
        assertEquals("Init", result.config().init().orElseThrow().name());
        assertEquals(List.of(), result.config().invariants());
    }

    @Test
    void shouldSayKeywordsAreCaseSensitiveForALowerCaseKeyword() {
        assertEquals(List.of("MC.cfg:1:1: E0302 error: unknown keyword 'Specification'; keywords are "
                + "case-sensitive: did you mean SPECIFICATION?"), errorsOf("Specification Spec"));
    }

    @Test
    void shouldSuggestAKeywordThatStartsWithTheWord() {
        assertEquals(List.of("MC.cfg:1:1: E0302 error: unknown keyword 'SPEC'; did you mean SPECIFICATION?"),
                errorsOf("SPEC Spec"));
    }

    @Test
    void shouldListTheKeywordsWhenNoneIsClose() {
        assertEquals(List.of("MC.cfg:2:1: E0302 error: unknown keyword 'Foo'; expected one of CONSTANT, INIT, "
                + "NEXT, SPECIFICATION, INVARIANT, PROPERTY, CONSTRAINT, ACTION_CONSTRAINT, SYMMETRY, VIEW, ALIAS, "
                + "POSTCONDITION, CHECK_DEADLOCK"), errorsOf("INIT Init\nFoo Bar"));
    }

    @Test
    void shouldReportASymbolWhereAKeywordShouldBe() {
        assertEquals(List.of("MC.cfg:1:1: E0301 error: expected a keyword such as CONSTANT, INIT or "
                + "SPECIFICATION, found '{'"), errorsOf("{a} = 3\nINIT Init"));
    }

    @Test
    void shouldReportASingleSectionWithoutAName() {
        assertEquals(List.of("MC.cfg:1:1: E0301 error: the keyword INIT must be followed by a name"),
                errorsOf("INIT\nNEXT Next"));
        assertEquals(List.of("MC.cfg:1:1: E0301 error: the keyword VIEW must be followed by a name"),
                errorsOf("VIEW"));
        assertEquals(List.of("MC.cfg:1:6: E0301 error: expected a name after INIT, found '{'"),
                errorsOf("INIT {a}"));
    }

    @Test
    void shouldReportASecondNameAfterASingleSection() {
        ConfigParseResult result = parse("SPECIFICATION Spec Spec2\nINVARIANT Inv");

        assertEquals(List.of("MC.cfg:1:20: E0301 error: SPECIFICATION takes a single name, but 'Spec2' follows "
                + "'Spec'"), lines(result.diagnostics()));
        assertEquals("Spec", result.config().specification().orElseThrow().name());
        assertEquals("Inv", result.config().invariants().get(0).name());
    }

    @Test
    void shouldRejectASingleSectionGivenTwiceAndKeepTheFirst() {
        ConfigParseResult result = parse("SPECIFICATION Spec\n\nSPECIFICATION Other\n");

        assertEquals(List.of("MC.cfg:3:1: E0305 error: the keyword SPECIFICATION appears twice (first at line 1)"),
                lines(result.diagnostics()));
        assertEquals("Spec", result.config().specification().orElseThrow().name());
    }

    @Test
    void shouldRejectCheckDeadlockGivenTwice() {
        assertEquals(List.of("MC.cfg:2:1: E0305 error: the keyword CHECK_DEADLOCK appears twice (first at line 1)"),
                errorsOf("CHECK_DEADLOCK FALSE\nCHECK_DEADLOCK FALSE"));
    }

    @Test
    void shouldRejectACheckDeadlockValueOtherThanTrueOrFalse() {
        assertEquals(List.of("MC.cfg:1:16: E0303 error: CHECK_DEADLOCK must be followed by TRUE or FALSE, "
                + "found 'false'"), errorsOf("CHECK_DEADLOCK false"));
        assertEquals(List.of("MC.cfg:1:1: E0303 error: CHECK_DEADLOCK must be followed by TRUE or FALSE"),
                errorsOf("CHECK_DEADLOCK\nINIT Init NEXT Next"));
    }

    @Test
    void shouldRejectSpecificationTogetherWithInitOrNext() {
        assertEquals(List.of("MC.cfg:2:1: E0307 error: a configuration cannot specify both INIT/NEXT and "
                + "SPECIFICATION (SPECIFICATION is at line 3)"), errorsOf("\nNEXT Next\nSPECIFICATION Spec\n"));
    }

    @Test
    void shouldReportCommasBetweenNamesOnceAndKeepTheNames() {
        ConfigParseResult result = parse("INVARIANT A, B, C");

        assertEquals(List.of("MC.cfg:1:12: E0301 error: names after INVARIANT are separated by white space, "
                + "not ','"), lines(result.diagnostics()));
        assertEquals(3, result.config().invariants().size());
    }

    @Test
    void shouldReportAValueInANameList() {
        assertEquals(List.of("MC.cfg:1:12: E0301 error: expected a name after PROPERTIES, found '{'"),
                errorsOf("PROPERTIES {P}\nINIT Init"));
    }

    @Test
    void shouldReportAConstantWithoutEqualsOrArrow() {
        assertEquals(List.of("MC.cfg:2:3: E0301 error: expected '=' or '<-' after 'N'"),
                errorsOf("CONSTANTS\n  N\n  M = 1\n"));
        assertEquals(List.of("MC.cfg:1:12: E0301 error: expected '=' or '<-' after 'N', found '3'"),
                errorsOf("CONSTANT N 3"));
    }

    @Test
    void shouldPointOutTheDoubleEqualsOfATlaDefinition() {
        assertEquals(List.of("MC.cfg:1:12: E0301 error: expected '=' or '<-' after 'N', found '==' "
                + "(a .cfg file uses '=')"), errorsOf("CONSTANT N == 3"));
    }

    @Test
    void shouldReportAMissingValueAtTheEndOfTheFile() {
        assertEquals(List.of("MC.cfg:1:13: E0303 error: expected a value, found end of file"),
                errorsOf("CONSTANT N =\n"));
    }

    @Test
    void shouldReportAKeywordWhereAValueShouldBeAndThenReadThatSection() {
        ConfigParseResult result = parse("CONSTANT N = INIT Init");

        assertEquals(List.of("MC.cfg:1:14: E0303 error: expected a value, found the keyword INIT"),
                lines(result.diagnostics()));
        assertEquals("Init", result.config().init().orElseThrow().name());
    }

    @Test
    void shouldReportAnUnclosedSet() {
        assertEquals(List.of("MC.cfg:1:20: E0301 error: expected ',' or '}' in set, found 'c'"),
                errorsOf("CONSTANT S = {a, b c}"));
        assertEquals(List.of("MC.cfg:1:19: E0301 error: expected ',' or '}' in set, found end of file"),
                errorsOf("CONSTANT S = {a, b"));
        assertEquals(List.of("MC.cfg:1:17: E0301 error: expected ',' or '>>' in tuple, found '}'"),
                errorsOf("CONSTANT T = <<a}"));
    }

    @Test
    void shouldRejectRealNumbersAndAMinusWithoutDigits() {
        assertEquals(List.of("MC.cfg:1:14: E0303 error: real numbers such as 1.5 are not values TLC can handle"),
                errorsOf("CONSTANT N = 1.5"));
        assertEquals(List.of("MC.cfg:1:14: E0303 error: expected a number after '-', found 'x'"),
                errorsOf("CONSTANT N = -x"));
    }

    @Test
    void shouldRejectAValueOnTheRightOfAnArrow() {
        assertEquals(List.of("MC.cfg:1:15: E0303 error: the right side of '<-' must name a definition; to give "
                + "c the value 3 write 'c = 3'"), errorsOf("CONSTANT c <- 3"));
        assertEquals(List.of("MC.cfg:1:15: E0303 error: the right side of '<-' must name a definition; to give "
                + "S the value {a} write 'S = {a}'"), errorsOf("CONSTANT S <- {a}"));
    }

    @Test
    void shouldRejectArgumentsOnTheLeftOfAnArrow() {
        assertEquals(List.of("MC.cfg:1:15: E0301 error: '<-' replaces a whole operator: write 'F <- Other' "
                + "without arguments"), errorsOf("CONSTANT F(1) <- G"));
    }

    @Test
    void shouldReportABrokenModuleScope() {
        assertEquals(List.of("MC.cfg:1:19: E0301 error: expected ']' after the module name Mod, found 'v'"),
                errorsOf("CONSTANT N = [Mod v"));
        assertEquals(List.of("MC.cfg:1:16: E0301 error: expected a module name after '[', found ']'"),
                errorsOf("CONSTANT N <- [] v"));
    }

    @Test
    void shouldReportAMisspeltKeywordInsideAConstantSection() {
        assertEquals(List.of("MC.cfg:3:1: E0302 error: unknown keyword 'INVARIENT'; did you mean INVARIANT?"),
                errorsOf("CONSTANTS\n  N = 1\nINVARIENT TypeOK\n"));
    }

    @Test
    void shouldReportEveryErrorOfTheFileAndKeepTheGoodEntries() {
        ConfigParseResult result = parse("""
                CONSTANTS
                  N = {a, b
                  M = 3
                  K == 4
                  L = 5
                INVARIENT Inv
                INIT
                NEXT Next
                """);

        assertEquals(List.of(
                "MC.cfg:3:3: E0301 error: expected ',' or '}' in set, found 'M'",
                "MC.cfg:4:5: E0301 error: expected '=' or '<-' after 'K', found '==' (a .cfg file uses '=')",
                "MC.cfg:6:1: E0302 error: unknown keyword 'INVARIENT'; did you mean INVARIANT?",
                "MC.cfg:7:1: E0301 error: the keyword INIT must be followed by a name"),
                lines(result.diagnostics()));
        assertEquals(List.of("M", "L"), result.config().constants().stream().map(c -> c.name().name()).toList());
        assertEquals("Next", result.config().next().orElseThrow().name());
        assertFalse(result.ok());
    }

    @Test
    void shouldReportAnUnterminatedStringAndKeepItsText() {
        ConfigParseResult result = parse("CONSTANT S = \"abc\nINIT Init");

        assertEquals(List.of("MC.cfg:1:14: E0301 error: unterminated string: missing closing '\"' on this line"),
                lines(result.diagnostics()));
        assertEquals("\"abc\"", result.config().constants().get(0).value().render());
        assertEquals("Init", result.config().init().orElseThrow().name());
    }

    @Test
    void shouldReportAnUnterminatedComment() {
        assertEquals(List.of("MC.cfg:2:1: E0301 error: unterminated comment: '(*' is never closed by '*)'"),
                errorsOf("INIT Init\n(* open (* nested *) \nNEXT Next"));
    }

    @Test
    void shouldReportAnUnexpectedCharacterAndGoOn() {
        ConfigParseResult result = parse("INIT Init $\nNEXT Next");

        assertEquals(List.of("MC.cfg:1:11: E0301 error: unexpected character '$'"), lines(result.diagnostics()));
        assertEquals("Next", result.config().next().orElseThrow().name());
    }

    @Test
    void shouldReportANameWithoutALetter() {
        assertEquals(List.of("MC.cfg:1:15: E0301 error: '_1' is not a valid name: a name must contain a letter"),
                errorsOf("CONSTANT S = {_1}"));
    }

    @Test
    void shouldWarnWhenAConstantIsAssignedTwiceLikeTlcWhichKeepsTheLast() {
        ConfigParseResult result = parse("CONSTANT N = 1\nCONSTANT N = 2");

        assertEquals(List.of("MC.cfg:2:10: E0305 warning: 'N' is assigned a value twice; the last one is used "
                + "(first at line 1)"), lines(result.diagnostics()));
        assertTrue(result.ok());
    }

    @Test
    void shouldWarnWhenAConstantIsReplacedTwice() {
        assertEquals(List.of("MC.cfg:1:17: E0305 warning: 'N' is replaced twice; the last replacement is used "
                + "(first at line 1)"), errorsOf("CONSTANT N <- A N <- B"));
    }

    @Test
    void shouldWarnWhenAConstantIsBothAssignedAndReplaced() {
        assertEquals(List.of("MC.cfg:2:3: E0307 warning: 'N' is both assigned a value (line 1) and replaced; "
                + "the replacement is used"), errorsOf("CONSTANT N = 1\n  N <- Def"));
    }

    @Test
    void shouldRejectPointsOfAnOperatorGivenWithDifferentNumbersOfArguments() {
        assertEquals(List.of("MC.cfg:2:10: E0308 error: The arity of the operator F is inconsistent in the "
                + "configuration file (first given 1 argument, here 2 arguments)."),
                errorsOf("CONSTANT F(1) = 2\nCONSTANT F(1, 2) = 3"));
    }

    @Test
    void shouldThrowAllDiagnosticsWithTlcsConfigExitCode() {
        ConfigParseResult result = parse("INIT\nCONSTANT N");

        DiagnosticException e = assertThrows(DiagnosticException.class, result::orThrow);

        assertEquals(151, e.exitCode());
        assertEquals(2, e.diagnostics().size());
    }
}
