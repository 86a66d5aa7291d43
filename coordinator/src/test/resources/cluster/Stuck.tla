---- MODULE Stuck ----
\* x counts up to 3 while y cycles; every state with x = 3 is stuck, and x = 3, y = 0 is the nearest.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 3 /\ x' = x + 1 /\ y' = y
        \/ x < 3 /\ y' = (y + 1) % 3 /\ x' = x
====
