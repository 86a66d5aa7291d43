package io.tlaplex.frontend.value;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * The Bags module with TLC's semantics and messages. A bag is a function from its elements to positive counts;
 * counts are 32-bit and adding them reports overflow.
 */
public final class BagOps {
    private BagOps() {
    }

    /** {@code EmptyBag}. */
    public static FcnValue emptyBag() {
        return FcnRcdValue.EMPTY;
    }

    /** {@code IsABag(b)}: a function whose values are positive integers (FALSE for non-functions, as TLC). */
    public static boolean isABag(Value b) {
        if (!(b instanceof FcnValue f)) {
            return false;
        }
        for (int i = 0; i < f.size(); i++) {
            if (!(f.valueAt(i) instanceof IntValue n) || n.value() <= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code SetToBag(s)}: each element once. */
    public static FcnValue setToBag(Value s) {
        if (!(s instanceof SetValue set) || !set.isFinite()) {
            throw Errors.applyingToWrongValue("BagToSet", "a function with a finite domain", s);
        }
        SetEnumValue e = set.normalized();
        Value[] ones = new Value[e.size()];
        Arrays.fill(ones, IntValue.of(1));
        return FcnRcdValue.ofSorted(e.elements(), ones);
    }

    /** {@code BagToSet(b)}: the elements present. */
    public static SetValue bagToSet(Value b) {
        return fcn(b, "BagToSet").domain();
    }

    /** {@code BagIn(e, b)}. */
    public static boolean bagIn(Value e, Value b) {
        Value count = countOf(e, b, "BagIn");
        return count != null && ((IntValue) count).value() > 0;
    }

    /** {@code CopiesIn(e, b)}. */
    public static IntValue copiesIn(Value e, Value b) {
        Value count = countOf(e, b, "CopiesIn");
        return count == null ? IntValue.of(0) : (IntValue) count;
    }

    private static Value countOf(Value e, Value b, String operator) {
        if (!(b instanceof FcnValue f)) {
            throw Errors.argument("second", operator, "bag", b);
        }
        for (int i = 0; i < f.size(); i++) {
            if (Equality.eq(e, f.domainAt(i))) {
                if (!(f.valueAt(i) instanceof IntValue)) {
                    throw Errors.argument("second", operator, "bag", b);
                }
                return f.valueAt(i);
            }
        }
        return null;
    }

    /** {@code b1 (+) b2}. */
    public static FcnValue add(Value b1, Value b2) {
        if (!isABag(b1)) {
            throw Errors.argument("first", "(+)", "bag", b1);
        }
        if (!isABag(b2)) {
            throw Errors.argument("second", "(+)", "bag", b2);
        }
        Counts sum = new Counts();
        sum.addAll((FcnValue) b1);
        sum.addAll((FcnValue) b2);
        return sum.toBag();
    }

    /** {@code b1 (-) b2}: counts subtracted, elements whose count drops to zero removed. */
    public static FcnValue subtract(Value b1, Value b2) {
        if (!(b1 instanceof FcnValue f)) {
            throw Errors.argument("first", "(-)", "bag", b1);
        }
        if (!(b2 instanceof FcnValue g)) {
            throw Errors.argument("second", "(-)", "bag", b2);
        }
        Value[] domain = new Value[f.size()];
        Value[] counts = new Value[f.size()];
        int k = 0;
        for (int i = 0; i < f.size(); i++) {
            Value taken = g.select(f.domainAt(i));
            int left = count(f.valueAt(i)) - (taken == null ? 0 : count(taken));
            if (left > 0) {
                domain[k] = f.domainAt(i);
                counts[k++] = IntValue.of(left);
            }
        }
        return FcnRcdValue.ofSorted(Arrays.copyOf(domain, k), Arrays.copyOf(counts, k));
    }

    /** {@code BagUnion(S)}: the sum of a finite set of bags. */
    public static FcnValue bagUnion(Value s) {
        if (!(s instanceof SetValue set) || !set.isFinite()) {
            throw Errors.applyingToWrongValue("BagUnion", "a finite enumerable set", s);
        }
        SetEnumValue bags = set.normalized();
        Counts sum = new Counts();
        for (int i = 0; i < bags.size(); i++) {
            if (!(bags.get(i) instanceof FcnValue f)) {
                throw Errors.of("Attemtped to apply BagUnion to the following set, whose\nelement is not a bag:\n"
                        + Errors.ppr(s));
            }
            sum.addAll(f);
        }
        return sum.toBag();
    }

    /** {@code b1 \sqsubseteq b2}: every element at most as often in {@code b1} as in {@code b2}. */
    public static boolean subBagEq(Value b1, Value b2) {
        FcnValue f = fcn(b1, "\\sqsubseteq");
        FcnValue g = fcn(b2, "\\sqsubseteq");
        for (int i = 0; i < f.size(); i++) {
            Value other = g.select(f.domainAt(i));
            if (count(f.valueAt(i)) > (other == null ? 0 : count(other))) {
                return false;
            }
        }
        return true;
    }

    /** {@code SubBag(b)}: all bags {@code \sqsubseteq b}, including the empty bag. */
    public static SetEnumValue subBag(Value b) {
        FcnValue f = fcn(b, "BagToSet");
        int n = f.size();
        int[] radix = new int[n];
        for (int i = 0; i < n; i++) {
            radix[i] = count(f.valueAt(i)) + 1;
        }
        Value[] bags = new Value[Odometer.count(radix, b)];
        int[] idx = new int[n];
        int k = 0;
        do {
            int present = 0;
            for (int c : idx) {
                present += c > 0 ? 1 : 0;
            }
            Value[] domain = new Value[present];
            Value[] counts = new Value[present];
            int j = 0;
            for (int i = 0; i < n; i++) {
                if (idx[i] > 0) {
                    domain[j] = f.domainAt(i);
                    counts[j++] = IntValue.of(idx[i]);
                }
            }
            bags[k++] = FcnRcdValue.ofSorted(domain, counts);
        } while (Odometer.advance(idx, radix));
        return SetEnumValue.of(bags);
    }

    /** {@code BagCardinality(b)}: the total number of copies. */
    public static IntValue bagCardinality(Value b) {
        FcnValue f = fcn(b, "BagCardinality");
        int total = 0;
        for (int i = 0; i < f.size(); i++) {
            if (!(f.valueAt(i) instanceof IntValue n) || n.value() <= 0) {
                throw Errors.applyingToWrongValue("BagCardinality", "a bag", b);
            }
            total = addCounts(total, n.value());
        }
        return IntValue.of(total);
    }

    /** {@code BagOfAll(F, b)}: the bag of {@code F(e)}, with the copies of all {@code e} mapped together. */
    public static FcnValue bagOfAll(UnaryOperator<Value> op, Value b) {
        if (!(b instanceof FcnValue f)) {
            throw Errors.argument("second", "BagOfAll", "function with a finite domain", b);
        }
        Counts sum = new Counts();
        for (int i = 0; i < f.size(); i++) {
            sum.add(op.apply(f.domainAt(i)), count(f.valueAt(i)));
        }
        return sum.toBag();
    }

    private static FcnValue fcn(Value b, String operator) {
        if (b instanceof FcnValue f) {
            return f;
        }
        throw Errors.applyingToWrongValue(operator, "a function with a finite domain", b);
    }

    private static int count(Value v) {
        if (v instanceof IntValue n) {
            return n.value();
        }
        throw Errors.of("A bag count must be an integer, but it is:\n" + Errors.ppr(v));
    }

    static int addCounts(int a, int b) {
        int r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw Errors.overflow(a + "+" + b);
        }
        return r;
    }

    /** Accumulates element counts in first-seen order; small bags, so a linear search is enough. */
    private static final class Counts {
        private Value[] elements = new Value[8];
        private int[] counts = new int[8];
        private int size;

        void addAll(FcnValue bag) {
            for (int i = 0; i < bag.size(); i++) {
                add(bag.domainAt(i), count(bag.valueAt(i)));
            }
        }

        void add(Value element, int copies) {
            for (int i = 0; i < size; i++) {
                if (Equality.eq(element, elements[i])) {
                    counts[i] = addCounts(counts[i], copies);
                    return;
                }
            }
            if (size == elements.length) {
                elements = Arrays.copyOf(elements, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            elements[size] = element;
            counts[size++] = copies;
        }

        FcnValue toBag() {
            Value[] values = new Value[size];
            for (int i = 0; i < size; i++) {
                values[i] = IntValue.of(counts[i]);
            }
            return FcnRcdValue.of(Arrays.copyOf(elements, size), values);
        }
    }
}
