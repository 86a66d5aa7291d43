package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Json module: ToJson, ToJsonArray, ToJsonObject ({@link JsonWriter}) and reading and writing files in UTF-8.
 * JsonSerialize writes a sequence as one JSON array with one element per line, ndJsonSerialize one value per line;
 * both create missing parent folders, as TLC does. Paths are relative to the working directory.
 */
final class JsonModule {
    /** Workers may write the same file; TLC serializes these writes too. */
    private static final Object FILE_LOCK = new Object();

    private JsonModule() {
    }

    static void register(ModuleTable t) {
        t.pure("ToJson", new StdOp.General(1, (args, rt) ->
                rt.strings().string(JsonWriter.value(Args.value(args, 0)))));
        t.pure("ToJsonArray", new StdOp.General(1, (args, rt) ->
                rt.strings().string(JsonWriter.array(Args.value(args, 0)))));
        t.pure("ToJsonObject", new StdOp.General(1, (args, rt) ->
                rt.strings().string(JsonWriter.object(Args.value(args, 0)))));
        t.impure("JsonSerialize", new StdOp.General(2, (args, rt) -> serialize(args, "JsonSerialize", false)));
        t.impure("ndJsonSerialize", new StdOp.General(2, (args, rt) -> serialize(args, "ndJsonSerialize", true)));
        t.impure("JsonDeserialize", new StdOp.General(1, JsonModule::deserialize));
        t.impure("ndJsonDeserialize", new StdOp.General(1, JsonModule::ndDeserialize));
    }

    private static Value serialize(Object[] args, String operator, boolean lineDelimited) {
        StringValue path = Args.string(args, 0, operator);
        Value[] elems = Args.sequenceOrNull(Args.value(args, 1));
        if (elems == null) {
            throw Messages.argument("second", operator, "sequence", args[1]);
        }
        StringBuilder text = new StringBuilder();
        if (!lineDelimited) {
            text.append("[\n");
        }
        for (int i = 0; i < elems.length; i++) {
            text.append(JsonWriter.value(elems[i]));
            if (lineDelimited) {
                text.append('\n');
            } else if (i < elems.length - 1) {
                text.append(",\n");
            }
        }
        if (!lineDelimited) {
            text.append("\n]\n");
        }
        write(operator, path(operator, path), text.toString());
        return BoolValue.TRUE;
    }

    private static void write(String operator, Path file, String text) {
        synchronized (FILE_LOCK) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EvalException(operator + " could not write the file " + file + ": " + e);
            }
        }
    }

    private static Value deserialize(Object[] args, Runtime rt) {
        StringValue path = Args.string(args, 0, "JsonDeserialize");
        return JsonReader.parse(read("JsonDeserialize", path), path.value(), 1, rt.strings());
    }

    /** One value per line; blank lines are skipped. */
    private static Value ndDeserialize(Object[] args, Runtime rt) {
        StringValue path = Args.string(args, 0, "ndJsonDeserialize");
        String[] lines = read("ndJsonDeserialize", path).split("\r?\n", -1);
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                values.add(JsonReader.parse(lines[i], path.value(), i + 1, rt.strings()));
            }
        }
        return TupleValue.of(values.toArray(new Value[0]));
    }

    private static String read(String operator, StringValue path) {
        try {
            return Files.readString(path(operator, path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvalException(operator + " could not read the file " + path.value() + ": " + e);
        }
    }

    private static Path path(String operator, StringValue path) {
        try {
            return Path.of(path.value());
        } catch (InvalidPathException e) {
            throw new EvalException(operator + " was given an invalid file name: " + e.getMessage());
        }
    }
}
