package io.tlaplex.frontend.value;

/**
 * The field names of a record constructor {@code [a |-> e1, b |-> e2]}, sorted once in TLC's order, so that each
 * evaluation places its values without sorting and all its records share one names array. Immutable; made at
 * compile time and shared by all workers.
 */
public final class RecordShape {
    private final StringValue[] sortedNames;
    private final int[] slots;

    private RecordShape(StringValue[] sortedNames, int[] slots) {
        this.sortedNames = sortedNames;
        this.slots = slots;
    }

    /**
     * The shape of fields named {@code names}, in source order.
     *
     * @throws EvalException with {@link RecordValue#of}'s message when a field name occurs twice
     */
    public static RecordShape of(StringValue[] names) {
        RecordValue sorted = RecordValue.of(names, positions(names.length));
        StringValue[] sortedNames = sorted.names();
        int[] slots = new int[names.length];
        for (int k = 0; k < slots.length; k++) {
            slots[((IntValue) sorted.valueAt(k)).value()] = k;
        }
        return new RecordShape(sortedNames, slots);
    }

    private static Value[] positions(int n) {
        Value[] out = new Value[n];
        for (int i = 0; i < n; i++) {
            out[i] = IntValue.of(i);
        }
        return out;
    }

    public int size() {
        return slots.length;
    }

    /** Where the value of the {@code i}-th field in source order goes in the array given to {@link #record}. */
    public int slot(int i) {
        return slots[i];
    }

    /** The record whose fields have the values {@code bySlot} (placed by {@link #slot}); takes ownership. */
    public RecordValue record(Value[] bySlot) {
        return RecordValue.ofSorted(sortedNames, bySlot);
    }
}
