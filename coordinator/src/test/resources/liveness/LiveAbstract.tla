---- MODULE LiveAbstract ----
EXTENDS Naturals
VARIABLES y, z
vars == <<y, z>>
Next == y < 2 /\ y' = y + 1 /\ UNCHANGED z
CanStep == ENABLED Next
Fair == WF_vars(Next)
Spec == y = 0 /\ z = 0 /\ [][Next]_vars /\ Fair
====
