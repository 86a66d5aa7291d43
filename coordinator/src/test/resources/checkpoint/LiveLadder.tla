---- MODULE LiveLadder ----
\* A counter that climbs to N and starts again, and a side counter that may step three times: many levels, a
\* behaviour graph with a cycle through every rung.
EXTENDS Naturals
CONSTANT N
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Up == x < N /\ x' = x + 1 /\ y' = y
Side == y < 3 /\ y' = y + 1 /\ x' = x
Back == x = N /\ x' = 0 /\ y' = y
Next == Up \/ Side \/ Back
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
Returns == []<>(x = 0)
SideDone == <>(y = 3)
====
