package io.tlaplex.frontend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tlaplex.frontend.diag.DiagnosticException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static final String FOOBAR = """
            ------ MODULE Foobar ------
            EXTENDS Naturals

            VARIABLES x

            Init ==
                /\\ x = 0

            Inc ==
                /\\ x < 10
                /\\ x >= 0
                /\\ x' = x + 1

            Dec ==
                /\\ x < 10
                /\\ x > 0
                /\\ x' = x - 1

            Next ==
                \\/ Inc
                \\/ Dec

            Spec ==
                Init /\\ [][Next]_x
            =====
            """;

    private static CompiledSpec withCoverage(String cfg, String spec) throws DiagnosticException {
        return CompiledSpec.compile(Specs.load(spec), Specs.cfg(cfg), Specs.runtime(), true);
    }

    @Test
    void shouldCountEachConjunctOfInitAndTheActionsUnderTheirDefinitions() throws DiagnosticException {
        CompiledSpec spec = withCoverage("SPECIFICATION Spec\nCHECK_DEADLOCK FALSE\n", FOOBAR);

        Specs.bfs(spec);
        List<String> lines = spec.coverage().lines(new long[] {1, 10, 0}, new long[] {1, 10, 9});

        assertEquals(List.of(
                "<Init line 6, col 1 to line 6, col 4 of module Foobar>: 1:1",
                "  line 7, col 8 to line 7, col 12 of module Foobar: 1",
                "<Inc line 9, col 1 to line 9, col 3 of module Foobar>: 10:10",
                "  line 10, col 8 to line 10, col 13 of module Foobar: 11",
                "  line 11, col 8 to line 11, col 13 of module Foobar: 10",
                "  line 12, col 8 to line 12, col 17 of module Foobar: 10",
                "<Dec line 14, col 1 to line 14, col 3 of module Foobar>: 0:9",
                "  line 15, col 8 to line 15, col 13 of module Foobar: 11",
                "  line 16, col 8 to line 16, col 12 of module Foobar: 10",
                "  line 17, col 8 to line 17, col 17 of module Foobar: 9"), lines);
    }

    @Test
    void shouldShowSubExpressionsWhoseCountsDifferFromTheirParent() throws DiagnosticException {
        CompiledSpec spec = withCoverage("INIT Init\nNEXT Next\n", """
                ---- MODULE Sub ----
                EXTENDS Naturals
                VARIABLE x
                Init == x \\in {0, 1}
                Next == x' = IF \\E i \\in 1..3 : i = x THEN 0 ELSE x + 1
                ====
                """);

        Specs.bfs(spec);
        List<String> lines = spec.coverage().lines(new long[] {2, 0}, new long[] {2, 2});

        assertEquals(List.of(
                "<Init line 4, col 1 to line 4, col 4 of module Sub>: 2:2",
                "  line 4, col 9 to line 4, col 20 of module Sub: 1",
                "<Next line 5, col 1 to line 5, col 4 of module Sub>: 0:2",
                "  line 5, col 9 to line 5, col 55 of module Sub: 2",
                "  |line 5, col 14 to line 5, col 55 of module Sub: 2",
                "  ||line 5, col 17 to line 5, col 37 of module Sub: 2",
                "  |||line 5, col 26 to line 5, col 29 of module Sub: 2",
                "  |||line 5, col 33 to line 5, col 37 of module Sub: 4",
                "  ||line 5, col 51 to line 5, col 55 of module Sub: 1"), lines);
    }

    @Test
    void shouldReportOneBlockForAnActionSplitOverParameterValues() throws DiagnosticException {
        CompiledSpec spec = withCoverage("INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n", """
                ---- MODULE Params ----
                EXTENDS Naturals
                VARIABLE x
                Init == x = 0
                Add(n) == x < 4 /\\ x' = x + n
                Next == \\E n \\in {1, 2} : Add(n)
                ====
                """);

        Specs.bfs(spec);
        List<String> lines = spec.coverage().lines(new long[] {1, 3, 2}, new long[] {1, 4, 4});

        assertEquals(List.of(
                "<Init line 4, col 1 to line 4, col 4 of module Params>: 1:1",
                "  line 4, col 9 to line 4, col 13 of module Params: 1",
                "<Add line 5, col 1 to line 5, col 3 of module Params>: 5:8",
                "  line 5, col 11 to line 5, col 15 of module Params: 12",
                "  line 5, col 20 to line 5, col 29 of module Params: 8"), lines);
    }

    @Test
    void shouldNotCountWithoutCoverage() throws DiagnosticException {
        CompiledSpec spec = Specs.compile("SPECIFICATION Spec\n", FOOBAR);

        assertNull(spec.coverage());
    }
}
