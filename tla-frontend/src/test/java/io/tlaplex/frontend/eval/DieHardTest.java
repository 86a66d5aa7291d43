package io.tlaplex.frontend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DieHardTest {
    static final String DIE_HARD = """
            ---- MODULE DieHard ----
            EXTENDS Naturals
            VARIABLES big, small
            TypeOK == /\\ small \\in 0..3
                      /\\ big   \\in 0..5
            Init == /\\ big = 0
                    /\\ small = 0
            FillSmallJug  == /\\ small' = 3
                             /\\ big' = big
            FillBigJug    == /\\ big' = 5
                             /\\ small' = small
            EmptySmallJug == /\\ small' = 0
                             /\\ big' = big
            EmptyBigJug   == /\\ big' = 0
                             /\\ small' = small
            Min(m,n) == IF m < n THEN m ELSE n
            SmallToBig == /\\ big'   = Min(big + small, 5)
                          /\\ small' = small - (big' - big)
            BigToSmall == /\\ small' = Min(big + small, 3)
                          /\\ big'   = big - (small' - small)
            Next == \\/ FillSmallJug
                    \\/ FillBigJug
                    \\/ EmptySmallJug
                    \\/ EmptyBigJug
                    \\/ SmallToBig
                    \\/ BigToSmall
            Spec == Init /\\ [][Next]_<<big, small>>
            NotSolved == big # 4
            ====
            """;

    @Test
    void shouldFindTheDieHardSolutionAtDepthSevenWithTlcCounts() throws Exception {
        CompiledSpec spec = Specs.compile("SPECIFICATION Spec\nINVARIANTS TypeOK NotSolved\n", DIE_HARD);

        Specs.Counts counts = Specs.bfs(spec);

        assertEquals(new Specs.Counts(14, 73, 7, "invariant NotSolved"), counts);
    }

    @Test
    void shouldLabelActionsAsTlc() throws Exception {
        CompiledSpec spec = Specs.compile("SPECIFICATION Spec\nINVARIANTS TypeOK NotSolved\n", DIE_HARD);

        assertEquals(6, spec.actionCount());
        assertEquals("<FillSmallJug line 8, col 18 to line 9, col 30 of module DieHard>", spec.actionLabel(1));
        assertEquals("<Initial predicate>", spec.actionLabel(0));
    }
}
