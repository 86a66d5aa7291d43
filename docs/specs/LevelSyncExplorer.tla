--------------------------- MODULE LevelSyncExplorer ---------------------------
(***************************************************************************)
(* The level-synchronous breadth-first search of one node, as              *)
(* io.tlaplex.worker.explore.ParallelExplorer runs it.                     *)
(*                                                                         *)
(* Each worker owns a current queue, holding states of the level being     *)
(* expanded, and a next queue.  A worker takes a batch from its own        *)
(* current queue or steals one from a peer's, expands the batch's states   *)
(* one by one, and puts the successors that the fingerprint set did not    *)
(* hold yet into its own next queue.  A worker leaves the level once it    *)
(* has seen every current queue empty, one queue at a time: nothing is     *)
(* added to a current queue during a level, so an empty queue stays        *)
(* empty.  The last worker to reach the barrier either ends the run (a     *)
(* failure was found, or no worker queued a next state) or makes every     *)
(* next queue current and starts the next level.                           *)
(*                                                                         *)
(* Failures: a state that violates the invariant, found when it is first   *)
(* generated (one level deeper than the states being expanded), and a      *)
(* state without successors, found when it is expanded (when deadlock is   *)
(* checked).  A violation one level deeper than the current one stops the  *)
(* run only at the level's end, after the workers drained the rest of the  *)
(* level looking for stuck states; every other failure stops it at once.   *)
(* So the run always reports a shortest failure.  Evaluation errors, the   *)
(* trace log and the spilling of queues to disk are left out; the          *)
(* fingerprint set is an atomic insert-if-absent (FingerprintSet.tla).     *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Workers,        \* the worker threads
    States,         \* every state of the spec being checked
    InitStates,     \* its initial states
    Succ,           \* Succ[s]: the successors of s
    Bad,            \* the states that violate the invariant
    CheckDeadlock   \* whether a state without successors is a failure

ASSUME /\ InitStates \subseteq States
       /\ Bad \subseteq States
       /\ Succ \in [States -> SUBSET States]
       /\ CheckDeadlock \in BOOLEAN

VARIABLES
    cur,       \* cur[w]: w's queue of states of the current level
    nxt,       \* nxt[w]: w's queue of new states for the next level
    held,      \* held[w]: the batch w took and has not expanded yet
    seen,      \* the fingerprint set
    expanded,  \* expanded[s]: how often s was expanded
    level,     \* the depth of the states being expanded; initial states have depth 1
    pc,        \* "work", "arrived" at the barrier, or "done"
    scanned,   \* scanned[w]: the current queues w has seen empty in this level
    stop,      \* the workers abandon what they hold and go to the barrier
    drain,     \* the workers only look for stuck states until the barrier
    failure    \* the shortest failure reported so far, or NoFailure

vars == <<cur, nxt, held, seen, expanded, level, pc, scanned, stop, drain, failure>>

NoFailure == [kind |-> "none", len |-> 0]

(***************************************************************************)
(* What a sequential breadth-first search finds: Layers[k] holds the       *)
(* states of depth k; violating states are never expanded.                 *)
(***************************************************************************)
MaxDepth == Cardinality(States) + 1

Layers[k \in 1..MaxDepth] ==
    IF k = 1 THEN InitStates
    ELSE (UNION {Succ[s] : s \in Layers[k - 1] \ Bad})
            \ UNION {Layers[j] : j \in 1..(k - 1)}

Reachable == UNION {Layers[k] : k \in 1..MaxDepth}

Depth(s) == CHOOSE k \in 1..MaxDepth : s \in Layers[k]

Stuck == {s \in Reachable \ Bad : Succ[s] = {}}

FailureDepths ==
    {Depth(s) : s \in Reachable \cap Bad}
        \cup (IF CheckDeadlock THEN {Depth(s) : s \in Stuck} ELSE {})

Min(S) == CHOOSE m \in S : \A x \in S : m <= x

(***************************************************************************)
(* The initial states are generated before the workers start and spread   *)
(* over their current queues; a violating one ends the run at once.       *)
(***************************************************************************)
Init ==
    /\ seen = InitStates
    /\ failure = IF InitStates \cap Bad # {}
                    THEN [kind |-> "invariant", len |-> 1] ELSE NoFailure
    /\ \E owner \in [InitStates \ Bad -> Workers] :
           cur = [w \in Workers |-> {s \in InitStates \ Bad : owner[s] = w}]
    /\ nxt = [w \in Workers |-> {}]
    /\ held = [w \in Workers |-> {}]
    /\ expanded = [s \in States |-> 0]
    /\ level = 1
    /\ pc = [w \in Workers |->
                IF failure # NoFailure \/ InitStates = {} THEN "done" ELSE "work"]
    /\ scanned = [w \in Workers |-> {}]
    /\ stop = FALSE
    /\ drain = FALSE

(***************************************************************************)
(* Keeps the shorter failure.  One of length level or less cannot be beaten *)
(* any more; one of length level + 1 can, by a stuck state of this level.  *)
(***************************************************************************)
Report(f) ==
    LET best == IF failure = NoFailure \/ f.len < failure.len THEN f ELSE failure
    IN  /\ failure' = best
        /\ IF best.len <= level \/ ~CheckDeadlock
              THEN stop' = TRUE /\ drain' = drain
              ELSE drain' = TRUE /\ stop' = stop

(* w takes a batch from v's current queue, under v's lock; v = w or a peer. *)
Take(w, v) ==
    /\ pc[w] = "work"
    /\ held[w] = {}
    /\ ~stop
    /\ \E batch \in (SUBSET cur[v]) \ {{}} :
           /\ held' = [held EXCEPT ![w] = batch]
           /\ cur' = [cur EXCEPT ![v] = cur[v] \ batch]
    /\ UNCHANGED <<nxt, seen, expanded, level, pc, scanned, stop, drain, failure>>

(* w expands one state of its batch; the fingerprint set tells which successors are new. *)
Expand(w) ==
    /\ pc[w] = "work"
    /\ ~stop
    /\ \E s \in held[w] :
           LET new == Succ[s] \ seen
           IN  /\ held' = [held EXCEPT ![w] = held[w] \ {s}]
               /\ expanded' = [expanded EXCEPT ![s] = @ + 1]
               /\ IF drain
                     THEN /\ UNCHANGED <<nxt, seen>>
                          /\ IF CheckDeadlock /\ Succ[s] = {}
                                THEN Report([kind |-> "deadlock", len |-> level])
                                ELSE UNCHANGED <<stop, drain, failure>>
                     ELSE /\ seen' = seen \cup Succ[s]
                          /\ nxt' = [nxt EXCEPT ![w] = @ \cup (new \ Bad)]
                          /\ IF new \cap Bad # {}
                                THEN Report([kind |-> "invariant", len |-> level + 1])
                             ELSE IF CheckDeadlock /\ Succ[s] = {}
                                THEN Report([kind |-> "deadlock", len |-> level])
                             ELSE UNCHANGED <<stop, drain, failure>>
    /\ UNCHANGED <<cur, level, pc, scanned>>

(* w, holding nothing, finds v's current queue empty; it will stay empty this level. *)
SeeEmpty(w, v) ==
    /\ pc[w] = "work"
    /\ held[w] = {}
    /\ cur[v] = {}
    /\ v \notin scanned[w]
    /\ scanned' = [scanned EXCEPT ![w] = @ \cup {v}]
    /\ UNCHANGED <<cur, nxt, held, seen, expanded, level, pc, stop, drain, failure>>

(* w has seen every current queue empty, or was told to stop and drops its batch. *)
Arrive(w) ==
    /\ pc[w] = "work"
    /\ (held[w] = {} /\ scanned[w] = Workers) \/ stop
    /\ pc' = [pc EXCEPT ![w] = "arrived"]
    /\ held' = [held EXCEPT ![w] = {}]
    /\ UNCHANGED <<cur, nxt, seen, expanded, level, scanned, stop, drain, failure>>

(* The barrier action, run by the last worker to arrive while the others wait. *)
Barrier ==
    /\ \A w \in Workers : pc[w] = "arrived"
    /\ IF stop \/ drain \/ failure # NoFailure \/ \A w \in Workers : nxt[w] = {}
          THEN /\ pc' = [w \in Workers |-> "done"]
               /\ UNCHANGED <<cur, nxt, level, scanned>>
          ELSE /\ cur' = nxt
               /\ nxt' = [w \in Workers |-> {}]
               /\ level' = level + 1
               /\ pc' = [w \in Workers |-> "work"]
               /\ scanned' = [w \in Workers |-> {}]
    /\ UNCHANGED <<held, seen, expanded, stop, drain, failure>>

Done == \A w \in Workers : pc[w] = "done"

(***************************************************************************)
(* A finished run stutters, so that a deadlock in the model checker's      *)
(* sense is a run stuck before it is done.  Every other step moves a       *)
(* measure that only grows (level, then expanded, taken and scanned        *)
(* states, arrivals), so no behaviour avoids Done forever: with deadlock   *)
(* checking on, safety checking alone shows Termination.                   *)
(***************************************************************************)
Finished == Done /\ UNCHANGED vars

Next ==
    \/ \E w, v \in Workers : Take(w, v) \/ SeeEmpty(w, v)
    \/ \E w \in Workers : Expand(w) \/ Arrive(w)
    \/ Barrier
    \/ Finished

Spec == Init /\ [][Next]_vars /\ WF_vars(Next)

-----------------------------------------------------------------------------
TypeOK ==
    /\ cur \in [Workers -> SUBSET States]
    /\ nxt \in [Workers -> SUBSET States]
    /\ held \in [Workers -> SUBSET States]
    /\ seen \subseteq States
    /\ expanded \in [States -> Nat]
    /\ level \in 1..MaxDepth
    /\ pc \in [Workers -> {"work", "arrived", "done"}]
    /\ scanned \in [Workers -> SUBSET Workers]
    /\ stop \in BOOLEAN
    /\ drain \in BOOLEAN
    /\ failure.kind \in {"none", "invariant", "deadlock"}

(* No state is expanded twice, and none before the fingerprint set held it. *)
ExpandedOnce == \A s \in States : expanded[s] <= 1

DedupBeforeExpand == \A s \in States : expanded[s] > 0 => s \in seen

(* Until the run stops, every new state that does not violate the invariant is in exactly one place. *)
NothingLost ==
    ~stop =>
        \A s \in seen \ Bad :
            Cardinality({w \in Workers : s \in cur[w]})
              + Cardinality({w \in Workers : s \in nxt[w]})
              + Cardinality({w \in Workers : s \in held[w]})
              + expanded[s] = 1

(* Queues hold exactly one level: the one being expanded, or the next one. *)
LevelsAreDepths ==
    /\ \A w \in Workers : \A s \in cur[w] \cup held[w] : Depth(s) = level
    /\ \A w \in Workers : \A s \in nxt[w] : Depth(s) = level + 1

(* A queue seen empty in this level is still empty. *)
ScannedStaysEmpty == \A w \in Workers : \A v \in scanned[w] : cur[v] = {}

(* A finished run found everything, or a shortest failure. *)
CorrectResult ==
    Done =>
        IF FailureDepths = {}
           THEN /\ failure = NoFailure
                /\ {s \in States : expanded[s] > 0} = Reachable
           ELSE /\ failure # NoFailure
                /\ failure.len = Min(FailureDepths)

Termination == <>Done

THEOREM Spec => [](TypeOK /\ ExpandedOnce /\ DedupBeforeExpand /\ NothingLost
                   /\ LevelsAreDepths /\ ScannedStaysEmpty /\ CorrectResult)
=============================================================================
