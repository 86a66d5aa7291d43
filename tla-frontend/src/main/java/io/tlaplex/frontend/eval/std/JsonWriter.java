package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.FcnValue;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.ModelValue;
import io.tlaplex.frontend.value.SetValue;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TLC's JSON encoding of values, compact as TLC prints it: sequences and finite sets (in TLC's order) become
 * arrays; records and other functions become objects, keyed by the string itself or else by the key's TLC syntax;
 * strings and model values become strings. ToJsonObject writes a tuple with keys "0", "1", ... as TLC does.
 */
final class JsonWriter {
    private final String operator;
    private final StringBuilder out = new StringBuilder();

    private JsonWriter(String operator) {
        this.operator = operator;
    }

    /** ToJson(v). */
    static String value(Value v) {
        JsonWriter w = new JsonWriter("ToJson");
        w.node(v);
        return w.out.toString();
    }

    /** ToJsonArray(v): a sequence or finite set (a function that is not a sequence still gives an object). */
    static String array(Value v) {
        JsonWriter w = new JsonWriter("ToJsonArray");
        if (!(v instanceof FcnValue) && !(v instanceof SetValue)) {
            throw w.unsupported(v);
        }
        w.node(v);
        return w.out.toString();
    }

    /** ToJsonObject(v): a record or function. */
    static String object(Value v) {
        JsonWriter w = new JsonWriter("ToJsonObject");
        if (!(v instanceof FcnValue f)) {
            throw w.unsupported(v);
        }
        if (f.size() == 0) {
            return "{}";
        }
        if (v instanceof TupleValue t) {
            Map<String, Value> fields = new LinkedHashMap<>();
            for (int i = 0; i < t.size(); i++) {
                fields.put(Integer.toString(i), t.get(i));
            }
            w.object(fields);
        } else {
            w.node(v);
        }
        return w.out.toString();
    }

    private void node(Value v) {
        switch (v) {
            case BoolValue b -> out.append(b.value());
            case IntValue n -> out.append(n.value());
            case StringValue s -> string(s.value(), out);
            case ModelValue m -> string(m.name(), out);
            case FcnValue f -> function(f);
            case SetValue s -> {
                if (!s.isFinite()) {
                    throw unsupported(v);
                }
                array(s.normalized().toArray());
            }
        }
    }

    private void function(FcnValue f) {
        Value[] elems = Args.sequenceOrNull(f);
        if (elems != null) {
            array(elems);
            return;
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        for (int i = 0; i < f.size(); i++) {
            Value key = f.domainAt(i);
            fields.put(key instanceof StringValue s ? s.value() : key.toString(), f.valueAt(i));
        }
        object(fields);
    }

    private void array(Value[] elems) {
        out.append('[');
        for (int i = 0; i < elems.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            node(elems[i]);
        }
        out.append(']');
    }

    /** Keys that collide keep their first position and their last value, as TLC's JSON objects do. */
    private void object(Map<String, Value> fields) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Value> e : fields.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(e.getKey(), out);
            out.append(':');
            node(e.getValue());
        }
        out.append('}');
    }

    /** JSON string escaping as TLC's writer does it (not HTML-safe: {@code < > & = '} stay as they are). */
    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private EvalException unsupported(Value v) {
        return new EvalException(operator + " cannot convert the following value to JSON:\n" + Messages.ppr(v));
    }
}
