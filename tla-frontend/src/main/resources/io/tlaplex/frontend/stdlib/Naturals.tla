------------------------------ MODULE Naturals ------------------------------
(***************************************************************************)
(* The natural numbers and their arithmetic.                               *)
(*                                                                         *)
(* The evaluator computes every operator of this module natively (keyed by *)
(* module and name), so these bodies are read only for names, arities and  *)
(* levels.  Where a short TLA+ definition exists it is given.  Nat and +   *)
(* have none without a theory of the successor function, so their bodies   *)
(* are placeholders: Unspecified(tag, args) is some value that depends on  *)
(* every argument, which makes the level of an application the highest     *)
(* level of its arguments, as for any constant operator.                   *)
(***************************************************************************)

LOCAL Unspecified(tag, args) == CHOOSE value : <<tag, args>> = <<tag, args>>

Nat == Unspecified("Nat", <<>>)

a + b == Unspecified("+", <<a, b>>)

a - b == CHOOSE d \in Nat : b + d = a

a * b ==
    LET times[k \in Nat] == IF k = 0 THEN 0 ELSE times[k - 1] + a
    IN  times[b]

a ^ b ==
    LET power[k \in Nat] == IF k = 0 THEN 1 ELSE power[k - 1] * a
    IN  power[b]

a < b == a /= b /\ \E d \in Nat : a + d = b

a > b == b < a

a <= b == a < b \/ a = b

a >= b == b <= a

a \div b == CHOOSE q \in Nat : \E r \in Nat : r < b /\ a = b * q + r

a % b == a - b * (a \div b)

a .. b == {i \in Nat : a <= i /\ i <= b}

=============================================================================
