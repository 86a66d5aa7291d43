----------------------------- MODULE FiniteSets -----------------------------
(***************************************************************************)
(* Finite sets and their sizes.  A set has n elements when some function   *)
(* from 1..n onto it is one-to-one.  The evaluator computes these          *)
(* natively; the bodies are their definitions.                             *)
(***************************************************************************)
LOCAL INSTANCE Naturals

LOCAL Enumerates(f, n, S) ==
    /\ \A y \in S : \E i \in 1 .. n : f[i] = y
    /\ \A i, j \in 1 .. n : f[i] = f[j] => i = j

IsFiniteSet(S) == \E n \in Nat : \E f \in [1 .. n -> S] : Enumerates(f, n, S)

Cardinality(S) == CHOOSE n \in Nat : \E f \in [1 .. n -> S] : Enumerates(f, n, S)

=============================================================================
