package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.RecordValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;
import java.util.List;

/**
 * TLCExt's {@code CounterExample} value for a trace the checker found, and the files TLC's {@code -dumpTrace} writes
 * from it: {@code json} (the value in TLC's JSON encoding) and {@code tla} (a module defining it). The value is a
 * record: {@code state}, the set of {@code <<i, [var |-> value]>>}, and {@code action}, the set of steps
 * {@code <<<<i, s>>, [name |-> .., location |-> [beginLine, beginColumn, endLine, endColumn, module]], <<j, t>>>>}.
 * Called on the cold path by the thread that reports a run.
 */
public final class CounterExampleValues {
    private CounterExampleValues() {
    }

    /** Where an action is defined, as TLC's {@code location} record gives it. */
    public record Location(int beginLine, int beginColumn, int endLine, int endColumn, String module) {
    }

    /**
     * The CounterExample of the behaviour {@code states} (each the values of {@code variables} in order), where
     * {@code actions.get(i)} names the step into state {@code i} ({@code actions.get(0)} is ignored) and
     * {@code locations.get(i)} locates it (null: no location known). With {@code backTo >= 1}, a last step goes
     * from the last state back to state {@code backTo}, by action {@code closingAction} at {@code closingLocation}.
     */
    public static Value of(StringTable strings, List<String> variables, List<Value[]> states, List<String> actions,
            List<Location> locations, int backTo, String closingAction, Location closingLocation) {
        Value[] numbered = new Value[states.size()];
        for (int i = 0; i < numbered.length; i++) {
            numbered[i] = numbered(i + 1, state(strings, variables, states.get(i)));
        }
        int steps = Math.max(0, numbered.length - 1) + (backTo >= 1 && numbered.length > 0 ? 1 : 0);
        Value[] edges = new Value[steps];
        for (int i = 1; i < numbered.length; i++) {
            edges[i - 1] = TupleValue.of(new Value[] {numbered[i - 1], action(strings, actions.get(i),
                    locations.get(i)), numbered[i]});
        }
        if (steps == numbered.length && steps > 0) {
            edges[steps - 1] = TupleValue.of(new Value[] {numbered[numbered.length - 1],
                    action(strings, closingAction, closingLocation), numbered[backTo - 1]});
        }
        return RecordValue.of(new StringValue[] {strings.string("state"), strings.string("action")},
                new Value[] {SetEnumValue.of(numbered), SetEnumValue.of(edges)});
    }

    /** {@code -dumpTrace json FILE}: the value in TLC's JSON encoding (JsonSerialize's). */
    public static String json(Value counterExample) {
        return JsonWriter.value(counterExample);
    }

    /** {@code -dumpTrace tla FILE}: a module named after the file that defines {@code CounterExample}. */
    public static String tlaModule(String moduleName, Value counterExample) {
        return "---- MODULE " + moduleName + " ----\nLOCAL INSTANCE TLC\n\nCounterExample == \n\t" + counterExample
                + "\n\n====\n";
    }

    private static Value numbered(int ordinal, Value state) {
        return TupleValue.of(new Value[] {IntValue.of(ordinal), state});
    }

    private static Value state(StringTable strings, List<String> variables, Value[] values) {
        StringValue[] names = new StringValue[variables.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = strings.string(variables.get(i));
        }
        return RecordValue.of(names, values);
    }

    private static Value action(StringTable strings, String name, Location at) {
        if (at == null) {
            return RecordValue.of(new StringValue[] {strings.string("name")}, new Value[] {strings.string(name)});
        }
        Value location = RecordValue.of(new StringValue[] {strings.string("beginLine"),
                strings.string("beginColumn"), strings.string("endLine"), strings.string("endColumn"),
                strings.string("module")}, new Value[] {IntValue.of(at.beginLine()), IntValue.of(at.beginColumn()),
                IntValue.of(at.endLine()), IntValue.of(at.endColumn()), strings.string(at.module())});
        return RecordValue.of(new StringValue[] {strings.string("name"), strings.string("location")},
                new Value[] {strings.string(name), location});
    }
}
