------------------------- MODULE MCLevelSyncExplorer -------------------------
(* Small graphs to model-check LevelSyncExplorer with, two workers each.   *)
EXTENDS LevelSyncExplorer

(* 1 -> 2, 3; 2 is stuck at depth 2; 3 -> 4, violating at depth 3; 4 -> 3. *)
(* A worker may find 4 before 2 is expanded: the drain must still report 2. *)
StuckBeforeBad == [s \in 1..4 |-> CASE s = 1 -> {2, 3}
                                    [] s = 2 -> {}
                                    [] s = 3 -> {4}
                                    [] s = 4 -> {3}]

(* Two initial states, a diamond, a back edge and a self loop; nothing fails. *)
Diamond == [s \in 1..5 |-> CASE s = 1 -> {2, 3}
                             [] s = 2 -> {4}
                             [] s = 3 -> {4, 1}
                             [] s = 4 -> {5, 4}
                             [] s = 5 -> {2}]
=============================================================================
