package io.tlaplex.worker.queue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Layout of one queued state, the same in a {@link StateBatch}, in memory chunks and in spill
 * segments, so moving states between them is a plain byte copy. Little-endian:
 * <pre>
 *   0  int   entry length in bytes, header included
 *   4  long  fingerprint
 *  12  long  parent fingerprint (0 for an initial state)
 *  20  long  trace reference: where the state's own trace record is (see worker.trace.TraceRef)
 *  28  int   action id
 *  32  int   depth (initial states have depth 1)
 *  36  ...   encoded state, opaque here
 * </pre>
 */
public final class StateEntryDescriptor {
    public static final int LENGTH_OFFSET = 0;
    public static final int FINGERPRINT_OFFSET = 4;
    public static final int PARENT_FINGERPRINT_OFFSET = 12;
    public static final int TRACE_REF_OFFSET = 20;
    public static final int ACTION_ID_OFFSET = 28;
    public static final int DEPTH_OFFSET = 32;
    public static final int HEADER_LENGTH = 36;
    /** Entries larger than this are refused, so a length field can never overflow an int offset. */
    public static final int MAX_ENTRY_LENGTH = 1 << 30;

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private StateEntryDescriptor() {
    }

    static long getLong(byte[] bytes, int offset) {
        return (long) LONG.get(bytes, offset);
    }

    static void putLong(byte[] bytes, int offset, long value) {
        LONG.set(bytes, offset, value);
    }

    static int getInt(byte[] bytes, int offset) {
        return (int) INT.get(bytes, offset);
    }

    static void putInt(byte[] bytes, int offset, int value) {
        INT.set(bytes, offset, value);
    }
}
