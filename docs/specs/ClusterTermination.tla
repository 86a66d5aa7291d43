-------------------------- MODULE ClusterTermination --------------------------
(***************************************************************************)
(* How the coordinator of a cluster run ends each level of the distributed *)
(* breadth-first search, as io.tlaplex.coordinator.cluster.Coordinator,    *)
(* WaveDetector and io.tlaplex.worker.cluster.ClusterNode do it.           *)
(*                                                                         *)
(* Each node expands the states of the open level and sends the           *)
(* successors other nodes own over the data plane, where they may stay in  *)
(* flight for any time.  A receiver files an arriving state in its queue   *)
(* for the next level.  A node whose workers finish the level sends an     *)
(* idle report from its worker thread; besides, the coordinator asks every *)
(* node for a status (a wave) now and then.  Both answers read the node's  *)
(* idle flag, then its per-channel counters of states sent and received.   *)
(* An idle report may reach the coordinator at any time, even after the    *)
(* level it reports has ended; the coordinator drops reports of other      *)
(* levels, and any arriving while it prepares a level.                     *)
(*                                                                         *)
(* A set of answers (one per node) is consistent when every node was idle  *)
(* and every channel's sent count equals its received count.  The          *)
(* coordinator's detector keeps the counters of the last set it was        *)
(* offered, if consistent; a wave ends the level when it is consistent     *)
(* with those same counters.  Once every node is known idle (from its idle *)
(* report or a wave) and no wave is out, the coordinator offers the idle   *)
(* reports, when it has one from every node, as the first of the two       *)
(* waves, and sends a wave.  Waves may also go out at any other time       *)
(* (progress ticks, the retries after an inconclusive wave).               *)
(*                                                                         *)
(* At a level's end every node swaps its queues (LevelPrepare), and only   *)
(* when all have answered (LevelReady) does any node start the next level  *)
(* (LevelStart).  Control messages to one node arrive in order, but each   *)
(* node takes them at its own pace.                                        *)
(*                                                                         *)
(* Variants that must fail:                                                *)
(*  - TwoPhase = FALSE: the first version, in which a node swapped its     *)
(*    queues when it started the next level; a node that started early    *)
(*    sent states of level L + 2 to a node still holding the queue of      *)
(*    level L + 1 (NoMisfiledState fails).                                 *)
(*  - IdleFirst = FALSE with Waves = 1: a node reads its counters before   *)
(*    its idle flag, and one consistent set of answers ends the level      *)
(*    (EndOnlyWhenDone fails).                                             *)
(***************************************************************************)
EXTENDS Integers, Sequences

CONSTANTS
    Nodes,      \* the node JVMs
    MaxLevel,   \* the last level the run expands
    MaxSends,   \* how many states a node may send to its peers in one level
    TwoPhase,   \* whether a level is prepared everywhere before it starts
    IdleFirst,  \* whether a wave's answer reads the idle flag before the counters
    Waves       \* how many consecutive consistent sets of answers end a level (2, or the shortcut 1)

ASSUME MaxLevel \in Nat /\ MaxSends \in Nat /\ TwoPhase \in BOOLEAN /\ IdleFirst \in BOOLEAN /\ Waves \in {1, 2}

None == [n \in {} |-> 0]

VARIABLES
    clevel,    \* the level the coordinator has opened (or is preparing)
    cphase,    \* "exploring", "preparing" or "done"
    ready,     \* the nodes that answered LevelPrepare for clevel
    last,      \* the detector's counters of the last set it was offered if consistent, else None
    waving,    \* whether a wave is out
    known,     \* the nodes the coordinator knows idle in clevel
    reports,   \* reports[n]: n's idle report for clevel the coordinator took, or None
    stage,     \* stage[n]: "none", "asked", "half" (one of the two reads done) or "answered"
    half,      \* half[n]: what n read first in the wave that is out: its idle flag or its counters
    reply,     \* reply[n]: n's answer to the wave that is out
    posted,    \* posted[n]: the idle reports n sent that the coordinator has not taken yet
    reported,  \* reported[n]: the last level n sent an idle report for, -1 before the first
    prepared,  \* prepared[n]: the level whose states are current on n
    opened,    \* opened[n]: the last level n started, -1 before the first
    busy,      \* busy[n]: whether n's workers are expanding
    budget,    \* budget[n]: how many more states n may send in this level
    net,       \* net[n][m]: the levels of the states in flight from n to m
    sent,      \* sent[n][m]: states n sent to m
    recv,      \* recv[n][m]: states n received from m
    misfiled,  \* a state arrived while its receiver's next queue was another level's
    badEnd     \* the coordinator ended a level while a node was busy or a state in flight

coordinator == <<clevel, cphase, ready, last, waving, known, reports>>
waveVars == <<stage, half, reply>>
nodeVars == <<posted, reported, prepared, opened, busy, budget>>
dataVars == <<net, sent, recv>>
flags == <<misfiled, badEnd>>
vars == <<coordinator, waveVars, nodeVars, dataVars, flags>>

Init ==
    /\ clevel = 0
    /\ cphase = "exploring"
    /\ ready = {}
    /\ last = None
    /\ waving = FALSE
    /\ known = {}
    /\ reports = [n \in Nodes |-> None]
    /\ stage = [n \in Nodes |-> "none"]
    /\ half = [n \in Nodes |-> None]
    /\ reply = [n \in Nodes |-> None]
    /\ posted = [n \in Nodes |-> {}]
    /\ reported = [n \in Nodes |-> -1]
    /\ prepared = [n \in Nodes |-> 0]
    /\ opened = [n \in Nodes |-> -1]
    /\ busy = [n \in Nodes |-> FALSE]
    /\ budget = [n \in Nodes |-> 0]
    /\ net = [n \in Nodes |-> [m \in Nodes |-> <<>>]]
    /\ sent = [n \in Nodes |-> [m \in Nodes |-> 0]]
    /\ recv = [n \in Nodes |-> [m \in Nodes |-> 0]]
    /\ misfiled = FALSE
    /\ badEnd = FALSE

-----------------------------------------------------------------------------
(* The detector (WaveDetector).                                            *)

Consistent(r) ==
    /\ \A n \in Nodes : r[n].idle
    /\ \A n, m \in Nodes : r[n].sent[m] = r[m].recv[n]

Counters(r) == [n \in Nodes |-> r[n].sent]

(* What the detector keeps after it is offered r.                          *)
Kept(r) == IF Consistent(r) THEN Counters(r) ELSE None

(* Whether the set of answers r confirms the level's end.                  *)
Confirms(r) == Consistent(r) /\ (Waves = 1 \/ last = Counters(r))

(* The coordinator ends clevel: every node must be idle, nothing in        *)
(* flight.  It forgets the level's waves and idle reports.                 *)
EndLevel ==
    /\ badEnd' = (badEnd \/ (\E n \in Nodes : busy[n]) \/ \E p, q \in Nodes : net[p][q] /= <<>>)
    /\ last' = None
    /\ known' = {}
    /\ reports' = [n \in Nodes |-> None]
    /\ IF clevel = MaxLevel
       THEN /\ cphase' = "done"
            /\ UNCHANGED clevel
       ELSE /\ clevel' = clevel + 1
            /\ cphase' = IF TwoPhase THEN "preparing" ELSE "exploring"

-----------------------------------------------------------------------------
(* Level start.                                                            *)

(* Node n takes LevelPrepare: makes the states queued for clevel current.  *)
Prepare(n) ==
    /\ TwoPhase
    /\ cphase = "preparing"
    /\ prepared[n] < clevel
    /\ prepared' = [prepared EXCEPT ![n] = clevel]
    /\ ready' = ready \cup {n}
    /\ UNCHANGED <<clevel, cphase, last, waving, known, reports, waveVars, posted, reported, opened, busy, budget,
                   dataVars, flags>>

(* The coordinator has every LevelReady and sends LevelStart.               *)
AllReady ==
    /\ cphase = "preparing"
    /\ ready = Nodes
    /\ cphase' = "exploring"
    /\ ready' = {}
    /\ UNCHANGED <<clevel, last, waving, known, reports, waveVars, nodeVars, dataVars, flags>>

(* Node n takes LevelStart (Start for level 0) and opens the level.  The    *)
(* first version swapped its queues only here.                             *)
Open(n) ==
    /\ cphase = "exploring"
    /\ opened[n] < clevel
    /\ opened' = [opened EXCEPT ![n] = clevel]
    /\ prepared' = IF TwoPhase THEN prepared ELSE [prepared EXCEPT ![n] = clevel]
    /\ busy' = [busy EXCEPT ![n] = TRUE]
    /\ budget' = [budget EXCEPT ![n] = MaxSends]
    /\ UNCHANGED <<coordinator, waveVars, posted, reported, dataVars, flags>>

-----------------------------------------------------------------------------
(* Exploring and the data plane.                                           *)

(* A worker of n sends a successor that m owns.                            *)
Send(n, m) ==
    /\ n /= m
    /\ busy[n]
    /\ budget[n] > 0
    /\ net' = [net EXCEPT ![n][m] = Append(@, opened[n])]
    /\ sent' = [sent EXCEPT ![n][m] = @ + 1]
    /\ budget' = [budget EXCEPT ![n] = @ - 1]
    /\ UNCHANGED <<coordinator, waveVars, posted, reported, prepared, opened, busy, recv, flags>>

(* n's workers have expanded every state of the level.                     *)
Finish(n) ==
    /\ busy[n]
    /\ busy' = [busy EXCEPT ![n] = FALSE]
    /\ UNCHANGED <<coordinator, waveVars, posted, reported, prepared, opened, budget, dataVars, flags>>

(* n's receiver takes the oldest state in flight from m: a state sent      *)
(* while m expanded level h belongs to level h + 1, and n files it in its  *)
(* queue for level prepared[n] + 1.  The receiver counts a batch only      *)
(* after it has filed its states.                                          *)
Receive(n, m) ==
    /\ net[m][n] /= <<>>
    /\ misfiled' = (misfiled \/ Head(net[m][n]) /= prepared[n])
    /\ net' = [net EXCEPT ![m][n] = Tail(@)]
    /\ recv' = [recv EXCEPT ![n][m] = @ + 1]
    /\ UNCHANGED <<coordinator, waveVars, nodeVars, sent, badEnd>>

-----------------------------------------------------------------------------
(* Idle reports.                                                           *)

(* The last worker of n to finish the level reads the idle flag (true, as  *)
(* it just finished), then the counters, and posts the report.             *)
ReportIdle(n) ==
    /\ opened[n] >= 0
    /\ ~busy[n]
    /\ reported[n] < opened[n]
    /\ reported' = [reported EXCEPT ![n] = opened[n]]
    /\ posted' = [posted EXCEPT ![n] = @ \cup
                    {[level |-> opened[n], idle |-> TRUE, sent |-> sent[n], recv |-> recv[n]]}]
    /\ UNCHANGED <<coordinator, waveVars, prepared, opened, busy, budget, dataVars, flags>>

StartWave ==
    /\ cphase = "exploring"
    /\ ~waving
    /\ waving' = TRUE
    /\ stage' = [n \in Nodes |-> "asked"]
    /\ UNCHANGED <<clevel, cphase, ready, last, known, reports, half, reply, nodeVars, dataVars, flags>>

(* The coordinator takes n's idle report r (Coordinator.onStatus with wave *)
(* 0).  Once every node is known idle and no wave is out, it offers the    *)
(* idle reports as one wave if it has all of them (onEveryNodeIdle: with   *)
(* two waves the detector's answer is not used, it only keeps the          *)
(* counters), and sends a wave.                                            *)
TakeIdleReport(n, r) ==
    /\ posted' = [posted EXCEPT ![n] = @ \ {r}]
    /\ IF cphase = "exploring" /\ r.level = clevel
       THEN LET k == known \cup {n}
                rs == [reports EXCEPT ![n] = r]
                all == \A p \in Nodes : rs[p] /= None
            IN  IF k = Nodes /\ ~waving
                THEN IF all /\ Waves = 1 /\ Consistent(rs)
                     THEN /\ EndLevel
                          /\ UNCHANGED <<ready, waving, waveVars>>
                     ELSE /\ known' = k
                          /\ reports' = rs
                          /\ last' = IF all THEN Kept(rs) ELSE last
                          /\ waving' = TRUE
                          /\ stage' = [p \in Nodes |-> "asked"]
                          /\ UNCHANGED <<clevel, cphase, ready, half, reply, badEnd>>
                ELSE /\ known' = k
                     /\ reports' = rs
                     /\ UNCHANGED <<clevel, cphase, ready, last, waving, waveVars, badEnd>>
       ELSE UNCHANGED <<coordinator, waveVars, badEnd>>
    /\ UNCHANGED <<reported, prepared, opened, busy, budget, dataVars, misfiled>>

-----------------------------------------------------------------------------
(* Waves.                                                                  *)

(* n takes the wave request; it took LevelStart before, as control         *)
(* messages to one node arrive in order.  It reads its idle flag first     *)
(* (or, with IdleFirst = FALSE, its counters) ...                          *)
ReadFirst(n) ==
    /\ stage[n] = "asked"
    /\ opened[n] = clevel
    /\ half' = [half EXCEPT ![n] = IF IdleFirst THEN [idle |-> ~busy[n]]
                                                ELSE [sent |-> sent[n], recv |-> recv[n]]]
    /\ stage' = [stage EXCEPT ![n] = "half"]
    /\ UNCHANGED <<coordinator, reply, nodeVars, dataVars, flags>>

(* ... then the other, and answers.                                        *)
ReadSecond(n) ==
    /\ stage[n] = "half"
    /\ reply' = [reply EXCEPT ![n] =
                    IF IdleFirst THEN [idle |-> half[n].idle, sent |-> sent[n], recv |-> recv[n]]
                                 ELSE [idle |-> ~busy[n], sent |-> half[n].sent, recv |-> half[n].recv]]
    /\ stage' = [stage EXCEPT ![n] = "answered"]
    /\ UNCHANGED <<coordinator, half, nodeVars, dataVars, flags>>

(* Every node answered (onWaveComplete): the nodes that were idle are      *)
(* known idle, and the wave ends the level if it confirms the last set.    *)
CompleteWave ==
    /\ waving
    /\ \A n \in Nodes : stage[n] = "answered"
    /\ waving' = FALSE
    /\ stage' = [n \in Nodes |-> "none"]
    /\ half' = [n \in Nodes |-> None]
    /\ reply' = [n \in Nodes |-> None]
    /\ IF Confirms(reply)
       THEN EndLevel
       ELSE /\ last' = Kept(reply)
            /\ known' = known \cup {n \in Nodes : reply[n].idle}
            /\ UNCHANGED <<clevel, cphase, reports, badEnd>>
    /\ UNCHANGED <<ready, nodeVars, dataVars, misfiled>>

Done ==
    /\ cphase = "done"
    /\ UNCHANGED vars

Next ==
    \/ AllReady \/ StartWave \/ CompleteWave \/ Done
    \/ \E n \in Nodes : Prepare(n) \/ Open(n) \/ Finish(n) \/ ReportIdle(n) \/ ReadFirst(n) \/ ReadSecond(n)
    \/ \E n \in Nodes : \E r \in posted[n] : TakeIdleReport(n, r)
    \/ \E n, m \in Nodes : Send(n, m) \/ Receive(n, m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every state is filed in the queue of its own level.                     *)
NoMisfiledState == ~misfiled

(* A level ends only when every node is idle and nothing is in flight.     *)
EndOnlyWhenDone == ~badEnd

(* No node runs ahead of the coordinator, nor expands a level it has not   *)
(* prepared.                                                               *)
LevelsInStep ==
    /\ \A n \in Nodes : opened[n] <= clevel /\ prepared[n] <= clevel
    /\ \A n \in Nodes : busy[n] => opened[n] = prepared[n]

(* A state in flight was sent in the open level (or, while the coordinator *)
(* prepares the next, in none).                                            *)
InFlightIsCurrent ==
    \A n, m \in Nodes : \A i \in 1..Len(net[n][m]) :
        net[n][m][i] = clevel /\ cphase = "exploring"

(* The coordinator knows a node idle only when it is.                      *)
KnownIdleIsIdle ==
    cphase = "exploring" => \A n \in known : opened[n] = clevel /\ ~busy[n]
=============================================================================
