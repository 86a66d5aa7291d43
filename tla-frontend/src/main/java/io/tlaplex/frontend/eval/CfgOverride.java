package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.value.Value;

/** What the configuration puts in place of a constant or definition: a value, or another definition. */
sealed interface CfgOverride {

    /** {@code N = 3}, {@code Proc = {p1, p2}}, or a definition given a value. */
    record ToValue(Value value) implements CfgOverride {
    }

    /** {@code N <- Def}, {@code Op <- Other}, {@code Op <- [Mod] Other}: {@code target} resolved in the root module. */
    record ToDef(Ref target, String name) implements CfgOverride {
    }
}
