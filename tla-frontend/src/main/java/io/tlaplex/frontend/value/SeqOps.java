package io.tlaplex.frontend.value;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The Sequences module with TLC's semantics and messages. A sequence is any function on {@code 1..n}; Len, Tail,
 * SubSeq and {@code \o} also accept strings, as TLC does.
 */
public final class SeqOps {
    private SeqOps() {
    }

    /** {@code Len(s)}. */
    public static IntValue len(Value s) {
        if (s instanceof StringValue str) {
            return IntValue.of(str.length());
        }
        return IntValue.of(elements(s, "Len").length);
    }

    /** {@code Head(s)}. */
    public static Value head(Value s) {
        Value[] e = elements(s, "Head");
        if (e.length == 0) {
            throw Errors.emptySequence("Head");
        }
        return e[0];
    }

    /** {@code Tail(s)}. */
    public static Value tail(Value s) {
        if (s instanceof StringValue str) {
            if (str.length() == 0) {
                throw Errors.emptySequence("Tail");
            }
            return str.table().string(str.value().substring(1));
        }
        Value[] e = elements(s, "Tail");
        if (e.length == 0) {
            throw Errors.emptySequence("Tail");
        }
        return TupleValue.of(Arrays.copyOfRange(e, 1, e.length));
    }

    /** {@code Append(s, v)}. */
    public static TupleValue append(Value s, Value v) {
        Value[] e = elementsOrNull(s);
        if (e == null) {
            throw Errors.evaluating("Append(s, v)", "sequence", s);
        }
        Value[] r = Arrays.copyOf(e, e.length + 1);
        r[e.length] = v;
        return TupleValue.of(r);
    }

    /** {@code s \o t}, on sequences or on strings. */
    public static Value concat(Value s, Value t) {
        if (s instanceof StringValue a) {
            if (!(t instanceof StringValue b)) {
                throw Errors.evaluating("t \\o s", "string", t);
            }
            return a.table().string(a.value() + b.value());
        }
        Value[] x = elementsOrNull(s);
        if (x == null) {
            throw Errors.evaluating("s \\o t", "sequence", s);
        }
        Value[] y = elementsOrNull(t);
        if (y == null) {
            throw Errors.evaluating("t \\o s", "sequence", t);
        }
        if (x.length == 0) {
            return t;
        }
        if (y.length == 0) {
            return s;
        }
        Value[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return TupleValue.of(r);
    }

    /** {@code SubSeq(s, m, n)}: elements {@code m..n}, empty when {@code m > n}. */
    public static Value subSeq(Value s, Value m, Value n) {
        StringValue str = s instanceof StringValue sv ? sv : null;
        Value[] e = str == null ? elementsOrNull(s) : null;
        if (str == null && e == null) {
            throw Errors.argument("first", "SubSeq", "sequence", s);
        }
        if (!(m instanceof IntValue mi)) {
            throw Errors.argument("second", "SubSeq", "natural number", m);
        }
        if (!(n instanceof IntValue ni)) {
            throw Errors.argument("third", "SubSeq", "natural number", n);
        }
        int from = mi.value();
        int to = ni.value();
        if (from > to) {
            return str != null ? str.table().string("") : TupleValue.EMPTY;
        }
        int length = str != null ? str.length() : e.length;
        if (from < 1 || from > length) {
            throw Errors.notInDomain("second", "SubSeq", "first", s, m);
        }
        if (to < 1 || to > length) {
            throw Errors.notInDomain("third", "SubSeq", "first", s, n);
        }
        if (str != null) {
            return str.table().string(str.value().substring(from - 1, to));
        }
        return TupleValue.of(Arrays.copyOfRange(e, from - 1, to));
    }

    /** {@code SelectSeq(s, Test)}: the elements satisfying {@code test}, in order. */
    public static TupleValue selectSeq(Value s, Predicate<Value> test) {
        Value[] e = elementsOrNull(s);
        if (e == null) {
            throw Errors.argument("first", "SelectSeq", "sequence", s);
        }
        Value[] kept = new Value[e.length];
        int k = 0;
        for (Value v : e) {
            if (test.test(v)) {
                kept[k++] = v;
            }
        }
        return TupleValue.of(Arrays.copyOf(kept, k));
    }

    /** {@code Seq(s)}, the infinite set of sequences over {@code s}. */
    public static SetValue seqSet(Value s) {
        return new SeqSetValue(SetOps.operand(s, "Seq"));
    }

    /** The elements of a sequence (shared array, do not modify), or TLC's error for {@code operator}. */
    static Value[] elements(Value s, String operator) {
        Value[] e = elementsOrNull(s);
        if (e == null) {
            throw Errors.oneArgument(operator, "sequence", s);
        }
        return e;
    }

    static Value[] elementsOrNull(Value s) {
        return s instanceof FcnValue f ? f.sequenceElements() : null;
    }
}
