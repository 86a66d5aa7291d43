---- MODULE Lattice ----
\* Two counters that step up, and down together: many short levels, each state reached along many paths.
EXTENDS Naturals
CONSTANT Max
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < Max /\ x' = x + 1 /\ y' = y
        \/ y < Max /\ y' = y + 1 /\ x' = x
        \/ x > 0 /\ y > 0 /\ x' = x - 1 /\ y' = y - 1
        \/ x = Max /\ y = Max /\ UNCHANGED <<x, y>>
InRange == x + y <= 2 * Max
BelowTop == x + y < 2 * Max
====
