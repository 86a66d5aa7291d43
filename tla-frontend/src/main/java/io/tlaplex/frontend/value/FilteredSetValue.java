package io.tlaplex.frontend.value;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * {@code {x \in S : P(x)}} kept lazy, for when {@code S} is infinite or large: membership tests {@code S} and
 * then {@code P}; enumeration filters {@code S} in order. The evaluator supplies {@code P}.
 */
public final class FilteredSetValue extends SetValue {
    private final SetValue base;
    private final Predicate<Value> predicate;
    private final String description;
    private SetEnumValue enumerated;

    /**
     * @param description how to print the set while it is not enumerated, such as {@code {n \in Nat : n > 0}}
     */
    public FilteredSetValue(SetValue base, Predicate<Value> predicate, String description) {
        this.base = base;
        this.predicate = predicate;
        this.description = description;
    }

    @Override
    public boolean contains(Value v) {
        return base.contains(v) && predicate.test(v);
    }

    @Override
    public boolean isFinite() {
        return base.isFinite();
    }

    @Override
    public SetEnumValue normalized() {
        SetEnumValue e = enumerated;
        if (e == null) {
            if (!isFinite()) {
                throw Errors.notEnumerable(this);
            }
            SetEnumValue all = base.normalized();
            Value[] kept = new Value[all.size()];
            int k = 0;
            for (int i = 0; i < all.size(); i++) {
                if (predicate.test(all.get(i))) {
                    kept[k++] = all.get(i);
                }
            }
            e = SetEnumValue.ofSorted(Arrays.copyOf(kept, k));
            enumerated = e;
        }
        return e;
    }

    @Override
    void appendLazy(StringBuilder out) {
        out.append(description);
    }

    @Override
    public String kindString() {
        return "a set of the form {x \\in S : expr}";
    }
}
