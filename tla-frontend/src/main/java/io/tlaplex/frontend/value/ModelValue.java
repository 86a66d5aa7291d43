package io.tlaplex.frontend.value;

/**
 * A model value from the configuration, equal only to itself. As in TLC it is comparable with every value and
 * sorts before all non-model values, unless it is typed: a name like {@code A_x} has type {@code A}, and TLC
 * reports an error when a typed model value meets a non-model value or a model value of another type.
 * Created only by a {@link StringTable}, which gives it TLC's rank and a dense {@link #id()} for permutations.
 */
public final class ModelValue extends Value {
    private final String name;
    private final int rank;
    private final int id;
    private final char type;
    private final byte[] utf8;
    private final long hash64;

    ModelValue(String name, int rank, int id) {
        this.name = name;
        this.rank = rank;
        this.id = id;
        this.type = name.length() > 2 && name.charAt(1) == '_' ? name.charAt(0) : 0;
        this.utf8 = ValueCodec.utf8(name);
        this.hash64 = Fingerprint.ofBytes(ValueCodec.TAG_MODEL, utf8);
    }

    public String name() {
        return name;
    }

    /** Dense index, from 0, in the order the table created model values. */
    public int id() {
        return id;
    }

    public boolean isTyped() {
        return type != 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelValue m && (m == this || m.name.equals(name));
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + 17;
    }

    @Override
    public void appendTo(StringBuilder out) {
        out.append(name);
    }

    @Override
    public void encode(MutableBuffer out) {
        out.putByte(ValueCodec.TAG_MODEL);
        ValueCodec.writeBytes(out, utf8);
    }

    @Override
    long hash64() {
        return hash64;
    }

    @Override
    public Value permute(ModelValuePermutation permutation) {
        return permutation.apply(this);
    }

    @Override
    public String kindString() {
        return "a model value";
    }

    @Override
    int family() {
        return FAMILY_MODEL;
    }

    @Override
    int compareSameFamily(Value other) {
        ModelValue m = (ModelValue) other;
        if (type != 0 && m.type != 0 && type != m.type) {
            throw Errors.of("Attempted to compare the differently-typed model values " + name + " and " + m.name);
        }
        if (rank != m.rank) {
            return rank < m.rank ? -1 : 1;
        }
        return name.compareTo(m.name);
    }

    /** This model value on the left of a comparison with a non-model value. */
    int compareWithNonModel(Value other) {
        if (type != 0) {
            throw Errors.of("Attempted to compare the typed model value " + name + " and non-model value\n"
                    + Errors.ppr(other));
        }
        return -1;
    }

    /** A non-model value {@code left} compared with this model value. */
    int compareFromNonModel(Value left) {
        if (type != 0) {
            throw Errors.of("Attempted to compare the typed model value " + name + " and the non-model value\n"
                    + Errors.ppr(left));
        }
        return 1;
    }

    @Override
    EvalException compareMismatch(Value other) {
        throw new IllegalStateException("model values are comparable with every value");
    }

    @Override
    boolean eqSameFamily(Value other) {
        ModelValue m = (ModelValue) other;
        if (type != 0 && m.type != 0 && type != m.type) {
            throw Errors.of("Attempted to check equality of the differently-typed model values " + name + " and "
                    + m.name);
        }
        return equals(m);
    }

    /** This model value on the left of {@code =} with a non-model value. */
    boolean eqWithNonModel(Value other) {
        if (type != 0) {
            throw Errors.of("Attempted to check equality of typed model value " + name + " and non-model value\n"
                    + Errors.ppr(other));
        }
        return false;
    }

    /** A non-model value {@code left} tested for equality with this model value. */
    boolean eqFromNonModel(Value left) {
        if (type != 0) {
            throw Errors.of("Attempted to check equality of the typed model value " + name
                    + " and the non-model value\n" + Errors.ppr(left));
        }
        return false;
    }

    /** Membership of this model value in a set of non-model values: FALSE, or TLC's error when typed. */
    boolean memberOfNonModelSet(Value set) {
        if (type != 0) {
            throw Errors.of("Attempted to check if the typed model value " + name + " is an element of\n"
                    + Errors.ppr(set));
        }
        return false;
    }

    @Override
    EvalException eqMismatch(Value other) {
        throw new IllegalStateException("model values are comparable with every value");
    }
}
