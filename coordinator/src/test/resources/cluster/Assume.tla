---- MODULE Assume ----
\* An assumption about the constant that the config breaks.
EXTENDS Naturals
CONSTANT N
ASSUME N > 5
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % N
====
