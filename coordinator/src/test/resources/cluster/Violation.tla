---- MODULE Violation ----
\* x counts up while y cycles; the invariant fails first in the state x = 4, y = 0, four steps from the start.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x' = x + 1 /\ y' = y
        \/ y' = (y + 1) % 3 /\ x' = x
Small == x < 4
====
