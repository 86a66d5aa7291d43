---- MODULE Monotone ----
\* x should only grow, but it wraps from 3 back to 0 while y cycles beside it.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x' = (x + 1) % 4 /\ y' = y
        \/ y' = (y + 1) % 3 /\ x' = x
Grows == [][x' >= x]_x
====
