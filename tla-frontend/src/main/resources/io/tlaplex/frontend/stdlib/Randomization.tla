---------------------------- MODULE Randomization ----------------------------
(***************************************************************************)
(* Pseudo-random subsets, mostly for the initial predicate when checking   *)
(* inductive invariants.  The evaluator implements the choices natively;   *)
(* each body states what the result satisfies.                             *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets

\* A subset of S with k elements.
RandomSubset(k, S) == CHOOSE T \in SUBSET S : Cardinality(T) = k

\* At most k subsets of S, each holding every element of S with probability n / Cardinality(S).
RandomSetOfSubsets(k, n, S) == CHOOSE T \in SUBSET SUBSET S : Cardinality(T) <= k /\ n = n

\* At most k subsets of S, each holding every element of S with the probability given as
\* the string prob (e.g. "0.5").
RandomSubsetSet(k, prob, S) == CHOOSE T \in SUBSET SUBSET S : Cardinality(T) <= k /\ prob = prob

\* The sizes of five draws of RandomSubset(k, S).
TestRandomSubset(k, S) == [i \in 1 .. 5 |-> Cardinality(RandomSubset(k, S))]

\* The sizes of five draws of RandomSetOfSubsets(k, n, S).
TestRandomSetOfSubsets(k, n, S) == [i \in 1 .. 5 |-> Cardinality(RandomSetOfSubsets(k, n, S))]

\* The sizes of five draws of RandomSubsetSet(k, prob, S).
TestRandomSubsetSet(k, prob, S) == [i \in 1 .. 5 |-> Cardinality(RandomSubsetSet(k, prob, S))]

=============================================================================
