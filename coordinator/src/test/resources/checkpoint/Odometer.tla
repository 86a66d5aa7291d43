---- MODULE Odometer ----
\* Four dials that turn up, mix or reset, with a bound: a state space large enough to be interrupted.
EXTENDS Naturals
CONSTANT Max
VARIABLES a, b, c, d
vars == <<a, b, c, d>>
Init == a = 0 /\ b = 0 /\ c = 0 /\ d = 0
Next == \/ a < Max /\ a' = a + 1 /\ UNCHANGED <<b, c, d>>
        \/ b < Max /\ b' = b + 1 /\ UNCHANGED <<a, c, d>>
        \/ c < Max /\ c' = (c + a) % (Max + 1) /\ UNCHANGED <<a, b, d>>
        \/ d < Max /\ d' = (d + b + 1) % (Max + 1) /\ UNCHANGED <<a, b, c>>
        \/ a = Max /\ a' = 0 /\ UNCHANGED <<b, c, d>>
Inv == a + b + c + d <= 4 * Max
\* Violated only deep in the graph.
Safe == ~(a + b = 2 * Max /\ d = Max - 1)
Spec == Init /\ [][Next]_vars
====
