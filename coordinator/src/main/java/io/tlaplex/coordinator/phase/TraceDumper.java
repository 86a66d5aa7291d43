package io.tlaplex.coordinator.phase;

import io.tlaplex.coordinator.phase.CheckFeatures.TraceDump;
import io.tlaplex.coordinator.report.TraceEntry;
import io.tlaplex.coordinator.web.HtmlTraceWriter;
import io.tlaplex.coordinator.web.TraceEnding;
import io.tlaplex.frontend.eval.CompiledSpec;
import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.std.CounterExampleValues;
import io.tlaplex.frontend.eval.std.CounterExampleValues.Location;
import io.tlaplex.frontend.value.Value;
import io.tlaplex.worker.explore.Outcome;
import io.tlaplex.worker.explore.TraceStep;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the counterexample of a run to the file of {@code -dumpTrace}, in its format, and says so as TLC does
 * ({@code CounterExample written: FILE}); used by the single-JVM and the cluster check. Called on the thread that
 * reports the run, once per counterexample.
 */
public final class TraceDumper {
    /** TLC's location in an action label: {@code line 3, col 5 to line 4, col 20 of module M}. */
    private static final Pattern LOCATION = Pattern.compile(
            "line (\\d+), col (\\d+) to line (\\d+), col (\\d+) of module (\\S+?)>?$");

    private final TraceDump dump;
    private final PrintStream out;
    private final String specName;

    TraceDumper(TraceDump dump, PrintStream out, String specName) {
        this.dump = dump;
        this.out = out;
        this.specName = specName;
    }

    /** The writer of {@code features}' {@code -dumpTrace}, or null without the flag. */
    public static TraceDumper of(CheckFeatures features, PrintStream out, String specName) {
        return features.dump() == null ? null : new TraceDumper(features.dump(), out, specName);
    }

    /**
     * The error TLC prints before a counterexample that ended a search with {@code outcome}, for the dumped page:
     * {@code violated} indexes the invariant or property, {@code errorMessage} is an evaluation error's.
     */
    public static String errorText(CompiledSpec spec, Outcome outcome, int violated, String errorMessage) {
        return switch (outcome) {
            case INVARIANT_VIOLATED -> "Invariant " + spec.invariantName(violated) + " is violated.";
            case INITIAL_PROPERTY_VIOLATED -> "Property " + spec.impliedInitName(violated)
                    + " is violated by the initial state.";
            case ACTION_PROPERTY_VIOLATED -> "Action property " + spec.actionPropertyName(violated) + " is violated.";
            case DEADLOCK -> "Deadlock reached.";
            case EVALUATION_ERROR -> errorMessage;
            case SUCCESS -> "";
        };
    }

    /**
     * Writes the trace {@code steps} (printed as {@code entries}) that led to {@code error}; with
     * {@link TraceEnding#backTo}, the last step is the one closing the lasso.
     */
    public void write(CompiledSpec spec, List<TraceStep<State>> steps, List<TraceEntry> entries, String error,
            TraceEnding ending) {
        try {
            switch (dump.format()) {
                case HTML -> HtmlTraceWriter.write(dump.file(), specName, error, entries, ending);
                case JSON -> Files.writeString(dump.file(),
                        CounterExampleValues.json(value(spec, steps, ending)) + "\n", StandardCharsets.UTF_8);
                case TLA -> Files.writeString(dump.file(), CounterExampleValues.tlaModule(moduleName(),
                        value(spec, steps, ending)), StandardCharsets.UTF_8);
            }
            out.println("CounterExample written: " + dump.file());
        } catch (IOException e) {
            out.println("Error: cannot write the counterexample to " + dump.file() + ": " + e.getMessage());
        }
    }

    private static Value value(CompiledSpec spec, List<TraceStep<State>> steps, TraceEnding ending) {
        boolean lasso = ending.kind() == TraceEnding.Kind.BACK_TO && !steps.isEmpty();
        int states = lasso ? steps.size() - 1 : steps.size();
        List<Value[]> values = new ArrayList<>(states);
        List<String> actions = new ArrayList<>(states);
        List<Location> locations = new ArrayList<>(states);
        for (int i = 0; i < states; i++) {
            TraceStep<State> step = steps.get(i);
            values.add(values(step.state()));
            actions.add(spec.actionName(step.actionId()));
            locations.add(location(spec.actionLabel(step.actionId())));
        }
        int closing = lasso ? steps.get(states).actionId() : CompiledSpec.INIT_ACTION;
        return CounterExampleValues.of(spec.strings(), spec.variableNames(), values, actions, locations,
                lasso ? ending.backTo() : 0, spec.actionName(closing), location(spec.actionLabel(closing)));
    }

    private static Value[] values(State s) {
        Value[] v = new Value[s.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = s.get(i);
        }
        return v;
    }

    /** The location in TLC's label of an action, or null (the initial predicate's label has none). */
    static Location location(String label) {
        Matcher m = LOCATION.matcher(label);
        if (!m.find()) {
            return null;
        }
        return new Location(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), m.group(5));
    }

    /** The module name TLC gives the dumped module: the file's name without {@code .tla}. */
    private String moduleName() {
        String name = dump.file().getFileName().toString();
        return name.endsWith(".tla") ? name.substring(0, name.length() - 4) : name;
    }
}
