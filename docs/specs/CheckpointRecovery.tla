--------------------------- MODULE CheckpointRecovery ---------------------------
(***************************************************************************)
(* Checkpoints and crash recovery of tlaplex's level-synchronous search,   *)
(* over an abstract state graph spread across nodes by an owner function.  *)
(*                                                                         *)
(* Nodes expand the states of the current level and send each successor   *)
(* to its owner, who keeps it if it is new (its share of the fingerprint   *)
(* set) and queues it for the next level.  At a level boundary, when no    *)
(* state is in flight, the coordinator may commit a checkpoint: every      *)
(* node's seen set and queue, atomically (the manifest's rename).  A node  *)
(* may crash at any moment and lose everything in memory; then every node  *)
(* rolls back to the last committed checkpoint (or to the initial states   *)
(* when there is none) and the search goes on.                             *)
(*                                                                         *)
(* Checked: no state is lost or invented, epochs are committed once each   *)
(* and never go back, the run ends only when every reachable state was     *)
(* found, at the depth of an uninterrupted search, and (under fairness,    *)
(* with finitely many crashes) it does end.                                *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Nodes,      \* the node JVMs
    States,     \* the states of the graph
    InitStates, \* its initial states
    Succ,       \* Succ[s]: the successors of s
    Owner,      \* Owner[s]: the node that owns s
    MaxCrashes  \* how many crashes a behaviour may have

ASSUME InitStates \subseteq States /\ \A s \in States : Succ[s] \subseteq States /\ Owner[s] \in Nodes

\* What an uninterrupted breadth-first search finds, level by level.
RECURSIVE LevelSet(_)
LevelSet(d) == IF d = 1 THEN InitStates
               ELSE LET prev == LevelSet(d - 1)
                        before == UNION {LevelSet(e) : e \in 1 .. (d - 1)}
                    IN  UNION {Succ[s] : s \in prev} \ before
RECURSIVE Depth(_)
Depth(d) == IF LevelSet(d + 1) = {} THEN d ELSE Depth(d + 1)
BfsDepth == IF InitStates = {} THEN 0 ELSE Depth(1)
Reachable == UNION {LevelSet(d) : d \in 1 .. BfsDepth}

Owned(S, n) == {s \in S : Owner[s] = n}
NoCheckpoint == [epoch |-> 0, level |-> 1, seen |-> [n \in Nodes |-> Owned(InitStates, n)],
                 frontier |-> [n \in Nodes |-> Owned(InitStates, n)]]

VARIABLES
    seen,       \* seen[n]: the states n owns and has found (its fingerprint shard)
    frontier,   \* frontier[n]: n's states of the current level still to expand
    next,       \* next[n]: n's new states of the next level
    inflight,   \* successors sent and not yet received: <<owner, state>>
    level,      \* the level being expanded
    atBoundary, \* TRUE right after a level boundary, before any state of the level is expanded
    ckpt,       \* the last committed checkpoint
    committed,  \* every epoch ever committed
    up,         \* the nodes running (a crashed node has lost its memory)
    crashes,    \* crashes so far
    done        \* the run has ended and reported its result

vars == <<seen, frontier, next, inflight, level, atBoundary, ckpt, committed, up, crashes, done>>

TypeOK ==
    /\ seen \in [Nodes -> SUBSET States]
    /\ frontier \in [Nodes -> SUBSET States]
    /\ next \in [Nodes -> SUBSET States]
    /\ inflight \subseteq Nodes \X States
    /\ level \in Nat \ {0}
    /\ up \subseteq Nodes
    /\ crashes \in 0 .. MaxCrashes
    /\ done \in BOOLEAN

Restore(c) ==
    /\ seen' = c.seen
    /\ frontier' = c.frontier
    /\ next' = [n \in Nodes |-> {}]
    /\ inflight' = {}
    /\ level' = c.level
    /\ atBoundary' = FALSE

Init ==
    /\ ckpt = NoCheckpoint
    /\ committed = {}
    /\ up = Nodes
    /\ crashes = 0
    /\ done = FALSE
    /\ seen = NoCheckpoint.seen
    /\ frontier = NoCheckpoint.frontier
    /\ next = [n \in Nodes |-> {}]
    /\ inflight = {}
    /\ level = 1
    /\ atBoundary = TRUE

\* Node n expands one state of the current level and sends every successor to its owner.
Expand(n) ==
    /\ ~done /\ up = Nodes
    /\ \E s \in frontier[n] :
        /\ frontier' = [frontier EXCEPT ![n] = @ \ {s}]
        /\ inflight' = inflight \cup {<<Owner[t], t>> : t \in Succ[s]}
    /\ atBoundary' = FALSE
    /\ UNCHANGED <<seen, next, level, ckpt, committed, up, crashes, done>>

\* Node n receives a successor it owns: new states are kept for the next level, known ones dropped.
Receive(n) ==
    /\ ~done /\ up = Nodes
    /\ \E m \in inflight :
        /\ m[1] = n
        /\ inflight' = inflight \ {m}
        /\ IF m[2] \in seen[n]
              THEN UNCHANGED <<seen, next>>
              ELSE /\ seen' = [seen EXCEPT ![n] = @ \cup {m[2]}]
                   /\ next' = [next EXCEPT ![n] = @ \cup {m[2]}]
    /\ UNCHANGED <<frontier, level, atBoundary, ckpt, committed, up, crashes, done>>

\* Termination of the level (detected by counting waves, see the termination spec): every node idle, nothing in
\* flight. The run ends when the next level is empty; otherwise the next level starts.
EndLevel ==
    /\ ~done /\ up = Nodes
    /\ \A n \in Nodes : frontier[n] = {}
    /\ inflight = {}
    /\ IF \A n \in Nodes : next[n] = {}
          THEN /\ done' = TRUE
               /\ UNCHANGED <<frontier, next, level, atBoundary>>
          ELSE /\ frontier' = next
               /\ next' = [n \in Nodes |-> {}]
               /\ level' = level + 1
               /\ atBoundary' = TRUE
               /\ UNCHANGED done
    /\ UNCHANGED <<seen, inflight, ckpt, committed, up, crashes>>

\* At a level boundary the coordinator commits the next epoch: every node's shard and queue.
Checkpoint ==
    /\ ~done /\ up = Nodes /\ atBoundary
    /\ LET e == ckpt.epoch + 1 IN
        /\ ckpt' = [epoch |-> e, level |-> level, seen |-> seen, frontier |-> frontier]
        /\ committed' = committed \cup {e}
    /\ atBoundary' = FALSE
    /\ UNCHANGED <<seen, frontier, next, inflight, level, up, crashes, done>>

\* A node JVM dies (kill -9): its memory is gone, and so are the states sent to it.
Crash(n) ==
    /\ ~done /\ n \in up /\ crashes < MaxCrashes
    /\ up' = up \ {n}
    /\ crashes' = crashes + 1
    /\ seen' = [seen EXCEPT ![n] = {}]
    /\ frontier' = [frontier EXCEPT ![n] = {}]
    /\ next' = [next EXCEPT ![n] = {}]
    /\ inflight' = {m \in inflight : m[1] # n}
    /\ UNCHANGED <<level, atBoundary, ckpt, committed, done>>

\* The failure detector downed the node; it is restarted and every node rolls back to the last committed epoch.
Recover ==
    /\ ~done /\ up # Nodes
    /\ Restore(ckpt)
    /\ up' = Nodes
    /\ UNCHANGED <<ckpt, committed, crashes, done>>

Progress == (\E n \in Nodes : Expand(n) \/ Receive(n)) \/ EndLevel \/ Recover

Next == Progress \/ Checkpoint \/ \E n \in Nodes : Crash(n)

Spec == Init /\ [][Next]_vars /\ WF_vars(Progress)

-----------------------------------------------------------------------------
\* Nothing is invented: every state found is reachable and kept by its owner.
SeenReachable == \A n \in Nodes : seen[n] \subseteq Owned(Reachable, n)

\* A committed checkpoint is a consistent cut: its queues hold only states its shards hold.
CheckpointConsistent ==
    /\ \A n \in Nodes : ckpt.frontier[n] \subseteq ckpt.seen[n] /\ ckpt.seen[n] \subseteq Owned(Reachable, n)
    /\ ckpt.epoch = Cardinality(committed)

\* The run ends only when every reachable state was found, at the depth of an uninterrupted search.
NoStateLost == done => /\ UNION {seen[n] : n \in Nodes} = Reachable
                       /\ level = BfsDepth

\* Epochs are committed once each, in order, and never go back.
EpochsForward == [][ckpt'.epoch \in {ckpt.epoch, ckpt.epoch + 1}]_vars

\* With finitely many crashes, the run ends.
Terminates == <>done
==================================================================================
