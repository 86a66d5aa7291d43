--------------------------- MODULE CheckpointRecovery ---------------------------
(***************************************************************************)
(* Checkpoints and crash recovery of tlaplex's level-synchronous search,   *)
(* over an abstract state graph spread across nodes by an owner function.  *)
(*                                                                         *)
(* Nodes expand the states of the current level and send each successor   *)
(* to its owner, who keeps it if it is new (its share of the fingerprint   *)
(* set) and queues it for the next level.  At a level boundary, when no    *)
(* state is in flight, the coordinator may take a checkpoint: every node   *)
(* writes its seen set and queue, then the coordinator commits the epoch   *)
(* (the manifest's rename).  A node may crash at any moment and lose       *)
(* everything in memory, and the newest epoch's files may be damaged;      *)
(* then every node starts again from the newest usable epoch (or from the  *)
(* initial states when there is none), possibly under another owner        *)
(* function (a resume on another number of nodes re-splits the shards).    *)
(*                                                                         *)
(* Checked: no state is lost or invented, epochs are committed once each   *)
(* and never go back, the run ends only when every reachable state was     *)
(* found, at the depth of an uninterrupted search, and (under fairness,    *)
(* with finitely many faults) it does end.                                 *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Nodes,      \* the node JVMs
    States,     \* the states of the graph
    InitStates, \* its initial states
    Succ,       \* Succ[s]: the successors of s
    Owners,     \* the owner functions a run may use: Owner[s] is the node that owns s
    MaxCrashes  \* how many faults (crashes, damaged epochs) a behaviour may have

ASSUME /\ InitStates \subseteq States /\ \A s \in States : Succ[s] \subseteq States
       /\ Owners # {} /\ \A o \in Owners : o \in [States -> Nodes]

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

\* A checkpoint keeps the states found and queued, whichever node wrote them: a resume splits them anew.
NoCheckpoint == [level |-> 1, seen |-> InitStates, frontier |-> InitStates]

VARIABLES
    owner,      \* the owner function of the running attempt
    seen,       \* seen[n]: the states n owns and has found (its fingerprint shard)
    frontier,   \* frontier[n]: n's states of the current level still to expand
    next,       \* next[n]: n's new states of the next level
    inflight,   \* successors sent and not yet received: <<owner, state>>
    level,      \* the level being expanded
    atBoundary, \* TRUE right after a level boundary, before any state of the level is expanded
    writing,    \* the nodes that have written their part of the epoch being taken, or NotWriting
    epoch,      \* the number of the last committed epoch (0: none)
    ckpt,       \* the newest usable committed checkpoint
    older,      \* the one committed before it, kept in case the newest is damaged (or NoCheckpoint)
    committed,  \* every epoch ever committed
    up,         \* the nodes running (a crashed node has lost its memory)
    crashes,    \* crashes so far
    done        \* the run has ended and reported its result

vars == <<owner, seen, frontier, next, inflight, level, atBoundary, writing, epoch, ckpt, older, committed, up,
          crashes, done>>

NotWriting == Nodes \cup {"none"}
Owned(S, n) == {s \in S : owner[s] = n}

TypeOK ==
    /\ owner \in Owners
    /\ seen \in [Nodes -> SUBSET States]
    /\ frontier \in [Nodes -> SUBSET States]
    /\ next \in [Nodes -> SUBSET States]
    /\ inflight \subseteq Nodes \X States
    /\ level \in Nat \ {0}
    /\ writing \in SUBSET Nodes \cup {NotWriting}
    /\ epoch \in Nat
    /\ up \subseteq Nodes
    /\ crashes \in 0 .. MaxCrashes
    /\ done \in BOOLEAN

\* Every node loads its share of c under the owner function o: its fingerprints and queued states.
Restore(c, o) ==
    /\ owner' = o
    /\ seen' = [n \in Nodes |-> {s \in c.seen : o[s] = n}]
    /\ frontier' = [n \in Nodes |-> {s \in c.frontier : o[s] = n}]
    /\ next' = [n \in Nodes |-> {}]
    /\ inflight' = {}
    /\ level' = c.level
    /\ atBoundary' = FALSE
    /\ writing' = NotWriting

Init ==
    /\ epoch = 0
    /\ ckpt = NoCheckpoint
    /\ older = NoCheckpoint
    /\ committed = {}
    /\ up = Nodes
    /\ crashes = 0
    /\ done = FALSE
    /\ owner \in Owners
    /\ seen = [n \in Nodes |-> {s \in InitStates : owner[s] = n}]
    /\ frontier = seen
    /\ next = [n \in Nodes |-> {}]
    /\ inflight = {}
    /\ level = 1
    /\ atBoundary = TRUE
    /\ writing = NotWriting

\* Node n expands one state of the current level and sends every successor to its owner.
Expand(n) ==
    /\ ~done /\ up = Nodes
    /\ writing = NotWriting
    /\ \E s \in frontier[n] :
        /\ frontier' = [frontier EXCEPT ![n] = @ \ {s}]
        /\ inflight' = inflight \cup {<<owner[t], t>> : t \in Succ[s]}
    /\ atBoundary' = FALSE
    /\ UNCHANGED <<owner, seen, next, level, writing, epoch, ckpt, older, committed, up, crashes, done>>

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
    /\ UNCHANGED <<owner, frontier, level, atBoundary, writing, epoch, ckpt, older, committed, up, crashes, done>>

\* Termination of the level (detected by counting waves, see the termination spec): every node idle, nothing in
\* flight. The run ends when the next level is empty; otherwise the next level starts.
EndLevel ==
    /\ ~done /\ up = Nodes /\ writing = NotWriting
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
    /\ UNCHANGED <<owner, seen, inflight, writing, epoch, ckpt, older, committed, up, crashes>>

\* At a level boundary the coordinator asks every node for its part of the next epoch.
BeginCheckpoint ==
    /\ ~done /\ up = Nodes /\ atBoundary /\ writing = NotWriting
    /\ writing' = {}
    /\ atBoundary' = FALSE
    /\ UNCHANGED <<owner, seen, frontier, next, inflight, level, epoch, ckpt, older, committed, up, crashes, done>>

\* Node n writes its shard and queue (files that count only once the epoch is committed).
WritePart(n) ==
    /\ ~done /\ n \in up /\ writing # NotWriting /\ n \notin writing
    /\ writing' = writing \cup {n}
    /\ UNCHANGED <<owner, seen, frontier, next, inflight, level, atBoundary, epoch, ckpt, older, committed, up,
                   crashes, done>>

\* Every node has written its part: the coordinator commits the epoch, and the level goes on.
Commit ==
    /\ ~done /\ up = Nodes /\ writing = Nodes
    /\ epoch' = epoch + 1
    /\ committed' = committed \cup {epoch + 1}
    /\ older' = ckpt
    /\ ckpt' = [level |-> level, seen |-> UNION {seen[n] : n \in Nodes},
                frontier |-> UNION {frontier[n] : n \in Nodes}]
    /\ writing' = NotWriting
    /\ UNCHANGED <<owner, seen, frontier, next, inflight, level, atBoundary, up, crashes, done>>

\* A node JVM dies (kill -9): its memory is gone, and so are the states sent to it.
Crash(n) ==
    /\ ~done /\ n \in up /\ crashes < MaxCrashes
    /\ up' = up \ {n}
    /\ crashes' = crashes + 1
    /\ seen' = [seen EXCEPT ![n] = {}]
    /\ frontier' = [frontier EXCEPT ![n] = {}]
    /\ next' = [next EXCEPT ![n] = {}]
    /\ inflight' = {m \in inflight : m[1] # n}
    /\ UNCHANGED <<owner, level, atBoundary, writing, epoch, ckpt, older, committed, done>>

\* While the nodes are down, a file of the newest epoch is damaged on disk: its checksum no longer matches, so
\* the restart passes it over for the epoch before.
Damage ==
    /\ ~done /\ up # Nodes /\ crashes < MaxCrashes /\ epoch > 0 /\ ckpt # older
    /\ crashes' = crashes + 1
    /\ ckpt' = older
    /\ UNCHANGED <<owner, seen, frontier, next, inflight, level, atBoundary, writing, epoch, older, committed, up,
                   done>>

\* The lost node was noticed: every node starts again from the newest usable epoch, on any owner function.
Recover ==
    /\ ~done /\ up # Nodes
    /\ \E o \in Owners : Restore(ckpt, o)
    /\ up' = Nodes
    /\ UNCHANGED <<epoch, ckpt, older, committed, crashes, done>>

Progress == (\E n \in Nodes : Expand(n) \/ Receive(n) \/ WritePart(n)) \/ EndLevel \/ Commit \/ Recover

Next == Progress \/ BeginCheckpoint \/ Damage \/ \E n \in Nodes : Crash(n)

Spec == Init /\ [][Next]_vars /\ WF_vars(Progress)

-----------------------------------------------------------------------------
\* Nothing is invented: every state found is reachable and kept by its owner.
SeenReachable == \A n \in Nodes : seen[n] \subseteq Owned(Reachable, n)

\* A committed checkpoint is a consistent cut: its queues hold only states its shards hold, all reachable,
\* with every state of the levels before its own.
CheckpointConsistent ==
    /\ \A c \in {ckpt, older} :
        /\ c.frontier \subseteq c.seen /\ c.seen \subseteq Reachable
        /\ UNION {LevelSet(d) : d \in 1 .. c.level} \subseteq c.seen
    /\ epoch = Cardinality(committed)

\* The run ends only when every reachable state was found, at the depth of an uninterrupted search.
NoStateLost == done => /\ UNION {seen[n] : n \in Nodes} = Reachable
                       /\ level = BfsDepth

\* Epochs are committed once each, in order, and never go back.
EpochsForward == [][epoch' \in {epoch, epoch + 1} /\ (epoch' = epoch + 1 => epoch' \notin committed)]_vars

\* With finitely many crashes, the run ends.
Terminates == <>done
==================================================================================
