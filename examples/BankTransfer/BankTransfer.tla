---------------------------- MODULE BankTransfer ----------------------------
(***************************************************************************)
(* Money moves between accounts in two steps: a transfer is withdrawn from *)
(* its sender, travels for a while, and is later deposited at its          *)
(* receiver. Transfers may be deposited in any order. The invariant        *)
(* MoneyConserved says that no money is created or lost on the way, and    *)
(* NoOverdraft that no balance ever goes below zero.                       *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Accounts,       \* the set of accounts
          Initial,        \* the starting balance of every account
          MaxTransfers    \* how many transfers the model starts in all

VARIABLES balance,        \* balance[a] is the money held by account a
          inFlight,       \* the set of transfers withdrawn but not yet deposited
          started         \* how many transfers have been started

vars == <<balance, inFlight, started>>

RECURSIVE SumOver(_, _)
SumOver(f, S) ==
    IF S = {} THEN 0
    ELSE LET a == CHOOSE x \in S : TRUE
         IN  f[a] + SumOver(f, S \ {a})

Transfer == [id : Nat, to : Accounts, amount : Nat]

TypeOK ==
    /\ balance \in [Accounts -> Nat]
    /\ inFlight \subseteq Transfer
    /\ started \in 0..MaxTransfers

Init ==
    /\ balance = [a \in Accounts |-> Initial]
    /\ inFlight = {}
    /\ started = 0

Withdraw(from, to, amount) ==
    /\ started < MaxTransfers
    /\ from /= to
    /\ amount \in 1..balance[from]
    /\ balance' = [balance EXCEPT ![from] = @ - amount]
    /\ inFlight' = inFlight \cup {[id |-> started, to |-> to, amount |-> amount]}
    /\ started' = started + 1

Deposit(t) ==
    /\ balance' = [balance EXCEPT ![t.to] = @ + t.amount]
    /\ inFlight' = inFlight \ {t}
    /\ UNCHANGED started

Finished ==
    /\ started = MaxTransfers
    /\ inFlight = {}
    /\ UNCHANGED vars

Next ==
    \/ \E from, to \in Accounts, amount \in 1..Initial : Withdraw(from, to, amount)
    \/ \E t \in inFlight : Deposit(t)
    \/ Finished

Spec == Init /\ [][Next]_vars

InFlightTotal == SumOver([t \in inFlight |-> t.amount], inFlight)

MoneyConserved ==
    SumOver(balance, Accounts) + InFlightTotal = Initial * Cardinality(Accounts)

NoOverdraft == \A a \in Accounts : balance[a] >= 0
=============================================================================
