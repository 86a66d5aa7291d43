------------------------------- MODULE Reals -------------------------------
(***************************************************************************)
(* The real numbers.  Specs that extend this module can be parsed and      *)
(* resolved, but the evaluator has no real numbers, so the bodies are      *)
(* placeholders that fix names, arities and levels: Unspecified(tag, args) *)
(* is some value depending on every argument.                              *)
(***************************************************************************)
EXTENDS Integers

LOCAL Unspecified(tag, args) == CHOOSE value : <<tag, args>> = <<tag, args>>

Real == Unspecified("Real", <<>>)

a / b == CHOOSE q \in Real : q * b = a

Infinity == Unspecified("Infinity", <<>>)

=============================================================================
