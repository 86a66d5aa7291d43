package io.tlaplex.frontend.syntax;

import static io.tlaplex.frontend.syntax.Fixtures.errors;
import static io.tlaplex.frontend.syntax.Fixtures.expr;
import static io.tlaplex.frontend.syntax.Fixtures.exprTree;
import static io.tlaplex.frontend.syntax.Fixtures.units;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tlaplex.frontend.diag.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class JunctionTest {

    @Test
    void shouldParseAlignedConjunctionsAsOneList() {
        assertEquals("(AND a b c)", expr("/\\ a\n     /\\ b\n     /\\ c"));
    }

    @Test
    void shouldParseAlignedDisjunctionsAsOneList() {
        assertEquals("(OR a b)", expr("\\/ a\n     \\/ b"));
    }

    @Test
    void shouldParseAListWhoseFirstBulletFollowsOtherTokens() {
        assertEquals("(= x (AND a b))", expr("x = /\\ a\n         /\\ b"));
    }

    @Test
    void shouldParseAListStartingInColumnOne() {
        assertEquals(List.of("X == (AND a b)", "Y == 1"), units("X ==\n/\\ a\n/\\ b\nY == 1"));
    }

    @Test
    void shouldParseASingleBulletAsAOneItemList() {
        assertEquals("(AND a)", expr("/\\ a"));
    }

    @Test
    void shouldNestADisjunctionInsideAConjunction() {
        assertEquals("(AND (OR a b) c)", expr("/\\ \\/ a\n        \\/ b\n     /\\ c"));
    }

    @Test
    void shouldNestAConjunctionInsideADisjunction() {
        assertEquals("(OR (AND a b) c)", expr("\\/ /\\ a\n        /\\ b\n     \\/ c"));
    }

    @Test
    void shouldNestThreeLevels() {
        String text = """
                /\\ \\/ /\\ a
                        /\\ b
                     \\/ c
                  /\\ d""";
        assertEquals("(AND (OR (AND a b) c) d)", expr(text.replace("\n", "\n   ")));
    }

    @Test
    void shouldContinueAnItemOnLinesRightOfTheBullet() {
        assertEquals("(AND (= x (+ 1 2)) y)", expr("/\\ x =\n          1 + 2\n     /\\ y"));
    }

    @Test
    void shouldReadAnInfixJunctionRightOfTheBulletAsPartOfTheItem() {
        assertEquals("(AND (/\\ a b) c)", expr("/\\ a\n        /\\ b\n     /\\ c"));
    }

    @Test
    void shouldEndTheListAtATokenInTheBulletColumn() {
        assertEquals("(= (AND a b) c)", expr("/\\ a\n     /\\ b\n     = c"));
    }

    @Test
    void shouldApplyABulletLeftOfTheListToTheWholeList() {
        assertEquals("(/\\ (AND a) b)", expr("/\\ a\n    /\\ b"));
    }

    @Test
    void shouldEndAConjunctionListAtADisjunctionBulletInTheSameColumn() {
        assertEquals("(\\/ (AND a) b)", expr("/\\ a\n     \\/ b"));
    }

    @Test
    void shouldParseAListInsideParentheses() {
        assertEquals("(\\/ (AND a b) c)", expr("(/\\ a\n      /\\ b) \\/ c"));
        assertEquals("(f (AND a b) c)", expr("f(/\\ a\n       /\\ b, c)"));
    }

    @Test
    void shouldLetBracketsReachLeftOfTheEnclosingBullet() {
        assertEquals("(AND (= x (f [1])) y)", expr("/\\ x = f[\n 1]\n     /\\ y"));
    }

    @Test
    void shouldParseAQuantifierBodyThatIsAList() {
        assertEquals("(AND (\\E z \\in S : (AND (> z 1) (< z 3))) c)",
                expr("/\\ \\E z \\in S :\n          /\\ z > 1\n          /\\ z < 3\n     /\\ c"));
    }

    @Test
    void shouldEndAQuantifierBodyAtTheNextBullet() {
        assertEquals("(AND (\\E z \\in S : (/\\ (> z 1) (< z 3))) c)",
                expr("/\\ \\E z \\in S : z > 1\n              /\\ z < 3\n     /\\ c"));
    }

    @Test
    void shouldParseIfInsideABullet() {
        assertEquals("(AND (IF a b c) d)", expr("/\\ IF a\n        THEN b\n        ELSE c\n     /\\ d"));
    }

    @Test
    void shouldParseLetInsideABullet() {
        assertEquals("(AND (LET a == 1 b == 2 IN (+ a b)) c)",
                expr("/\\ LET a == 1\n            b == 2\n        IN a + b\n     /\\ c"));
    }

    @Test
    void shouldParseCaseArmsInsideABullet() {
        assertEquals("(AND (= (' x) (CASE (a -> 1) (b -> 2))) c)",
                expr("/\\ x' = CASE a -> 1\n                [] b -> 2\n     /\\ c"));
    }

    @Test
    void shouldParseADisjunctionListAsTheOperandOfAnInfixOperator() {
        assertEquals("(=> A (OR b c))", expr("A => \\/ b\n          \\/ c"));
        assertEquals("(/\\ (OR a b) c)", expr("\\/ a\n     \\/ b\n   /\\ c"));
    }

    @Test
    void shouldParseListsInsideSetsAndFunctions() {
        assertEquals("{x \\in S : (AND a b)}", expr("{x \\in S : /\\ a\n                /\\ b}"));
        assertEquals("[x \\in S |-> (OR a b)]", expr("[x \\in S |-> \\/ a\n                  \\/ b]"));
    }

    @Test
    void shouldEndADefinitionAtTheNextDefinitionInColumnOne() {
        assertEquals(List.of("X == (AND a b)", "Y == (OR c d)"),
                units("X == /\\ a\n     /\\ b\nY == \\/ c\n     \\/ d"));
    }

    @Test
    void shouldAlignTabsToMultiplesOfEightAsSanyDoes() {
        assertEquals(List.of("X == (AND a b)", "Y == (AND c d)"),
                units("X ==\n\t/\\ a\n        /\\ b\nY ==\n  \t/\\ c\n\t/\\ d"));
    }

    @Test
    void shouldReportCharacterColumnsAfterTabs() {
        assertEquals(List.of("E0116 4:2 expected an expression but found 'b', which is not right of the bulleted"
                + " list at column 9"), errors("X ==\n\t/\\ a =\n\tb"));
    }

    @Test
    void shouldSpanTheWholeList() {
        Expr e = exprTree("/\\ a\n     /\\ bc");
        assertEquals(new SourceSpan("T.tla", 2, 6, 3, 10), e.span());
    }

    @Test
    void shouldRejectAThenInTheBulletColumn() {
        assertEquals(List.of("E0116 3:6 expected 'THEN' but found 'THEN', which is not right of the bulleted list"
                + " at column 6"), errors("X == /\\ IF a\n     THEN b ELSE c"));
    }

    @Test
    void shouldRejectAMissingOperandLeftOfTheBullet() {
        assertEquals(List.of("E0116 3:3 expected an expression but found 'b', which is not right of the bulleted"
                + " list at column 6"), errors("X == /\\ a =\n  b"));
    }
}
