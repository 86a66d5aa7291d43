package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.FcnValue;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetValue;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;

/**
 * TLCExt's ToTrace on TLC's counterexample graph: a record whose {@code state} field is a set of
 * {@code <<ordinal, state>>} pairs numbered from 1 (and whose {@code action} field holds the edges).
 */
final class CounterExamples {
    private CounterExamples() {
    }

    /** The states of the counterexample in ordinal order. */
    static Value toTrace(Value ce) {
        SetEnumValue states = statesOrNull(ce);
        if (states == null) {
            throw Messages.oneArgument("ToTrace", "CounterExample", ce);
        }
        Value[] trace = new Value[states.size()];
        for (int i = 0; i < trace.length; i++) {
            Value[] pair = Args.sequenceOrNull(states.get(i));
            int ordinal = pair != null && pair.length == 2 && pair[0] instanceof IntValue n ? n.value() : 0;
            if (ordinal < 1 || ordinal > trace.length || trace[ordinal - 1] != null) {
                throw Messages.oneArgument("ToTrace", "CounterExample", ce);
            }
            trace[ordinal - 1] = pair[1];
        }
        return TupleValue.of(trace);
    }

    private static SetEnumValue statesOrNull(Value ce) {
        if (!(ce instanceof FcnValue f)) {
            return null;
        }
        Value states = null;
        for (int i = 0; i < f.size(); i++) {
            if (f.domainAt(i) instanceof StringValue s && s.value().equals("state")) {
                states = f.valueAt(i);
            }
        }
        return states instanceof SetValue s && s.isFinite() ? s.normalized() : null;
    }
}
