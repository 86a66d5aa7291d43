---- MODULE LiveStrong ----
EXTENDS Naturals
VARIABLES x, done
vars == <<x, done>>
Init == x = 0 /\ done = FALSE
Flip == x' = 1 - x /\ UNCHANGED done
Finish == x = 1 /\ ~done /\ done' = TRUE /\ UNCHANGED x
Next == Flip \/ Finish
Weak == Init /\ [][Next]_vars /\ WF_vars(Flip) /\ WF_vars(Finish)
Strong == Init /\ [][Next]_vars /\ WF_vars(Flip) /\ \A i \in {1} : SF_vars(Finish)
Done == <>done
====
