package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.Value;

/**
 * TLCGet, TLCSet and TLCExt's TLCGetOrDefault and TLCGetAndSet: TLC's key checks and messages in front of the
 * {@link Runtime}, which holds the registers and statistics.
 */
final class Registers {
    /** Keys of this prefix carry TLCExt's checker state; specs cannot read them through TLCGet. */
    private static final String INTERNAL_PREFIX = "TLCExt!";

    private Registers() {
    }

    /** TLCGet(key). */
    static Value get(Value key, Runtime rt) {
        Value v = getOrNull(key, rt);
        if (v == null) {
            throw new EvalException("TLCGet(" + display(key) + ") was undefined.");
        }
        return v;
    }

    /** TLCGetOrDefault(key, defaultValue). */
    static Value getOrDefault(Value key, Value defaultValue, Runtime rt) {
        Value v = getOrNull(key, rt);
        return v == null ? defaultValue : v;
    }

    private static Value getOrNull(Value key, Runtime rt) {
        if (key instanceof IntValue n && n.value() >= 0) {
            return rt.tlcGet(key);
        }
        if (key instanceof StringValue s) {
            return s.value().startsWith(INTERNAL_PREFIX) ? null : rt.tlcGet(key);
        }
        throw Messages.oneArgument("TLCGet", "nonnegative integer", key);
    }

    /** TLCSet(key, value): registers are non-negative integers; "exit" and "pause" go to the checker. */
    static BoolValue set(Value key, Value value, Runtime rt) {
        boolean register = key instanceof IntValue n && n.value() >= 0;
        boolean command = key instanceof StringValue s && (s.value().equals("exit") || s.value().equals("pause"));
        if (!register && !command) {
            throw Messages.argument("first", "TLCSet", "nonnegative integer", key);
        }
        rt.tlcSet(key, value);
        return BoolValue.TRUE;
    }

    /** TLCGetAndSet(key, Op, val, defaultVal): sets the register to Op(old, val) and returns the old value. */
    static Value getAndSet(Object[] args, Runtime rt) {
        Value key = Args.value(args, 0);
        OperatorArg op = Args.operator(args, 1, "TLCGetAndSet", "operator", 2);
        Value old = getOrDefault(key, Args.value(args, 3), rt);
        set(key, op.apply(new Value[] {old, Args.value(args, 2)}), rt);
        return old;
    }

    /** TLC prints the key's plain text: a register number, or a string without quotes. */
    private static String display(Value key) {
        return key instanceof StringValue s ? s.value() : key.toString();
    }
}
