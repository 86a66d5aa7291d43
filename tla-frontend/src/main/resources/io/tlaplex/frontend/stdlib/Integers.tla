------------------------------ MODULE Integers ------------------------------
(***************************************************************************)
(* The integers: Naturals plus the set Int and unary minus.  The evaluator *)
(* computes these natively; the bodies give names, arities and levels.     *)
(***************************************************************************)
EXTENDS Naturals

-. a == 0 - a

Int == Nat \cup {-. n : n \in Nat}

=============================================================================
