package io.tlaplex.frontend.value;

/** Record operators: construction, field selection {@code r.a}, and record sets {@code [a : S, b : T]}. */
public final class RecordOps {
    private RecordOps() {
    }

    /** {@code [a |-> 1, b |-> 2]}, fields in any order. */
    public static RecordValue record(StringValue[] names, Value[] values) {
        return RecordValue.of(names, values);
    }

    /** {@code r.name}; on a non-record function this is {@code r["name"]}, as in TLC. */
    public static Value field(Value r, StringValue name) {
        if (r instanceof RecordValue rec) {
            Value v = rec.field(name);
            if (v == null) {
                throw Errors.of("Attempted to select nonexistent field " + name + " from the record\n"
                        + Errors.ppr(r));
            }
            return v;
        }
        if (r instanceof FcnValue f) {
            return f.apply(name);
        }
        throw Errors.of("Attempted to select field " + name + " from a non-record value " + Errors.ppr(r));
    }

    /** {@code [a : S, b : T]}, fields in any order; lazy. */
    public static SetValue recordSet(StringValue[] names, Value[] sets) {
        RecordValue sorted = RecordValue.of(names, sets);
        StringValue[] sortedNames = new StringValue[sorted.size()];
        SetValue[] sortedSets = new SetValue[sorted.size()];
        for (int i = 0; i < sortedNames.length; i++) {
            sortedNames[i] = sorted.nameAt(i);
            sortedSets[i] = SetOps.operand(sorted.valueAt(i), "[a : S]");
        }
        return new SetOfRcdsValue(sortedNames, sortedSets);
    }
}
