---- MODULE Slowly ----
\* A small state space made slow on purpose (its invariant computes a Fibonacci number the naive way), so that
\* a status page can be watched while the search runs.
EXTENDS Naturals
CONSTANT Work
VARIABLES a, b
RECURSIVE Fib(_)
Fib(n) == IF n < 2 THEN n ELSE Fib(n - 1) + Fib(n - 2)
Init == a = 0 /\ b = 0
Next == \/ a < 60 /\ a' = a + 1 /\ UNCHANGED b
        \/ b < 60 /\ b' = b + 1 /\ UNCHANGED a
Inv == Fib(Work + ((a + b) % 2)) > 0
====
