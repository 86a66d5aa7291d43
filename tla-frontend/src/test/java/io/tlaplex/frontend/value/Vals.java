package io.tlaplex.frontend.value;

/** Short constructors for values in tests; strings and model values come from one table per instance. */
final class Vals {
    final StringTable table = new StringTable();

    static IntValue i(int n) {
        return IntValue.of(n);
    }

    StringValue s(String text) {
        return table.string(text);
    }

    ModelValue mv(String name) {
        return table.declareModelValue(name);
    }

    static SetEnumValue set(Value... elements) {
        return SetEnumValue.of(elements.clone());
    }

    static TupleValue tup(Value... elements) {
        return TupleValue.of(elements.clone());
    }

    static IntervalValue range(int low, int high) {
        return new IntervalValue(low, high);
    }

    /** A record from alternating field names and values. */
    RecordValue rec(Object... namesAndValues) {
        int n = namesAndValues.length / 2;
        StringValue[] names = new StringValue[n];
        Value[] values = new Value[n];
        for (int k = 0; k < n; k++) {
            names[k] = s((String) namesAndValues[2 * k]);
            values[k] = (Value) namesAndValues[2 * k + 1];
        }
        return RecordValue.of(names, values);
    }

    /** A general function from alternating domain elements and values. */
    static FcnRcdValue fcn(Value... pairs) {
        int n = pairs.length / 2;
        Value[] domain = new Value[n];
        Value[] values = new Value[n];
        for (int k = 0; k < n; k++) {
            domain[k] = pairs[2 * k];
            values[k] = pairs[2 * k + 1];
        }
        return FcnRcdValue.of(domain, values);
    }

    static EvalException fails(Runnable r) {
        try {
            r.run();
        } catch (EvalException e) {
            return e;
        }
        throw new AssertionError("expected an EvalException");
    }
}
