------------------------------- MODULE TLCExt -------------------------------
(***************************************************************************)
(* More operators that only TLC can give a value to: assertions, access to *)
(* the trace of the current behavior, model values made from strings and   *)
(* evaluation hints.  The evaluator implements all of them natively; the   *)
(* bodies state the value where TLA+ can, and otherwise are placeholders   *)
(* of the same arity and level.                                            *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers
LOCAL INSTANCE Sequences

\* a = b; when it is false TLC also prints a and b.
AssertEq(a, b) == a = b

\* TRUE if evaluating exp fails with the error message err.
AssertError(err, exp) == CHOOSE ok \in BOOLEAN : <<err, exp>> = <<err, exp>>

\* TLC's register key, or defaultVal if it is unset.
TLCGetOrDefault(key, defaultVal) == CHOOSE value : <<key, defaultVal>> = <<key, defaultVal>>

\* Sets register key to Op(old value, val); equals the old value.
TLCGetAndSet(key, Op(_, _), val, defaultVal) ==
    LET old == TLCGetOrDefault(key, defaultVal)
    IN  CHOOSE result \in {old} : TLCSet(key, Op(old, val))

\* The behavior that leads to the current state, as a sequence of records.
Trace == CHOOSE t \in Seq([STRING -> STRING]) : TRUE

\* In a POSTCONDITION, the graph of states and actions of the counterexample.
CounterExample == CHOOSE graph \in [state : SUBSET STRING, action : SUBSET STRING] : TRUE

\* The counterexample CE as a sequence of states.
ToTrace(CE) == CHOOSE t : CE = CE

\* The model value whose name is str.
TLCModelValue(str) == CHOOSE value : ToString(value) = str

\* expression, evaluated later (or never); equals TRUE.
TLCDefer(expression) == TRUE

\* val, unchanged: a place to set a breakpoint in the evaluator.
TLCNoOp(val) == val

\* TRUE; lets a user pick successor states interactively when exp is FALSE.
PickSuccessor(exp) == IF exp THEN TRUE ELSE CHOOSE b \in BOOLEAN : TRUE

\* expression, cached by TLC under the value of closure.
TLCCache(expression, closure) == expression

\* The fingerprint TLC computes for val.
TLCFP(val) == CHOOSE fp \in Int : val = val

\* The value of the definition named definitionName.
TLCEvalDefinition(definitionName) == CHOOSE value : definitionName = definitionName

=============================================================================
