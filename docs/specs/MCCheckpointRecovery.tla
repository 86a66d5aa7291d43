------------------------- MODULE MCCheckpointRecovery -------------------------
EXTENDS CheckpointRecovery, TLC

\* A graph of five states: a diamond, a back edge and a self-loop; split over two nodes, or all on one (a resume
\* on fewer nodes).
MCSucc == (1 :> {2, 3}) @@ (2 :> {4}) @@ (3 :> {4, 1}) @@ (4 :> {5}) @@ (5 :> {5})
MCOwner == (1 :> "n1") @@ (2 :> "n2") @@ (3 :> "n1") @@ (4 :> "n2") @@ (5 :> "n1")
MCOwnerOne == [s \in 1 .. 5 |-> "n1"]
MCOwners == {MCOwner, MCOwnerOne}
==================================================================================
