---- MODULE Post ----
\* A postcondition that no search can satisfy: it is evaluated once, after the search.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = IF x < 3 THEN x + 1 ELSE x
Never == FALSE
====
