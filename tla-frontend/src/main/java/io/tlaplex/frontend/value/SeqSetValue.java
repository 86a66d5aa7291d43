package io.tlaplex.frontend.value;

/** {@code Seq(S)}: the infinite set of finite sequences over {@code S}; membership only. */
public final class SeqSetValue extends SetValue {
    private final SetValue elementSet;

    public SeqSetValue(SetValue elementSet) {
        this.elementSet = elementSet;
    }

    @Override
    public boolean contains(Value v) {
        Value[] elems = v instanceof FcnValue f ? f.sequenceElements() : null;
        if (elems == null) {
            return foreignMember(v);
        }
        for (Value e : elems) {
            if (!elementSet.contains(e)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isFinite() {
        return false;
    }

    @Override
    public SetEnumValue normalized() {
        throw Errors.notEnumerable(this);
    }

    @Override
    public int size() {
        throw Errors.of("Attemtped to compute cardinality of the value\n" + Errors.ppr(this));
    }

    @Override
    void appendLazy(StringBuilder out) {
        out.append("Seq(");
        elementSet.appendTo(out);
        out.append(')');
    }

    @Override
    public String kindString() {
        return "a special set constant";
    }
}
