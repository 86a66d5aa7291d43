package io.tlaplex.frontend.value;

import java.util.Arrays;

/**
 * The canonical byte form of values, and decoding back. The form depends only on the mathematical value: a tag,
 * then for sets the size and the elements in TLC's order; for functions one of three shapes chosen from the
 * domain alone (a sequence on {@code 1..n}; a record on strings; a general list of domain/value pairs); integers
 * as zigzag varints; strings and model values as length-prefixed UTF-8. Every encoding is self-delimiting, so a
 * state is its variables' encodings one after the other. A decoder is owned by one thread and reused.
 */
public final class ValueCodec {
    static final byte TAG_FALSE = 1;
    static final byte TAG_TRUE = 2;
    static final byte TAG_INT = 3;
    static final byte TAG_STRING = 4;
    static final byte TAG_MODEL = 5;
    static final byte TAG_SET = 6;
    static final byte TAG_SEQ = 7;
    static final byte TAG_RECORD = 8;
    static final byte TAG_FCN = 9;

    private static final Value[] NO_VALUES = new Value[0];
    /** Slots of the caches of decoded strings and record field lists (direct-mapped, powers of two). */
    private static final int STRING_SLOTS = 1024;
    private static final int SHAPE_SLOTS = 256;

    private final StringTable table;
    /**
     * Strings and model values decoded lately, by their bytes: a state repeats the same few names, and decoding
     * each into a new String only to find it in the table was most of a decoder's work and garbage.
     */
    private final byte[][] stringKeys = new byte[STRING_SLOTS][];
    private final Value[] stringValues = new Value[STRING_SLOTS];
    /** Field-name lists of records decoded lately, already checked for order, shared by the records made. */
    private final StringValue[][] shapes = new StringValue[SHAPE_SLOTS][];
    /** Field names being read, one array per nesting depth of records. */
    private StringValue[][] scratch = new StringValue[4][];
    private int depth;
    private byte[] src;
    private int pos;
    private int limit;

    /** A decoder resolving strings and model values in {@code table} (the run's table, frozen). */
    public ValueCodec(StringTable table) {
        this.table = table;
    }

    /** Appends the canonical encoding of {@code value}. */
    public static void encode(Value value, MutableBuffer out) {
        value.encode(out);
    }

    /** Appends the encodings of the state's variable values, in variable order. */
    public static void encodeState(Value[] state, MutableBuffer out) {
        for (Value v : state) {
            v.encode(out);
        }
    }

    /** The canonical encoding as a new array (allocates; for tests and tools). */
    public static byte[] toBytes(Value value) {
        MutableBuffer out = new MutableBuffer(64);
        value.encode(out);
        return out.toByteArray();
    }

    /**
     * Decodes exactly one value from {@code src[offset, offset + length)}.
     *
     * @throws IllegalArgumentException when the bytes are not one well-formed encoding
     */
    public Value decode(byte[] bytes, int offset, int length) {
        wrap(bytes, offset, length);
        Value v = read();
        if (pos != limit) {
            throw malformed("trailing bytes");
        }
        return v;
    }

    /** Decodes a state of {@code variables} values from {@code src[offset, offset + length)}. */
    public Value[] decodeState(byte[] bytes, int offset, int length, int variables) {
        wrap(bytes, offset, length);
        Value[] state = new Value[variables];
        for (int i = 0; i < variables; i++) {
            state[i] = read();
        }
        if (pos != limit) {
            throw malformed("trailing bytes");
        }
        return state;
    }

    private void wrap(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new IllegalArgumentException("range outside the array");
        }
        this.src = bytes;
        this.pos = offset;
        this.limit = offset + length;
    }

    private Value read() {
        int tag = readByte();
        return switch (tag) {
            case TAG_FALSE -> BoolValue.FALSE;
            case TAG_TRUE -> BoolValue.TRUE;
            case TAG_INT -> IntValue.of(readZigZag());
            case TAG_STRING, TAG_MODEL -> readName(tag);
            case TAG_SET -> SetEnumValue.ofSorted(checkedOrder(readValues(readCount())));
            case TAG_SEQ -> TupleValue.of(readValues(readCount()));
            case TAG_RECORD -> readRecord(readCount());
            case TAG_FCN -> readFunction(readCount());
            default -> throw malformed("unknown tag " + tag);
        };
    }

    private Value[] readValues(int n) {
        if (n == 0) {
            return NO_VALUES;
        }
        Value[] values = new Value[n];
        for (int i = 0; i < n; i++) {
            values[i] = read();
        }
        return values;
    }

    private Value readRecord(int n) {
        // Field values may be records too: each nesting depth has its own scratch names.
        if (depth == scratch.length) {
            scratch = Arrays.copyOf(scratch, depth * 2);
        }
        StringValue[] names = scratch[depth];
        if (names == null || names.length < n) {
            names = new StringValue[Math.max(n, 8)];
            scratch[depth] = names;
        }
        Value[] values = new Value[n];
        int hash = n;
        depth++;
        try {
            for (int i = 0; i < n; i++) {
                StringValue name = (StringValue) readName(TAG_STRING);
                names[i] = name;
                hash = hash * 31 + System.identityHashCode(name);
                values[i] = read();
            }
        } finally {
            depth--;
        }
        return RecordValue.ofSorted(shape(names, n, hash), values);
    }

    /** The first {@code n} of {@code names} as a shared, order-checked array. */
    private StringValue[] shape(StringValue[] names, int n, int hash) {
        int slot = (hash ^ (hash >>> 16)) & (SHAPE_SLOTS - 1);
        StringValue[] known = shapes[slot];
        if (known != null && known.length == n && sameNames(known, names, n)) {
            return known;
        }
        StringValue[] shape = checkedOrder(Arrays.copyOf(names, n));
        shapes[slot] = shape;
        return shape;
    }

    private static boolean sameNames(StringValue[] known, StringValue[] names, int n) {
        for (int i = 0; i < n; i++) {
            if (known[i] != names[i]) {
                return false;
            }
        }
        return true;
    }

    /** A string or model value ({@code tag}), from the cache when its bytes were decoded lately. */
    private Value readName(int tag) {
        int n = readCount();
        int hash = tag;
        for (int i = pos, end = pos + n; i < end; i++) {
            hash = hash * 31 + src[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (STRING_SLOTS - 1);
        byte[] key = stringKeys[slot];
        if (key != null && key.length == n + 1 && key[0] == tag
                && Arrays.equals(key, 1, n + 1, src, pos, pos + n)) {
            pos += n;
            return stringValues[slot];
        }
        int start = pos;
        String text = readUtf8(n);
        Value value = tag == TAG_STRING ? table.string(text) : table.modelValue(text);
        key = new byte[n + 1];
        key[0] = (byte) tag;
        System.arraycopy(src, start, key, 1, n);
        stringKeys[slot] = key;
        stringValues[slot] = value;
        return value;
    }

    private Value readFunction(int n) {
        Value[] domain = new Value[n];
        Value[] values = new Value[n];
        for (int i = 0; i < n; i++) {
            domain[i] = read();
            values[i] = read();
        }
        return FcnRcdValue.ofSorted(checkedOrder(domain), values);
    }

    /** A sender with another string table would produce another order: refuse rather than corrupt sets. */
    private <T extends Value> T[] checkedOrder(T[] sorted) {
        if (!ValueOrder.isStrictlyIncreasing(sorted, sorted.length)) {
            throw malformed("elements not in canonical order (was it encoded with another string table?)");
        }
        return sorted;
    }

    private int readByte() {
        if (pos >= limit) {
            throw malformed("truncated");
        }
        return src[pos++] & 0xFF;
    }

    private int readVarInt() {
        int result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = readByte();
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw malformed("varint too long");
    }

    private int readCount() {
        int n = readVarInt();
        if (n < 0 || n > limit - pos) {
            throw malformed("bad count " + n);
        }
        return n;
    }

    private int readZigZag() {
        int z = readVarInt();
        return (z >>> 1) ^ -(z & 1);
    }

    private String readUtf8(int n) {
        int end = pos + n;
        char[] chars = new char[n];
        int k = 0;
        while (pos < end) {
            int b = src[pos++] & 0xFF;
            if (b < 0x80) {
                chars[k++] = (char) b;
            } else if ((b & 0xE0) == 0xC0 && pos < end) {
                chars[k++] = (char) (((b & 0x1F) << 6) | (src[pos++] & 0x3F));
            } else if ((b & 0xF0) == 0xE0 && pos + 1 < end) {
                chars[k++] = (char) (((b & 0x0F) << 12) | ((src[pos++] & 0x3F) << 6) | (src[pos++] & 0x3F));
            } else {
                throw malformed("bad UTF-8");
            }
        }
        return new String(chars, 0, k);
    }

    private IllegalArgumentException malformed(String why) {
        return new IllegalArgumentException("malformed value encoding at offset " + pos + ": " + why);
    }

    static void writeInt(MutableBuffer out, int value) {
        out.putByte(TAG_INT);
        out.putVarInt((value << 1) ^ (value >> 31));
    }

    static void writeBytes(MutableBuffer out, byte[] bytes) {
        out.putVarInt(bytes.length);
        out.putBytes(bytes, 0, bytes.length);
    }

    /** UTF-8 of each UTF-16 unit on its own (surrogates as 3 bytes each), so any Java string round-trips. */
    static byte[] utf8(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        byte[] out = new byte[n];
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[k++] = (byte) c;
            } else if (c < 0x800) {
                out[k++] = (byte) (0xC0 | (c >> 6));
                out[k++] = (byte) (0x80 | (c & 0x3F));
            } else {
                out[k++] = (byte) (0xE0 | (c >> 12));
                out[k++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[k++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }
}
