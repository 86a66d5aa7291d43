package io.tlaplex.frontend.value;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Set operators with TLC's semantics: {@code \in}, {@code \cup}, {@code \cap}, {@code \}, {@code \subseteq},
 * {@code SUBSET}, {@code UNION}, {@code Cardinality}, {@code IsFiniteSet}, set enumeration, filters, maps,
 * products, and the building blocks of CHOOSE. Results over finite operands are normalized sets; operands that
 * cannot be enumerated give lazy sets that still answer membership.
 */
public final class SetOps {
    /** TLC's message when CHOOSE finds nothing; the evaluator appends the expression's location. */
    public static final String CHOOSE_FAILED = "Attempted to compute the value of an expression of form\n"
            + "CHOOSE x \\in S: P, but no element of S satisfied P.";

    private SetOps() {
    }

    /** TLA+ {@code e \in s}. */
    public static boolean in(Value element, Value set) {
        if (set instanceof SetValue s) {
            return s.contains(element);
        }
        String e = Errors.ppr(element);
        String s = Errors.ppr(set);
        throw Errors.of(switch (set) {
            case TupleValue t -> "Attempted to check set membership in a tuple value.";
            case RecordValue r -> "Attempted to check if element:\n" + e + "\nis in the record:\n" + s;
            case FcnValue f -> "Attempted to check if the value:\n" + e + "\nis an element of the function " + s;
            case IntValue i -> "Attempted to check if the value:\n" + e + "\nis an element of the integer " + s;
            case StringValue t -> "Attempted to check if the value:\n" + e + "\nis an element of the string " + s;
            case BoolValue b -> "Attempted to check if the value:\n" + e + "\nis an element of the boolean " + s;
            default -> "Attempted to check if the value:\n" + e + "\nis an element of the model value " + s;
        });
    }

    /** TLA+ {@code e \notin s}. */
    public static boolean notIn(Value element, Value set) {
        return !in(element, set);
    }

    /** {@code a \cup b}. */
    public static SetValue union(Value a, Value b) {
        SetValue s = operand(a, "\\cup");
        SetValue t = operand(b, "\\cup");
        if (!s.isFinite() || !t.isFinite()) {
            return new SetOpValue(SetOpValue.Op.CUP, s, t);
        }
        SetEnumValue x = s.normalized();
        SetEnumValue y = t.normalized();
        if (y.size() == 0) {
            return x;
        }
        if (x.size() == 0) {
            return y;
        }
        try {
            return SetEnumValue.merge(x, y);
        } catch (EvalException e) {
            // Incomparable elements: sort the lot as before, so that the error names the same pair.
            Value[] all = Arrays.copyOf(x.elements(), x.size() + y.size());
            System.arraycopy(y.elements(), 0, all, x.size(), y.size());
            return SetEnumValue.of(all);
        }
    }

    /** {@code a \cap b}. */
    public static SetValue intersect(Value a, Value b) {
        SetValue s = operand(a, "\\cap");
        SetValue t = operand(b, "\\cap");
        if (s.isFinite()) {
            return keep(s.normalized(), t, true);
        }
        if (t.isFinite()) {
            return keep(t.normalized(), s, true);
        }
        return new SetOpValue(SetOpValue.Op.CAP, s, t);
    }

    /** {@code a \ b}. */
    public static SetValue minus(Value a, Value b) {
        SetValue s = operand(a, "\\");
        SetValue t = operand(b, "\\");
        if (s.isFinite()) {
            return keep(s.normalized(), t, false);
        }
        return new SetOpValue(SetOpValue.Op.DIFF, s, t);
    }

    private static SetEnumValue keep(SetEnumValue from, SetValue other, boolean members) {
        Value[] kept = new Value[from.size()];
        int k = 0;
        for (int i = 0; i < from.size(); i++) {
            if (other.contains(from.get(i)) == members) {
                kept[k++] = from.get(i);
            }
        }
        return k == from.size() ? from : SetEnumValue.ofSorted(Arrays.copyOf(kept, k));
    }

    /** {@code a \subseteq b}. */
    public static boolean subseteq(Value a, Value b) {
        SetValue s = operand(a, "\\subseteq");
        SetValue t = operand(b, "\\subseteq");
        if (s instanceof IntervalValue i && t instanceof IntervalValue j) {
            return i.isEmpty() || j.low() <= i.low() && i.high() <= j.high();
        }
        if (!s.isFinite()) {
            if (s instanceof InfiniteSetValue x && t instanceof InfiniteSetValue y) {
                return x == y || x == InfiniteSetValue.NAT && y == InfiniteSetValue.INT;
            }
            throw Errors.of("Attempted to check if the non-enumerable set\n" + Errors.ppr(s) + "\nis a subset of\n"
                    + Errors.ppr(t));
        }
        SetEnumValue e = s.normalized();
        for (int i = 0; i < e.size(); i++) {
            if (!t.contains(e.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code SUBSET s}, lazy. */
    public static SetValue powerset(Value s) {
        return new SubsetValue(operand(s, "SUBSET"));
    }

    /** {@code UNION s}, lazy. */
    public static SetValue bigUnion(Value s) {
        return new UnionValue(operand(s, "UNION"));
    }

    /** {@code Cardinality(s)}. */
    public static IntValue cardinality(Value s) {
        if (s instanceof SetValue set && set.isFinite()) {
            return IntValue.of(set.size());
        }
        throw Errors.of("Attemtped to compute cardinality of the value\n" + Errors.ppr(s));
    }

    /** {@code IsFiniteSet(s)}. */
    public static boolean isFiniteSet(Value s) {
        if (s instanceof SetValue set) {
            return set.isFinite();
        }
        throw Errors.of("Attempted to check if the " + kindWord(s) + " " + Errors.ppr(s) + " is a finite set.");
    }

    private static String kindWord(Value v) {
        return switch (v) {
            case IntValue i -> "integer";
            case StringValue s -> "string";
            case BoolValue b -> "boolean";
            case ModelValue m -> "model value";
            default -> "value";
        };
    }

    /**
     * The elements of {@code s} in TLC's order, for quantifiers, CHOOSE and set constructors.
     *
     * @throws EvalException when {@code s} is not a set or cannot be enumerated
     */
    public static SetEnumValue enumerate(Value s) {
        if (s instanceof SetValue set) {
            return set.normalized();
        }
        throw Errors.of("Attempted to enumerate a value that is not a set:\n" + Errors.ppr(s));
    }

    /** {@code {a, b, c}}; takes ownership of the array. */
    public static SetEnumValue setOf(Value[] elements) {
        return SetEnumValue.of(elements);
    }

    /** {@code {x \in s : p(x)}}: computed at once for a finite {@code s}, lazy otherwise. */
    public static SetValue filter(Value s, Predicate<Value> p, String description) {
        SetValue set = operand(s, "{x \\in S : P}");
        if (!set.isFinite()) {
            return new FilteredSetValue(set, p, description);
        }
        SetEnumValue all = set.normalized();
        Value[] kept = new Value[all.size()];
        int k = 0;
        for (int i = 0; i < all.size(); i++) {
            if (p.test(all.get(i))) {
                kept[k++] = all.get(i);
            }
        }
        return SetEnumValue.ofSorted(Arrays.copyOf(kept, k));
    }

    /** {@code {f(x) : x \in s}}. */
    public static SetEnumValue map(Value s, UnaryOperator<Value> f) {
        SetEnumValue all = enumerate(s);
        Value[] images = new Value[all.size()];
        for (int i = 0; i < images.length; i++) {
            images[i] = f.apply(all.get(i));
        }
        return SetEnumValue.of(images);
    }

    /** {@code CHOOSE x \in s : p(x)}: the first element in TLC's order that satisfies {@code p}. */
    public static Value choose(Value s, Predicate<Value> p) {
        SetEnumValue all = enumerate(s);
        for (int i = 0; i < all.size(); i++) {
            if (p.test(all.get(i))) {
                return all.get(i);
            }
        }
        throw Errors.of(CHOOSE_FAILED);
    }

    /** {@code s1 \X s2 \X ... \X sn}, lazy. */
    public static SetValue product(Value[] sets) {
        SetValue[] operands = new SetValue[sets.length];
        for (int i = 0; i < sets.length; i++) {
            operands[i] = operand(sets[i], "\\X");
        }
        return new CartesianValue(operands);
    }

    /** {@code v} as a set, or the error for applying {@code operator} to a non-set. */
    static SetValue operand(Value v, String operator) {
        if (v instanceof SetValue s) {
            return s;
        }
        throw Errors.of("Attempted to apply the operator " + operator + " to the non-set value:\n" + Errors.ppr(v));
    }
}
