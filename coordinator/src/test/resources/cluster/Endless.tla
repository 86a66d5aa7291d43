---- MODULE Endless ----
\* A counter without bound: one state per level, for ever. Only a test that stops the check uses it.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
====
