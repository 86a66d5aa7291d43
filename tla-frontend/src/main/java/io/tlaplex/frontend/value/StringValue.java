package io.tlaplex.frontend.value;

/**
 * A string. TLC orders strings by when it first met them (its intern table), not alphabetically; the
 * {@link StringTable} that made this value gives that rank. Strings the table never saw sort after all ranked
 * ones, alphabetically among themselves. Create strings only through a {@link StringTable}.
 */
public final class StringValue extends Value {
    private final String value;
    private final int rank;
    private final StringTable table;
    private final byte[] utf8;
    private final long hash64;

    StringValue(String value, int rank, StringTable table) {
        this.value = value;
        this.rank = rank;
        this.table = table;
        this.utf8 = ValueCodec.utf8(value);
        this.hash64 = Fingerprint.ofBytes(ValueCodec.TAG_STRING, utf8);
    }

    public String value() {
        return value;
    }

    /** Position in TLC's intern order, or {@link StringTable#UNRANKED}. */
    public int rank() {
        return rank;
    }

    /** The table this string belongs to; strings derived from it (Tail, SubSeq, \o) are made there too. */
    public StringTable table() {
        return table;
    }

    public int length() {
        return value.length();
    }

    byte[] utf8() {
        return utf8;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof StringValue s)) {
            return false;
        }
        // A table makes one instance per text it ranks, and unranked strings only for texts it does not hold.
        if (s.table == table && (rank != StringTable.UNRANKED || s.rank != StringTable.UNRANKED)) {
            return false;
        }
        return s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public void appendTo(StringBuilder out) {
        out.append('"');
        appendEscaped(value, out);
        out.append('"');
    }

    /** TLC's escaping inside string literals: quote, backslash, tab, newline, form feed, carriage return. */
    static void appendEscaped(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    @Override
    public void encode(MutableBuffer out) {
        out.putByte(ValueCodec.TAG_STRING);
        ValueCodec.writeBytes(out, utf8);
    }

    @Override
    long hash64() {
        return hash64;
    }

    @Override
    public Value permute(ModelValuePermutation permutation) {
        return this;
    }

    @Override
    public String kindString() {
        return "a string";
    }

    @Override
    int family() {
        return FAMILY_STRING;
    }

    @Override
    int compareSameFamily(Value other) {
        StringValue s = (StringValue) other;
        if (rank != s.rank) {
            return rank < s.rank ? -1 : 1;
        }
        return rank == StringTable.UNRANKED ? value.compareTo(s.value) : 0;
    }

    @Override
    EvalException compareMismatch(Value other) {
        return Errors.of("Attempted to compare string " + Errors.ppr(this) + " with non-string:\n"
                + Errors.ppr(other));
    }

    @Override
    boolean eqSameFamily(Value other) {
        return equals(other);
    }

    @Override
    EvalException eqMismatch(Value other) {
        return Errors.of("Attempted to check equality of string " + Errors.ppr(this) + " with non-string:\n"
                + Errors.ppr(other));
    }
}
