package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.RecordValue;
import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON text (RFC 8259) into values as TLC does: arrays become tuples, objects records (a repeated key
 * keeps its last value), numbers integers (a fraction is truncated and a number beyond 32 bits keeps its low 32
 * bits, as TLC's reader does), and null, which TLC cannot represent, is an error.
 */
final class JsonReader {
    private final String text;
    private final String source;
    private final int firstLine;
    private final StringTable strings;
    private int pos;

    private JsonReader(String text, String source, int firstLine, StringTable strings) {
        this.text = text;
        this.source = source;
        this.firstLine = firstLine;
        this.strings = strings;
    }

    /**
     * The value of {@code text}, which must hold exactly one JSON value; errors name {@code source} and the line,
     * counting the text's first line as {@code firstLine}.
     */
    static Value parse(String text, String source, int firstLine, StringTable strings) {
        JsonReader r = new JsonReader(text, source, firstLine, strings);
        r.skipSpace();
        Value v = r.value();
        r.skipSpace();
        if (r.pos < text.length()) {
            throw r.error("unexpected text after the JSON value");
        }
        return v;
    }

    private Value value() {
        if (pos >= text.length()) {
            throw error("expected a JSON value but the text ended");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> strings.string(string());
            case 't' -> literal("true", BoolValue.TRUE);
            case 'f' -> literal("false", BoolValue.FALSE);
            case 'n' -> {
                literal("null", BoolValue.FALSE);
                throw error("Cannot convert value: unsupported JSON value null");
            }
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private Value object() {
        pos++;
        Map<String, Value> fields = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return RecordValue.of(new StringValue[0], new Value[0]);
        }
        do {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a string as object key");
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            fields.put(key, value());
            skipSpace();
        } while (next(','));
        expect('}');
        StringValue[] names = new StringValue[fields.size()];
        Value[] values = new Value[fields.size()];
        int i = 0;
        for (Map.Entry<String, Value> e : fields.entrySet()) {
            names[i] = strings.string(e.getKey());
            values[i++] = e.getValue();
        }
        return RecordValue.of(names, values);
    }

    private Value array() {
        pos++;
        List<Value> elems = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return TupleValue.EMPTY;
        }
        do {
            skipSpace();
            elems.add(value());
            skipSpace();
        } while (next(','));
        expect(']');
        return TupleValue.of(elems.toArray(new Value[0]));
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("control character in string");
            }
            sb.append(c == '\\' ? escape() : c);
        }
    }

    private char escape() {
        if (pos >= text.length()) {
            throw error("unterminated string");
        }
        char c = text.charAt(pos++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw error("invalid escape '\\" + c + "'");
        };
    }

    private char unicode() {
        if (pos + 4 > text.length()) {
            throw error("invalid \\u escape");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error("invalid \\u escape");
        }
    }

    private Value number() {
        int start = pos;
        next('-');
        if (!next('0')) {
            digits();
        }
        if (next('.')) {
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (!next('+')) {
                next('-');
            }
            digits();
        }
        return IntValue.of(new BigDecimal(text.substring(start, pos)).intValue());
    }

    private void digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == start) {
            throw error("expected a digit");
        }
    }

    private Value literal(String word, Value v) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character '" + text.charAt(pos) + "'");
        }
        pos += word.length();
        return v;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean next(char c) {
        if (peek() == c && pos < text.length()) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!next(c)) {
            throw error(pos < text.length() ? "expected '" + c + "' but found '" + text.charAt(pos) + "'"
                    : "expected '" + c + "' but the text ended");
        }
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** The message names the source and the 1-based line and column of the problem. */
    private EvalException error(String what) {
        int line = firstLine;
        int col = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new EvalException("Cannot read JSON from " + source + " at line " + line + ", column " + col + ": "
                + what);
    }
}
