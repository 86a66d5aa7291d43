---- MODULE Grid ----
\* Two counters that step up independently: a small state space with many short levels.
EXTENDS Naturals
CONSTANT Max
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < Max /\ x' = x + 1 /\ y' = y
        \/ y < Max /\ y' = y + 1 /\ x' = x
        \/ x = Max /\ y = Max /\ UNCHANGED <<x, y>>
TypeOK == x \in 0..Max /\ y \in 0..Max
====
