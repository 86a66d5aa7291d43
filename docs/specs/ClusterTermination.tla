-------------------------- MODULE ClusterTermination --------------------------
(***************************************************************************)
(* How the coordinator of a cluster run ends each level of the distributed *)
(* breadth-first search, as io.tlaplex.coordinator.cluster.Coordinator,    *)
(* WaveDetector and io.tlaplex.worker.cluster.ClusterNode do it.           *)
(*                                                                         *)
(* Each node expands the states of the open level and sends the           *)
(* successors other nodes own over the data plane, where they may stay in  *)
(* flight for any time.  A receiver files an arriving state in its queue   *)
(* for the next level.  The coordinator asks every node for a status (a    *)
(* wave); a node reads whether its workers are idle, then its per-channel  *)
(* counters of states sent and received.  A wave is consistent when every *)
(* node was idle and every channel's sent count equals its received count; *)
(* the level has ended once two consecutive waves are consistent with the  *)
(* same counters.  Then every node swaps its queues (LevelPrepare), and    *)
(* only when all have answered (LevelReady) does any node start the next   *)
(* level (LevelStart).  Control messages to one node arrive in order, but  *)
(* each node takes them at its own pace.                                   *)
(*                                                                         *)
(* With TwoPhase = FALSE the model is the first version, in which a node   *)
(* swapped its queues when it started the next level: a node that started *)
(* early sent states of level L + 2 to a node still holding the queue of   *)
(* level L + 1, which then expanded two levels as one (NoMisfiledState     *)
(* fails, and the reported depth came out short).                          *)
(***************************************************************************)
EXTENDS Integers, Sequences

CONSTANTS
    Nodes,      \* the node JVMs
    MaxLevel,   \* the last level the run expands
    MaxSends,   \* how many states a node may send to its peers in one level
    TwoPhase    \* whether a level is prepared everywhere before it starts

ASSUME MaxLevel \in Nat /\ MaxSends \in Nat /\ TwoPhase \in BOOLEAN

None == [n \in {} |-> 0]

VARIABLES
    clevel,    \* the level the coordinator has opened (or is preparing)
    cphase,    \* "exploring", "preparing" or "done"
    ready,     \* the nodes that answered LevelPrepare for clevel
    last,      \* the counters of the last wave if it was consistent, else None
    waving,    \* whether a wave is out
    stage,     \* stage[n]: "none", "asked", "idleRead" or "answered"
    snapIdle,  \* snapIdle[n]: whether n was idle when it read its idle flag
    reply,     \* reply[n]: n's answer to the wave
    prepared,  \* prepared[n]: the level whose states are current on n
    opened,    \* opened[n]: the last level n started, -1 before the first
    busy,      \* busy[n]: whether n's workers are expanding
    budget,    \* budget[n]: how many more states n may send in this level
    net,       \* net[n][m]: the levels of the states in flight from n to m
    sent,      \* sent[n][m]: states n sent to m
    recv,      \* recv[n][m]: states n received from m
    misfiled,  \* a state arrived while its receiver's next queue was another level's
    badEnd     \* the coordinator ended a level while a node was busy or a state in flight

vars == <<clevel, cphase, ready, last, waving, stage, snapIdle, reply, prepared, opened, busy, budget, net,
          sent, recv, misfiled, badEnd>>

Init ==
    /\ clevel = 0
    /\ cphase = "exploring"
    /\ ready = {}
    /\ last = None
    /\ waving = FALSE
    /\ stage = [n \in Nodes |-> "none"]
    /\ snapIdle = [n \in Nodes |-> FALSE]
    /\ reply = [n \in Nodes |-> None]
    /\ prepared = [n \in Nodes |-> 0]
    /\ opened = [n \in Nodes |-> -1]
    /\ busy = [n \in Nodes |-> FALSE]
    /\ budget = [n \in Nodes |-> 0]
    /\ net = [n \in Nodes |-> [m \in Nodes |-> <<>>]]
    /\ sent = [n \in Nodes |-> [m \in Nodes |-> 0]]
    /\ recv = [n \in Nodes |-> [m \in Nodes |-> 0]]
    /\ misfiled = FALSE
    /\ badEnd = FALSE

(* Node n takes LevelPrepare: makes the states queued for clevel current.  *)
Prepare(n) ==
    /\ TwoPhase
    /\ cphase = "preparing"
    /\ prepared[n] < clevel
    /\ prepared' = [prepared EXCEPT ![n] = clevel]
    /\ ready' = ready \cup {n}
    /\ UNCHANGED <<clevel, cphase, last, waving, stage, snapIdle, reply, opened, busy, budget, net, sent, recv,
                   misfiled, badEnd>>

(* The coordinator has every LevelReady and sends LevelStart.               *)
AllReady ==
    /\ cphase = "preparing"
    /\ ready = Nodes
    /\ cphase' = "exploring"
    /\ ready' = {}
    /\ UNCHANGED <<clevel, last, waving, stage, snapIdle, reply, prepared, opened, busy, budget, net, sent, recv,
                   misfiled, badEnd>>

(* Node n takes LevelStart (Start for level 0) and opens the level.  The    *)
(* first version swapped its queues only here.                             *)
Open(n) ==
    /\ cphase = "exploring"
    /\ opened[n] < clevel
    /\ opened' = [opened EXCEPT ![n] = clevel]
    /\ prepared' = IF TwoPhase THEN prepared ELSE [prepared EXCEPT ![n] = clevel]
    /\ busy' = [busy EXCEPT ![n] = TRUE]
    /\ budget' = [budget EXCEPT ![n] = MaxSends]
    /\ UNCHANGED <<clevel, cphase, ready, last, waving, stage, snapIdle, reply, net, sent, recv, misfiled, badEnd>>

(* A worker of n sends a successor that m owns.                            *)
Send(n, m) ==
    /\ n /= m
    /\ busy[n]
    /\ budget[n] > 0
    /\ net' = [net EXCEPT ![n][m] = Append(@, opened[n])]
    /\ sent' = [sent EXCEPT ![n][m] = @ + 1]
    /\ budget' = [budget EXCEPT ![n] = @ - 1]
    /\ UNCHANGED <<clevel, cphase, ready, last, waving, stage, snapIdle, reply, prepared, opened, busy, recv,
                   misfiled, badEnd>>

(* n's workers have expanded every state of the level.                     *)
Finish(n) ==
    /\ busy[n]
    /\ busy' = [busy EXCEPT ![n] = FALSE]
    /\ UNCHANGED <<clevel, cphase, ready, last, waving, stage, snapIdle, reply, prepared, opened, budget, net,
                   sent, recv, misfiled, badEnd>>

(* n's receiver takes the oldest state in flight from m: a state sent      *)
(* while m expanded level h belongs to level h + 1, and n files it in its  *)
(* queue for level prepared[n] + 1.                                        *)
Receive(n, m) ==
    /\ net[m][n] /= <<>>
    /\ misfiled' = (misfiled \/ Head(net[m][n]) /= prepared[n])
    /\ net' = [net EXCEPT ![m][n] = Tail(@)]
    /\ recv' = [recv EXCEPT ![n][m] = @ + 1]
    /\ UNCHANGED <<clevel, cphase, ready, last, waving, stage, snapIdle, reply, prepared, opened, busy, budget,
                   sent, badEnd>>

StartWave ==
    /\ cphase = "exploring"
    /\ ~waving
    /\ waving' = TRUE
    /\ stage' = [n \in Nodes |-> "asked"]
    /\ UNCHANGED <<clevel, cphase, ready, last, snapIdle, reply, prepared, opened, busy, budget, net, sent, recv,
                   misfiled, badEnd>>

(* n reads its idle flag first; it took LevelStart before the wave, as     *)
(* control messages to one node arrive in order.                           *)
ReadIdle(n) ==
    /\ stage[n] = "asked"
    /\ opened[n] = clevel
    /\ snapIdle' = [snapIdle EXCEPT ![n] = ~busy[n]]
    /\ stage' = [stage EXCEPT ![n] = "idleRead"]
    /\ UNCHANGED <<clevel, cphase, ready, last, waving, reply, prepared, opened, busy, budget, net, sent, recv,
                   misfiled, badEnd>>

(* ... then its counters, and answers.                                     *)
ReadCounters(n) ==
    /\ stage[n] = "idleRead"
    /\ reply' = [reply EXCEPT ![n] = [idle |-> snapIdle[n], sent |-> sent[n], recv |-> recv[n]]]
    /\ stage' = [stage EXCEPT ![n] = "answered"]
    /\ UNCHANGED <<clevel, cphase, ready, last, waving, snapIdle, prepared, opened, busy, budget, net, sent, recv,
                   misfiled, badEnd>>

Consistent ==
    /\ \A n \in Nodes : reply[n].idle
    /\ \A n, m \in Nodes : reply[n].sent[m] = reply[m].recv[n]

Counters == [n \in Nodes |-> reply[n].sent]

(* Every node answered: two consistent waves in a row with the same        *)
(* counters end the level.                                                 *)
CompleteWave ==
    /\ waving
    /\ \A n \in Nodes : stage[n] = "answered"
    /\ waving' = FALSE
    /\ stage' = [n \in Nodes |-> "none"]
    /\ IF Consistent /\ last = Counters
       THEN /\ badEnd' = (badEnd \/ (\E n \in Nodes : busy[n]) \/ \E p, q \in Nodes : net[p][q] /= <<>>)
            /\ last' = None
            /\ IF clevel = MaxLevel
               THEN /\ cphase' = "done"
                    /\ UNCHANGED clevel
               ELSE /\ clevel' = clevel + 1
                    /\ cphase' = IF TwoPhase THEN "preparing" ELSE "exploring"
       ELSE /\ last' = IF Consistent THEN Counters ELSE None
            /\ UNCHANGED <<clevel, cphase, badEnd>>
    /\ UNCHANGED <<ready, snapIdle, reply, prepared, opened, busy, budget, net, sent, recv, misfiled>>

Done ==
    /\ cphase = "done"
    /\ UNCHANGED vars

Next ==
    \/ AllReady \/ StartWave \/ CompleteWave \/ Done
    \/ \E n \in Nodes : Prepare(n) \/ Open(n) \/ Finish(n) \/ ReadIdle(n) \/ ReadCounters(n)
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
=============================================================================
