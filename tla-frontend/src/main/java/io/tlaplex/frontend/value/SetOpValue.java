package io.tlaplex.frontend.value;

import java.util.Arrays;

/**
 * {@code S \cup T}, {@code S \cap T} or {@code S \ T} kept lazy because an operand cannot be enumerated (such as
 * {@code Nat \ {0}}); membership works, and enumeration works whenever the result is finite.
 */
public final class SetOpValue extends SetValue {
    /** The operator. */
    public enum Op {
        CUP(" \\cup ", "a set of the form S \\cup T"),
        CAP(" \\cap ", "a set of the form S \\cap T"),
        DIFF(" \\ ", "a set of the form S \\ T");

        private final String symbol;
        private final String kind;

        Op(String symbol, String kind) {
            this.symbol = symbol;
            this.kind = kind;
        }
    }

    private final Op op;
    private final SetValue left;
    private final SetValue right;
    private SetEnumValue enumerated;

    public SetOpValue(Op op, SetValue left, SetValue right) {
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    public boolean contains(Value v) {
        return switch (op) {
            case CUP -> left.contains(v) || right.contains(v);
            case CAP -> left.contains(v) && right.contains(v);
            case DIFF -> left.contains(v) && !right.contains(v);
        };
    }

    @Override
    public boolean isFinite() {
        return switch (op) {
            case CUP -> left.isFinite() && right.isFinite();
            case CAP -> left.isFinite() || right.isFinite();
            case DIFF -> left.isFinite();
        };
    }

    @Override
    public SetEnumValue normalized() {
        SetEnumValue e = enumerated;
        if (e == null) {
            if (!isFinite()) {
                throw Errors.notEnumerable(this);
            }
            e = switch (op) {
                case CUP -> SetOps.union(left.normalized(), right.normalized()).normalized();
                case CAP -> left.isFinite() ? filter(left, right, true) : filter(right, left, true);
                case DIFF -> filter(left, right, false);
            };
            enumerated = e;
        }
        return e;
    }

    private static SetEnumValue filter(SetValue finite, SetValue other, boolean keepMembers) {
        SetEnumValue all = finite.normalized();
        Value[] kept = new Value[all.size()];
        int k = 0;
        for (int i = 0; i < all.size(); i++) {
            if (other.contains(all.get(i)) == keepMembers) {
                kept[k++] = all.get(i);
            }
        }
        return SetEnumValue.ofSorted(Arrays.copyOf(kept, k));
    }

    @Override
    void appendLazy(StringBuilder out) {
        out.append('(');
        left.appendTo(out);
        out.append(op.symbol);
        right.appendTo(out);
        out.append(')');
    }

    @Override
    public String kindString() {
        return op.kind;
    }
}
