-------------------------------- MODULE Bags --------------------------------
(***************************************************************************)
(* Bags (multisets).  A bag is a function from its elements to their       *)
(* positive numbers of copies.  The evaluator computes these natively; the *)
(* bodies are their definitions.                                           *)
(***************************************************************************)
LOCAL INSTANCE Naturals

\* The sum of Weight(e) over the elements e of the finite set S.
LOCAL Total(S, Weight(_)) ==
    LET sum[T \in SUBSET S] ==
            IF T = {} THEN 0
            ELSE LET e == CHOOSE x \in T : TRUE IN Weight(e) + sum[T \ {e}]
    IN  sum[S]

IsABag(B) == B \in [DOMAIN B -> {n \in Nat : n > 0}]

BagToSet(B) == DOMAIN B

SetToBag(S) == [e \in S |-> 1]

BagIn(e, B) == e \in BagToSet(B)

EmptyBag == SetToBag({})

CopiesIn(e, B) == IF BagIn(e, B) THEN B[e] ELSE 0

B1 (+) B2 ==
    [e \in DOMAIN B1 \cup DOMAIN B2 |-> CopiesIn(e, B1) + CopiesIn(e, B2)]

B1 (-) B2 ==
    LET left == {e \in DOMAIN B1 : CopiesIn(e, B1) > CopiesIn(e, B2)}
    IN  [e \in left |-> CopiesIn(e, B1) - CopiesIn(e, B2)]

BagUnion(S) ==
    LET union[T \in SUBSET S] ==
            IF T = {} THEN EmptyBag
            ELSE LET B == CHOOSE x \in T : TRUE IN B (+) union[T \ {B}]
    IN  union[S]

B1 \sqsubseteq B2 ==
    /\ DOMAIN B1 \subseteq DOMAIN B2
    /\ \A e \in DOMAIN B1 : B1[e] <= B2[e]

SubBag(B) ==
    {SB \in UNION {[D -> {n \in Nat : n > 0}] : D \in SUBSET DOMAIN B} : SB \sqsubseteq B}

BagOfAll(F(_), B) ==
    [y \in {F(x) : x \in DOMAIN B} |->
        Total({x \in DOMAIN B : F(x) = y}, LAMBDA x : B[x])]

BagCardinality(B) == Total(DOMAIN B, LAMBDA e : B[e])

=============================================================================
