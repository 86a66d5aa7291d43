---- MODULE LiveLoop ----
\* A counter that wraps around and flips a bit each time: y never settles, so <>[](y = 1) fails on a lasso back to
\* the initial state; x < 3 fails after three steps.
EXTENDS Naturals

VARIABLES x, y

Init == x = 0 /\ y = 0

Inc == x < 3 /\ x' = x + 1 /\ UNCHANGED y

Wrap == x = 3 /\ x' = 0 /\ y' = 1 - y

Spec == Init /\ [][Inc \/ Wrap]_<<x, y>> /\ WF_<<x, y>>(Inc \/ Wrap)

Settles == <>[](y = 1)

Small == x < 3
====
