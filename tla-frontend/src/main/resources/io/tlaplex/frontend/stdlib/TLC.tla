-------------------------------- MODULE TLC --------------------------------
(***************************************************************************)
(* Operators that TLC provides for printing, checking, run-time state and  *)
(* a few handy functions.  The evaluator implements all of them natively   *)
(* (keyed by module and name).  Where an operator has a TLA+ meaning the   *)
(* body states it; operators whose value comes from the run (JavaTime,     *)
(* TLCGet, RandomElement, Any, ToString) have placeholder bodies of the    *)
(* same arity and level, and side effects (printing, TLCSet) are not       *)
(* expressible, so those bodies give only the value.                       *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets

\* Prints out and val; equals val.
Print(out, val) == val

\* Prints out; equals TRUE.
PrintT(out) == TRUE

\* Equals TRUE if val is TRUE; otherwise TLC stops with the error message out.
Assert(val, out) == val = TRUE

\* The current time in milliseconds, as TLC reads it.
JavaTime == CHOOSE n \in Nat : TRUE

\* The value of TLC's register or statistic i.
TLCGet(i) == CHOOSE value : i = i

\* Sets TLC's register i to v; equals TRUE.
TLCSet(i, v) == TRUE

\* The function with domain {d} that maps d to e.
d :> e == [x \in {d} |-> e]

\* f merged with g, f taking precedence where both are defined.
f @@ g == [x \in (DOMAIN f) \cup (DOMAIN g) |-> IF x \in DOMAIN f THEN f[x] ELSE g[x]]

\* The set of permutations of S.
Permutations(S) == {p \in [S -> S] : \A y \in S : \E x \in S : p[x] = y}

\* s sorted by the order Op, where Op(a, b) means a comes before b.
SortSeq(s, Op(_, _)) ==
    LET order == CHOOSE p \in Permutations(1 .. Len(s)) :
                     \A i, j \in 1 .. Len(s) :
                         i < j => Op(s[p[i]], s[p[j]]) \/ s[p[i]] = s[p[j]]
    IN  [i \in 1 .. Len(s) |-> s[order[i]]]

\* Some element of s, chosen pseudo-randomly each time it is evaluated.
RandomElement(s) == CHOOSE x \in s : TRUE

\* A value that TLC considers a member of every set.
Any == CHOOSE x : TRUE

\* The string TLC prints for v.
ToString(v) == CHOOSE str \in STRING : v = v

\* v, evaluated eagerly and cached by TLC.
TLCEval(v) == v

=============================================================================
