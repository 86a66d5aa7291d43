---- MODULE LiveRefine ----
EXTENDS Naturals
VARIABLES lo, hi
vars == <<lo, hi>>
Init == lo = 0 /\ hi = 0
IncLo == lo + hi < 2 /\ lo' = lo + 1 /\ UNCHANGED hi
IncHi == lo + hi < 2 /\ hi' = hi + 1 /\ UNCHANGED lo
Next == IncLo \/ IncHi
A == INSTANCE LiveAbstract WITH y <- lo + hi, z <- 0
AllFair == Init /\ [][Next]_vars /\ WF_vars(Next)
NoFair == Init /\ [][Next]_vars
FairThroughInstance == Init /\ [][Next]_vars /\ A!Fair
EnabledThroughInstance == A!CanStep = (lo + hi < 2)
Refines == A!Spec
SumReaches2 == <>(lo + hi = 2)
LoReaches1 == <>(lo = 1)
====
