---- MODULE LiveCounter ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Fair == Init /\ [][Next]_x /\ WF_x(Next)
Unfair == Init /\ [][Next]_x
Reaches == <>(x = 3)
Leads == (x = 1) ~> (x = 3)
Steps == []<><<Next>>_x
Settles == <>[](x = 3)
Quant == \A n \in 0..3 : <>(x >= n)
EnabledGone == <>(~ENABLED Next)
Nested == [](x = 1 => <>[](x # 1))
====
