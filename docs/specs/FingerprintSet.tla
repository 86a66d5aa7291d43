--------------------------- MODULE FingerprintSet ---------------------------
(***************************************************************************)
(* The insert, grow and spill algorithm of tlaplex's node-local           *)
(* fingerprint set (worker-node, io.tlaplex.worker.fpset:                  *)
(* ConcurrentFingerprintSet and FingerprintTable).                         *)
(*                                                                         *)
(* Tables 1, 2, ... are open-addressing arrays with linear probing.  A     *)
(* slot holds Empty, a key, or Frozen.  Threads insert keys by CAS on an   *)
(* empty slot.  When the current table is full enough, a successor is      *)
(* made (Grow); from then on every empty slot of the old table is frozen,  *)
(* by migrating threads or by inserters that meet it, and its keys are     *)
(* either copied into the successor ("copy": growth) or written to a       *)
(* sorted run on disk when the last slot is done ("spill").  An inserter   *)
(* that meets Frozen goes on in the successor.  An inserter checks the     *)
(* runs older than the table it started in before it takes an empty slot. *)
(*                                                                         *)
(* Simplifications: migration works slot by slot (the code claims chunks   *)
(* of 4096 slots, which is one of the interleavings allowed here), and a   *)
(* migrated key is copied into the successor in one step (the code probes  *)
(* and CASes; its CAS only ever fails on a slot another key took, and it   *)
(* then probes on, which ends in the same slot set).                       *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, Sequences

CONSTANTS
    Threads,    \* the inserting threads
    Keys,       \* keys to insert: positive naturals; each thread inserts each key once
    Cap         \* Cap[t]: the capacity of table t; Len(Cap) tables at most

ASSUME Keys \subseteq Nat \ {0} /\ \A t \in DOMAIN Cap : Cap[t] \in Nat \ {0}

Tables == 1 .. Len(Cap)
Empty == 0
Frozen == -1
Slots(t) == 0 .. (Cap[t] - 1)
Home(k, t) == k % Cap[t]
After(p, t) == (p + 1) % Cap[t]
KeysIn(t, s) == {s[t][i] : i \in Slots(t)} \cap Keys

VARIABLES
    slot,       \* slot[t][i]: Empty, Frozen or a key
    succ,       \* succ[t]: TRUE once table t has a successor t + 1
    mode,       \* mode[t]: "copy" or "spill", how table t + 1 receives t's keys
    migrated,   \* migrated[t]: the slots of t that migration has frozen or copied
    runs,       \* runs[t]: the keys on disk older than table t
    cur,        \* the current table: where inserts start
    pc,         \* pc[th]: "idle", "probe", "cas"
    key,        \* key[th]: the key th is inserting
    tbl,        \* tbl[th]: the table th is probing
    pos,        \* pos[th]: the slot th looks at next
    probes,     \* probes[th]: slots of tbl[th] looked at so far
    first,      \* first[th]: the table th started in; its runs are the ones to check
    checked,    \* checked[th]: whether th has checked runs[first[th]]
    want,       \* want[th]: what th's CAS writes (the key, or Frozen once a successor exists)
    mine,       \* mine[th]: the keys th has started to insert
    newCount,   \* newCount[k]: how many inserts of k returned TRUE
    inserted    \* the keys for which some insert has returned

vars == <<slot, succ, mode, migrated, runs, cur, pc, key, tbl, pos, probes, first, checked, want, mine,
          newCount, inserted>>

TypeOK ==
    /\ \A t \in Tables : slot[t] \in [Slots(t) -> Keys \cup {Empty, Frozen}]
    /\ succ \in [Tables -> BOOLEAN]
    /\ cur \in Tables
    /\ pc \in [Threads -> {"idle", "probe", "cas"}]
    /\ newCount \in [Keys -> Nat]

Init ==
    /\ slot = [t \in Tables |-> [i \in Slots(t) |-> Empty]]
    /\ succ = [t \in Tables |-> FALSE]
    /\ mode = [t \in Tables |-> "copy"]
    /\ migrated = [t \in Tables |-> {}]
    /\ runs = [t \in Tables |-> {}]
    /\ cur = 1
    /\ pc = [th \in Threads |-> "idle"]
    /\ key = [th \in Threads |-> CHOOSE k \in Keys : TRUE]
    /\ tbl = [th \in Threads |-> 1]
    /\ pos = [th \in Threads |-> 0]
    /\ probes = [th \in Threads |-> 0]
    /\ first = [th \in Threads |-> 1]
    /\ checked = [th \in Threads |-> FALSE]
    /\ want = [th \in Threads |-> Empty]
    /\ mine = [th \in Threads |-> {}]
    /\ newCount = [k \in Keys |-> 0]
    /\ inserted = {}

\* Thread th starts an insert of k: it reads the current table once.
Begin(th) ==
    /\ pc[th] = "idle"
    /\ \E k \in Keys \ mine[th] :
        /\ key' = [key EXCEPT ![th] = k]
        /\ tbl' = [tbl EXCEPT ![th] = cur]
        /\ first' = [first EXCEPT ![th] = cur]
        /\ pos' = [pos EXCEPT ![th] = Home(k, cur)]
        /\ probes' = [probes EXCEPT ![th] = 0]
        /\ checked' = [checked EXCEPT ![th] = runs[cur] = {}]
        /\ mine' = [mine EXCEPT ![th] = @ \cup {k}]
        /\ pc' = [pc EXCEPT ![th] = "probe"]
    /\ UNCHANGED <<slot, succ, mode, migrated, runs, cur, want, newCount, inserted>>

Return(th, isNew) ==
    /\ pc' = [pc EXCEPT ![th] = "idle"]
    /\ newCount' = [newCount EXCEPT ![key[th]] = @ + (IF isNew THEN 1 ELSE 0)]
    /\ inserted' = inserted \cup {key[th]}

MoveOn(th) ==
    LET t == tbl[th] + 1 IN
    /\ tbl' = [tbl EXCEPT ![th] = t]
    /\ pos' = [pos EXCEPT ![th] = Home(key[th], t)]
    /\ probes' = [probes EXCEPT ![th] = 0]

\* One probe step: read the slot and act on what is there.
Probe(th) ==
    /\ pc[th] = "probe"
    /\ LET t == tbl[th]
           v == slot[t][pos[th]]
       IN  \/ /\ probes[th] < Cap[t]
              /\ v = key[th]
              /\ Return(th, FALSE)
              /\ UNCHANGED <<tbl, pos, probes, checked, want>>
           \/ /\ probes[th] < Cap[t]
              /\ v = Frozen
              /\ MoveOn(th)
              /\ UNCHANGED <<pc, newCount, inserted, checked, want>>
           \/ /\ probes[th] < Cap[t]
              /\ v \in Keys \ {key[th]}
              /\ pos' = [pos EXCEPT ![th] = After(pos[th], t)]
              /\ probes' = [probes EXCEPT ![th] = @ + 1]
              /\ UNCHANGED <<pc, tbl, newCount, inserted, checked, want>>
           \/ /\ probes[th] < Cap[t]
              /\ v = Empty
              /\ ~checked[th]
              /\ IF key[th] \in runs[first[th]]
                    THEN /\ Return(th, FALSE)
                         /\ UNCHANGED checked
                    ELSE /\ checked' = [checked EXCEPT ![th] = TRUE]
                         /\ UNCHANGED <<pc, newCount, inserted>>
              /\ UNCHANGED <<tbl, pos, probes, want>>
           \/ /\ probes[th] < Cap[t]
              /\ v = Empty
              /\ checked[th]
              \* The code reads the successor pointer before its CAS; the two are not atomic.
              /\ want' = [want EXCEPT ![th] = IF succ[t] THEN Frozen ELSE key[th]]
              /\ pc' = [pc EXCEPT ![th] = "cas"]
              /\ UNCHANGED <<tbl, pos, probes, newCount, inserted, checked>>
           \/ /\ probes[th] = Cap[t]
              \* A full table holds no empty slot, so the key can never enter it: wait for the successor.
              /\ succ[t]
              /\ MoveOn(th)
              /\ UNCHANGED <<pc, newCount, inserted, checked, want>>
    /\ UNCHANGED <<slot, succ, mode, migrated, runs, cur, key, first, mine>>

\* The compare-and-exchange on the slot; on failure the witness is examined by the next Probe step.
Cas(th) ==
    /\ pc[th] = "cas"
    /\ LET t == tbl[th]
           p == pos[th]
       IN  IF slot[t][p] = Empty
              THEN /\ slot' = [slot EXCEPT ![t][p] = want[th]]
                   /\ IF want[th] = key[th]
                         THEN /\ Return(th, TRUE)
                              /\ UNCHANGED <<tbl, pos, probes>>
                         ELSE /\ MoveOn(th)
                              /\ pc' = [pc EXCEPT ![th] = "probe"]
                              /\ UNCHANGED <<newCount, inserted>>
              ELSE /\ pc' = [pc EXCEPT ![th] = "probe"]
                   /\ UNCHANGED <<slot, tbl, pos, probes, newCount, inserted>>
    /\ UNCHANGED <<succ, mode, migrated, runs, cur, key, first, checked, want, mine>>

\* The current table gets a successor: a larger table, or a fresh one while it spills.
Grow(m) ==
    /\ cur + 1 \in Tables
    /\ ~succ[cur]
    /\ succ' = [succ EXCEPT ![cur] = TRUE]
    /\ mode' = [mode EXCEPT ![cur] = m]
    /\ runs' = IF m = "copy" THEN [runs EXCEPT ![cur + 1] = runs[cur]] ELSE runs
    /\ UNCHANGED <<slot, migrated, cur, pc, key, tbl, pos, probes, first, checked, want, mine, newCount,
                   inserted>>

\* The first empty slot on k's probe path in table t, if any.
FreeSlots(k, t, s) ==
    {i \in Slots(t) : /\ s[t][i] = Empty
                      /\ \A j \in 0 .. ((i - Home(k, t)) % Cap[t]) - 1 :
                            s[t][(Home(k, t) + j) % Cap[t]] \in Keys}

\* Migration of one slot of table t: freeze it if empty, else copy its key on growth.
Migrate(t, i) ==
    /\ succ[t]
    /\ i \notin migrated[t]
    /\ LET v == slot[t][i] IN
        IF v = Empty
            THEN slot' = [slot EXCEPT ![t][i] = Frozen]
        ELSE IF v \in Keys /\ mode[t] = "copy"
            THEN \E j \in FreeSlots(v, t + 1, slot) : slot' = [slot EXCEPT ![t + 1][j] = v]
        ELSE UNCHANGED slot
    /\ migrated' = [migrated EXCEPT ![t] = @ \cup {i}]
    /\ UNCHANGED <<succ, mode, runs, cur, pc, key, tbl, pos, probes, first, checked, want, mine, newCount,
                   inserted>>

\* The thread that migrated the last slot writes the run (on spill) and then makes the successor current.
Finish ==
    /\ succ[cur]
    /\ migrated[cur] = Slots(cur)
    /\ runs' = IF mode[cur] = "spill"
                  THEN [runs EXCEPT ![cur + 1] = runs[cur] \cup KeysIn(cur, slot)]
                  ELSE runs
    /\ cur' = cur + 1
    /\ UNCHANGED <<slot, succ, mode, migrated, pc, key, tbl, pos, probes, first, checked, want, mine, newCount,
                   inserted>>

Next ==
    \/ \E th \in Threads : Begin(th) \/ Probe(th) \/ Cas(th)
    \/ \E m \in {"copy", "spill"} : Grow(m)
    \/ \E t \in Tables : \E i \in Slots(t) : Migrate(t, i)
    \/ Finish

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* What the code promises.                                                 *)

\* A look-up as FingerprintSet.contains does it, from table t, slot p, after n probes there.
RECURSIVE Found(_, _, _, _)
Found(k, t, p, n) ==
    IF n >= Cap[t]
        THEN succ[t] /\ Found(k, t + 1, Home(k, t + 1), 0)
    ELSE IF slot[t][p] = k THEN TRUE
    ELSE IF slot[t][p] = Frozen THEN Found(k, t + 1, Home(k, t + 1), 0)
    ELSE IF slot[t][p] = Empty THEN FALSE
    ELSE Found(k, t, After(p, t), n + 1)

Contains(k) == Found(k, cur, Home(k, cur), 0) \/ k \in runs[cur]

\* Each key is reported new by exactly one insert, and never by two.
ExactlyOnce == \A k \in Keys : newCount[k] <= 1 /\ (k \in inserted => newCount[k] = 1)

\* A fingerprint whose insert returned is never lost, through growth and spill.
NoLoss == \A k \in inserted : Contains(k)

\* A frozen slot always has a successor to go on to.
FrozenHasSuccessor == \A t \in Tables : (\E i \in Slots(t) : slot[t][i] = Frozen) => succ[t]

\* A key sits after only keys on its probe path: what makes "Empty or Frozen means absent" true.
ProbePathsUnbroken ==
    \A t \in Tables : \A i \in Slots(t) : slot[t][i] \in Keys =>
        \A j \in 0 .. ((i - Home(slot[t][i], t)) % Cap[t]) - 1 :
            slot[t][(Home(slot[t][i], t) + j) % Cap[t]] \in Keys

\* No table holds a key twice.
NoDuplicateSlots ==
    \A t \in Tables : \A i, j \in Slots(t) : (slot[t][i] \in Keys /\ slot[t][i] = slot[t][j]) => i = j
=============================================================================
