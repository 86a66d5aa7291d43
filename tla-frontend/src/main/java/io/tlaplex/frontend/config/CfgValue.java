package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.SourceSpan;
import java.math.BigInteger;
import java.util.List;

/**
 * A value written on the right of {@code =} in a CONSTANT section. The evaluator turns it into a
 * runtime value; here it is only a small tree that remembers where each part was written.
 */
public sealed interface CfgValue {

    SourceSpan span();

    /** The value as TLA+ source text, for messages: {@code {a, "s", <<1, -2>>}}. */
    String render();

    /** An integer literal, possibly negative. */
    record Int(BigInteger value, SourceSpan span) implements CfgValue {
        @Override
        public String render() {
            return value.toString();
        }
    }

    /**
     * A string literal. Like TLC, the text between the quotes is kept as written: escape
     * sequences are not interpreted in a .cfg file.
     */
    record Str(String value, SourceSpan span) implements CfgValue {
        @Override
        public String render() {
            return "\"" + value + "\"";
        }
    }

    /** {@code TRUE} or {@code FALSE}. */
    record Bool(boolean value, SourceSpan span) implements CfgValue {
        @Override
        public String render() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** A bare name: a model value, equal only to itself ({@code c = c}, {@code {p1, p2}}). */
    record ModelValue(String name, SourceSpan span) implements CfgValue {
        @Override
        public String render() {
            return name;
        }
    }

    /** An enumerated set {@code {e1, ..., en}}; elements keep their written order. */
    record SetOf(List<CfgValue> elements, SourceSpan span) implements CfgValue {
        public SetOf {
            elements = List.copyOf(elements);
        }

        @Override
        public String render() {
            return "{" + CfgValue.renderAll(elements) + "}";
        }
    }

    /** A tuple {@code <<e1, ..., en>>}. */
    record TupleOf(List<CfgValue> elements, SourceSpan span) implements CfgValue {
        public TupleOf {
            elements = List.copyOf(elements);
        }

        @Override
        public String render() {
            return "<<" + CfgValue.renderAll(elements) + ">>";
        }
    }

    private static String renderAll(List<CfgValue> values) {
        StringBuilder out = new StringBuilder();
        for (CfgValue v : values) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(v.render());
        }
        return out.toString();
    }
}
